"""Change Working Time: a one-off working exception, as MS Project's Exceptions tab makes one.

Building a plan as an MS Project user, the team was to work Saturday 2026-03-07 in the
morning to catch up; the dialog only added days off, so the Saturday could not be made
working though the calendar model, the scheduler and the MS Project XML all hold such
a day. The dialog's add row now takes "Working" with its hours.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
from app.ui.document import Document

DAY = 480


@pytest.fixture
def doc():
    plan = Plan(project=Project(name="Catch-up", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Build", duration_minutes=5 * DAY + 4 * 60))
    return Document(plan)


def _saturday(dialog: WorkingTimeDialog, hours: str) -> None:
    dialog.off_name.setText("Catch-up Saturday")
    dialog.off_first.setDate(QDate(2026, 3, 7))
    dialog.off_last.setDate(QDate(2026, 3, 7))
    dialog.off_working.setChecked(True)
    dialog.off_hours.setText(hours)
    dialog.add_days_off()


def test_a_working_saturday_takes_the_work_and_undo_gives_it_back(doc, qtbot):
    before = doc.schedule[1].finish
    assert before == datetime(2026, 3, 9, 12, 0)  # 5.5 days: into Monday
    dialog = WorkingTimeDialog(doc)
    qtbot.addWidget(dialog)
    assert not dialog.off_hours.isEnabled()  # days off by default, as before
    _saturday(dialog, "08:00-12:00")
    assert "Catch-up Saturday: 2026-03-07 (working 08:00-12:00)" in [
        dialog.exceptions.item(i).text() for i in range(dialog.exceptions.count())
    ]
    dialog.accept()
    assert dialog.error.text() == ""
    (exc,) = doc.plan.calendar().exceptions
    assert (exc.working, exc.intervals) == (True, ((480, 720),))
    assert doc.schedule[1].finish == datetime(2026, 3, 7, 12, 0)  # done Saturday noon
    doc.undo_stack.undo()
    assert doc.schedule[1].finish == before


def test_working_hours_that_cannot_be_read_are_refused_in_the_dialog(doc, qtbot):
    dialog = WorkingTimeDialog(doc)
    qtbot.addWidget(dialog)
    _saturday(dialog, "8h")
    assert "Catch-up Saturday" in dialog.error.text()
    assert dialog.exceptions.count() == 0
    _saturday(dialog, "")
    assert "hours" in dialog.error.text()
    assert dialog.exceptions.count() == 0


def test_days_off_are_still_days_off(doc, qtbot):
    dialog = WorkingTimeDialog(doc)
    qtbot.addWidget(dialog)
    dialog.off_name.setText("Shutdown")
    dialog.off_first.setDate(QDate(2026, 3, 4))
    dialog.off_last.setDate(QDate(2026, 3, 4))
    dialog.add_days_off()
    dialog.accept()
    (exc,) = doc.plan.calendar().exceptions
    assert (exc.working, exc.intervals) == (False, ())
