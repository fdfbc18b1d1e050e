"""A change of the plan's settings that moves no date does not schedule the plan again.

Changing Leveling Options (or the title, author, notes, currency symbol...) ran the whole
schedule and costing again, ~2 s at 100k tasks, for dates that cannot move. A change
that can move dates (start, calendar, minutes per day...) still reschedules.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.calendar import Calendar
from app.domain.leveling import LevelingOptions, LevelingOrder
from app.domain.project import SymbolPosition
from app.domain.task import Task
from app.ui import document as document_module
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.project_commands import SetProjectCommand
from tests.gui.conftest import build_plan


@pytest.fixture
def doc():
    return Document(build_plan())


@pytest.fixture
def runs(doc, monkeypatch):
    """How many times the schedule and the costs were worked out again."""
    counted = {"schedule": 0, "costs": 0}
    scheduler = doc._scheduler
    apply_all = scheduler.apply_all

    def counting_apply_all(changes):
        counted["schedule"] += 1
        return apply_all(changes)

    compute = document_module.compute_costs

    def counting_costs(plan, schedule):
        counted["costs"] += 1
        return compute(plan, schedule)

    monkeypatch.setattr(scheduler, "apply_all", counting_apply_all)
    monkeypatch.setattr(document_module, "compute_costs", counting_costs)
    return counted


def _set(doc, **fields):
    execute(doc, SetProjectCommand(doc, replace(doc.plan.project, **fields)))


@pytest.mark.parametrize(
    "fields",
    [
        {"leveling": LevelingOptions(LevelingOrder.ID_ONLY, split_remaining=False)},
        {"name": "Roll-out, phase 2"},
        {"author": "Ana", "company": "Acme", "notes": "Kick-off on Monday"},
        {"currency_symbol": "$", "currency_symbol_position": SymbolPosition.AFTER},
    ],
)
def test_settings_that_move_no_date_do_not_reschedule(doc, runs, qtbot, fields):
    schedule, costs = doc.schedule, doc.costs
    with qtbot.waitSignal(doc.sig_changed):  # the views still show the new settings
        _set(doc, **fields)
    assert runs == {"schedule": 0, "costs": 0}
    assert doc.schedule is schedule
    assert doc.costs is costs
    assert doc.moved_uids == frozenset()
    assert all(getattr(doc.plan.project, k) == v for k, v in fields.items())
    doc.undo_stack.undo()
    assert runs == {"schedule": 0, "costs": 0}
    assert doc.plan.project == build_plan().project


def test_a_new_start_date_still_reschedules(doc, runs):
    first = doc.plan.tasks[0].uid
    before = doc.schedule[first].start
    later = datetime(2026, 2, 2, 8, 0)
    _set(doc, start=later, leveling=LevelingOptions(LevelingOrder.ID_ONLY))
    assert runs["schedule"] == 1
    assert doc.schedule[first].start == later != before
    doc.undo_stack.undo()
    assert doc.schedule[first].start == before


def test_a_new_calendar_and_day_length_still_reschedule(doc, runs):
    night = Calendar(uid=9, name="Night shift")
    doc.plan.put_calendar(night)
    done = runs["schedule"]
    _set(doc, calendar_uid=9)
    assert runs["schedule"] == done + 1
    _set(doc, minutes_per_day=420)
    assert runs["schedule"] == done + 2


def test_settings_in_a_batch_with_a_task_edit_leave_the_task_to_the_scheduler(doc, runs):
    plan = doc.plan
    with plan.batch():
        plan.set_project(replace(plan.project, name="Renamed"))
        plan.append_task(Task(99, "Added", duration_minutes=480))
    assert runs["schedule"] == 1
    assert doc.schedule[99].finish > doc.schedule[99].start
