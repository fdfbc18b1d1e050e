"""A finish typed or dragged for a split task sets its work: the pause is not duration."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from app.domain.splits import Split
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.gantt.proposals import BarProposer
from app.ui.models.task_edits import Column, command_for_cell
from tests.gui.conftest import build_plan

DAY = 480


def _document() -> Document:
    """Code (5 days from Fri 2026-03-06) stops after 2 days of work and resumes 2 days later:
    Fri and Mon work, Tue-Wed pause, Thu-Mon work, finishing Mon 2026-03-16."""
    plan = build_plan()
    code = plan.task(5)
    plan.update_task(replace(code, splits=(Split(2 * DAY, 2 * DAY),)))
    doc = Document(plan)
    times = doc.schedule.get(5)
    assert times.start == datetime(2026, 3, 6, 8, 0)
    assert times.finish == datetime(2026, 3, 16, 17, 0)
    return doc


def test_a_finish_typed_one_day_later_adds_one_day_of_work():
    doc = _document()
    command = command_for_cell(doc, 5, Column.FINISH, "2026-03-17 17:00")
    execute(doc, command)
    assert doc.plan.task(5).duration_minutes == 6 * DAY  # not 8 days: the pause stays a pause
    assert doc.schedule.get(5).finish == datetime(2026, 3, 17, 17, 0)


def test_a_bar_stretched_one_day_adds_one_day_of_work_and_shows_the_finish_it_gets():
    doc = _document()
    finish = doc.schedule.get(5).finish
    proposal = BarProposer(doc, 5).resize(finish, finish + timedelta(days=1), timedelta(days=1))
    assert proposal.minutes == 6 * DAY
    assert proposal.finish == datetime(2026, 3, 17, 17, 0)
    assert proposal.build is not None
    execute(doc, proposal.build())
    assert doc.plan.task(5).duration_minutes == 6 * DAY
    assert doc.schedule.get(5).finish == proposal.finish  # the box said what the drop did
