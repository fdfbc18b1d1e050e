"""Task Information's date fields take a new day given alone at the project's default time.

The sheet's date cells already read a day given without a time at the Default start time
(a start, a start constraint) or the Default end time (a finish, a finish constraint, a
deadline); Task Information's fields kept the time of day they opened with: Code pinned
to start at 13:00 and moved to Monday in the dialog started Monday at 13:00. The shared
editor (app/ui/dialogs/dates.py) now follows the sheet's rule; a time typed or stepped,
even the one shown, is kept.

The plan's default times are 09:00 and 16:00 (not a new plan's 08:00 and 17:00, so the
tests see which is used). Code (uid 5, 5 days) is pinned to start no earlier than Mon
2026-03-09 13:00.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from app.domain.task import ConstraintType
from app.ui.dialogs.dates import date_edit, read_date
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan

PINNED = datetime(2026, 3, 9, 13, 0)


@pytest.fixture
def doc():
    plan = build_plan()
    plan.project = replace(
        plan.project, default_start_time=time(9, 0), default_finish_time=time(16, 0)
    )
    plan.update_task(
        replace(plan.task(5), constraint_type=ConstraintType.SNET, constraint_date=PINNED)
    )
    return Document(plan)


def _dialog(qtbot, doc, uid=5):
    dialog = TaskDialog(doc, uid)
    qtbot.addWidget(dialog)
    return dialog


def _apply(doc, dialog):
    command = dialog.command()
    assert command is not None
    doc.undo_stack.push(command)


def test_a_start_moved_to_another_day_takes_the_default_start_time(qtbot, doc):
    dialog = _dialog(qtbot, doc)
    assert dialog.start.time() == QTime(13, 0)
    dialog.start.setDate(QDate(2026, 3, 16))  # picked in the calendar: the day alone
    _apply(doc, dialog)
    task = doc.plan.task(5)
    assert (task.constraint_type, task.constraint_date) == (
        ConstraintType.SNET,
        datetime(2026, 3, 16, 9, 0),
    )
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.task(5).constraint_date == PINNED


def test_a_finish_moved_to_another_day_takes_the_default_end_time(qtbot, doc):
    assert doc.schedule[5].finish == datetime(2026, 3, 16, 12, 0)  # 5 days from 13:00
    dialog = _dialog(qtbot, doc)
    dialog.finish.setDate(QDate(2026, 3, 20))
    _apply(doc, dialog)
    assert doc.schedule[5].finish == datetime(2026, 3, 20, 16, 0)


def test_a_time_changed_is_kept_even_with_a_new_day(qtbot, doc):
    dialog = _dialog(qtbot, doc)
    dialog.start.setDate(QDate(2026, 3, 16))
    dialog.start.setTime(QTime(10, 30))
    _apply(doc, dialog)
    assert doc.plan.task(5).constraint_date == datetime(2026, 3, 16, 10, 30)


def test_the_hour_stepped_to_the_same_time_counts_as_given(qtbot, doc):
    dialog = _dialog(qtbot, doc)
    edit = dialog.start
    edit.setText("2026-03-16 13:00")  # the time shown, typed: kept (typed as the sheet: s23dd)
    _apply(doc, dialog)
    assert doc.plan.task(5).constraint_date == datetime(2026, 3, 16, 13, 0)


def test_a_digit_typed_into_the_minute_counts_as_given(qtbot, doc):
    dialog = _dialog(qtbot, doc)
    edit = dialog.start
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "2026-03-16 13:00")  # (typed as the sheet reads dates: s23dd)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.time_set
    _apply(doc, dialog)
    assert doc.plan.task(5).constraint_date == datetime(2026, 3, 16, 13, 0)


def test_nothing_touched_changes_nothing(qtbot, doc):
    dialog = _dialog(qtbot, doc)
    assert dialog.command() is None


def test_the_constraint_date_takes_the_time_its_kind_holds(qtbot, doc):
    dialog = _dialog(qtbot, doc)
    dialog.constraint_date.setDate(QDate(2026, 3, 11))
    _apply(doc, dialog)
    assert doc.plan.task(5).constraint_date == datetime(2026, 3, 11, 9, 0)
    dialog = _dialog(qtbot, doc)
    dialog.constraint.setCurrentIndex(dialog.constraint.findData(ConstraintType.FNLT))
    dialog.constraint_date.setDate(QDate(2026, 3, 20))
    _apply(doc, dialog)
    task = doc.plan.task(5)
    assert (task.constraint_type, task.constraint_date) == (
        ConstraintType.FNLT,
        datetime(2026, 3, 20, 16, 0),
    )


def test_a_deadline_switched_on_and_moved_takes_the_default_end_time(qtbot, doc):
    dialog = _dialog(qtbot, doc)
    dialog.deadline.check.setChecked(True)
    dialog.deadline.edit.setDate(QDate(2026, 3, 27))
    _apply(doc, dialog)
    assert doc.plan.task(5).deadline == datetime(2026, 3, 27, 16, 0)


def test_a_deadline_moved_to_another_day_leaves_its_old_time(qtbot, doc):
    plan = doc.plan
    plan.update_task(replace(plan.task(5), deadline=datetime(2026, 3, 20, 11, 0)))
    dialog = _dialog(qtbot, doc)
    dialog.deadline.edit.setDate(QDate(2026, 3, 27))
    _apply(doc, dialog)
    assert plan.task(5).deadline == datetime(2026, 3, 27, 16, 0)


def test_a_deadline_set_in_full_keeps_its_time(qtbot, doc):
    dialog = _dialog(qtbot, doc)
    dialog.deadline.set_value(datetime(2026, 3, 27, 11, 0))
    assert dialog.deadline.value() == datetime(2026, 3, 27, 11, 0)


def test_a_field_without_a_time_of_day_keeps_the_shown_time(qtbot):
    """The other dialogs' fields (split, copy picture, several tasks) are as they were."""
    edit = date_edit(datetime(2026, 3, 9, 13, 0), datetime(2026, 3, 9))
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 3, 16))
    assert read_date(edit) == datetime(2026, 3, 16, 13, 0)
