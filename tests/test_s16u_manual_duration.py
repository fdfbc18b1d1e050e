"""A duration typed on a manually scheduled task moves its finish, as MS Project does.

The bar of a manual task is its own start and finish: typing 7d into its Duration
changed the duration but left the finish (and the bar) where they were. Now the finish
is the start plus the typed duration on the calendar the task runs on, one undo step.
The sample plan (tests/gui/conftest.py): Code (uid 5) is 5 days.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.calendar import STANDARD_DAY, Calendar
from app.domain.notation import parse_duration
from app.ui.commands import execute
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.dialogs.task_info_tracking import tracking_changes
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

DAY = 480
START = datetime(2026, 3, 6, 8, 0)  # a Friday
FINISH = datetime(2026, 3, 12, 17, 0)  # five working days later


def _manual_plan(**fields):
    plan = build_plan()
    plan.update_task(
        replace(
            plan.task(5),
            manual=True,
            start=START,
            finish=FINISH,
            duration_minutes=5 * DAY,
            **fields,
        )
    )
    return plan


@pytest.fixture
def doc():
    return Document(_manual_plan())


def _type(doc, uid, column, text):
    model = TaskTreeModel(doc)
    return model.setData(model.index_of_uid(uid, column), text, Qt.ItemDataRole.EditRole)


def _bar(doc, uid=5):
    times = doc.schedule[uid]
    return times.start, times.finish


def test_a_longer_duration_moves_the_finish_and_the_bar_one_undo_step(doc):
    assert _bar(doc) == (START, FINISH)
    assert _type(doc, 5, Column.DURATION, "7d")
    # Fri 6, Mon 9 to Fri 13, Mon 16: seven working days end on Monday evening
    end = datetime(2026, 3, 16, 17, 0)
    task = doc.plan.task(5)
    assert (task.duration_minutes, task.start, task.finish) == (7 * DAY, START, end)
    assert _bar(doc) == (START, end)
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Set duration of 'Code'"
    doc.undo_stack.undo()
    task = doc.plan.task(5)
    assert (task.duration_minutes, task.finish) == (5 * DAY, FINISH)
    assert _bar(doc) == (START, FINISH)
    doc.undo_stack.redo()
    assert _bar(doc) == (START, end)


def test_a_shorter_duration_pulls_the_finish_in(doc):
    assert _type(doc, 5, Column.DURATION, "4h")
    assert _bar(doc) == (START, datetime(2026, 3, 6, 12, 0))


def test_an_elapsed_duration_runs_round_the_clock(doc):
    assert _type(doc, 5, Column.DURATION, "3ed")
    task = doc.plan.task(5)
    assert (task.elapsed, task.duration_minutes) == (True, 3 * 1440)
    assert _bar(doc) == (START, datetime(2026, 3, 9, 8, 0))


def test_the_finish_follows_the_tasks_own_calendar():
    plan = _manual_plan(calendar_uid=2)
    plan.calendars[2] = Calendar(uid=2, name="Site", week=(STANDARD_DAY,) * 7)
    doc = Document(plan)
    assert _type(doc, 5, Column.DURATION, "3d")
    # Friday, Saturday, Sunday on a seven-day week
    assert _bar(doc) == (START, datetime(2026, 3, 8, 17, 0))


def test_an_automatic_task_keeps_no_finish_of_its_own():
    doc = Document(build_plan())
    before = doc.plan.task(5).finish
    assert _type(doc, 5, Column.DURATION, "7d")
    assert doc.plan.task(5).finish == before  # the scheduler places it
    assert doc.schedule[5].finish == datetime(2026, 3, 16, 17, 0)


def test_a_manual_task_without_dates_takes_the_duration_alone():
    plan = build_plan()
    plan.update_task(replace(plan.task(5), manual=True, start=None, finish=None))
    doc = Document(plan)
    assert _type(doc, 5, Column.DURATION, "7d")
    task = doc.plan.task(5)
    assert (task.duration_minutes, task.start, task.finish) == (7 * DAY, None, None)


def test_task_information_moves_the_finish_too_one_undo_step(qtbot, doc):
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    dialog.duration.setText("7d")
    execute(doc, dialog.command())
    end = datetime(2026, 3, 16, 17, 0)
    assert (doc.plan.task(5).finish, _bar(doc)) == (end, (START, end))
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert _bar(doc) == (START, FINISH)


def test_several_tasks_given_one_duration_each_move_their_finish(qtbot):
    plan = _manual_plan()
    plan.update_task(
        replace(plan.task(6), manual=True, start=START, finish=datetime(2026, 3, 9, 17, 0))
    )
    doc = Document(plan)
    changes = {
        uid: tracking_changes(doc, uid, parse_duration("2w", plan.project), None) for uid in (5, 6)
    }
    for uid in (5, 6):
        assert changes[uid]["finish"] == datetime(2026, 3, 19, 17, 0)  # Fri to Thu a week on
