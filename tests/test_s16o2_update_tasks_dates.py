"""Update Tasks' Actual Start and Finish use the dialogs' shared date rule (dates.py).

The dialog kept its own copy of "a new day given without a time reads at the
project's default time"; it now builds its fields with ``OptionalDate(..., at=)`` as
Task Information does, so both take a day alike, also when the hour is stepped.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

import pytest
from PySide6.QtCore import QDate

from app.ui.dialogs.dates import DateTimeField, OptionalDate
from app.ui.dialogs.update_tasks_dialog import UpdateTasksDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


@pytest.fixture
def doc():
    plan = build_plan()
    plan.project = replace(
        plan.project, default_start_time=time(8, 30), default_finish_time=time(17, 30)
    )
    return Document(plan)


@pytest.mark.parametrize("uids", [5, [5, 6]])
def test_the_fields_take_the_project_default_times(qtbot, doc, uids):
    dialog = UpdateTasksDialog(doc, uids)
    qtbot.addWidget(dialog)
    start, finish = dialog.actual_start, dialog.actual_finish
    assert type(start) is OptionalDate
    assert type(finish) is OptionalDate
    assert isinstance(start.edit, DateTimeField)
    assert (start.edit.at, finish.edit.at) == (time(8, 30), time(17, 30))
    start.check.setChecked(True)
    start.edit.setDate(QDate(2026, 3, 10))
    finish.check.setChecked(True)
    finish.edit.setDate(QDate(2026, 3, 18))
    assert start.value() == datetime(2026, 3, 10, 8, 30)
    assert finish.value() == datetime(2026, 3, 18, 17, 30)


def test_an_hour_stepped_is_a_time_given(qtbot, doc):
    dialog = UpdateTasksDialog(doc, 5)
    qtbot.addWidget(dialog)
    start = dialog.actual_start
    start.check.setChecked(True)
    shown = start.edit.time().hour()
    start.edit.setText(f"2026-03-11 {shown + 1:02d}:00")  # (typed as the sheet: s23dd)
    value = start.value()
    assert value is not None
    assert value.date() == datetime(2026, 3, 11).date()
    assert value.hour == shown + 1
