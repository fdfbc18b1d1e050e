"""Change Working Time lists a working exception with its hours, as MS Project's Details show
them: a catch-up Saturday typed as 08:00-12:00 read only '(working)', so the PM could not see
which hours they had given it without removing it and typing it again."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate

from app.domain.calendar import CalendarException
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog, exception_text
from app.ui.document import Document


def _doc() -> Document:
    plan = Plan(project=Project(name="Office move", start=datetime(2027, 3, 1, 8, 0)))
    plan.append_task(Task(1, "Order", 1, duration_minutes=6 * 480))
    return Document(plan)


def _lines(dialog):
    return [dialog.exceptions.item(i).text() for i in range(dialog.exceptions.count())]


def test_s18x_a_catch_up_saturday_shows_its_hours(qtbot):
    doc = _doc()
    dialog = WorkingTimeDialog(doc)
    qtbot.addWidget(dialog)
    dialog.off_name.setText("Catch-up")
    dialog.off_working.setChecked(True)
    dialog.off_hours.setText("08:00-12:00")
    dialog.off_first.setDate(QDate(2027, 3, 6))
    dialog.off_last.setDate(QDate(2027, 3, 6))
    dialog.add_days_off()
    dialog.off_working.setChecked(False)
    dialog.off_name.setText("Shutdown")
    dialog.off_first.setDate(QDate(2027, 3, 10))
    dialog.off_last.setDate(QDate(2027, 3, 11))
    dialog.add_days_off()
    assert _lines(dialog) == [
        "Catch-up: 2027-03-06 (working 08:00-12:00)",
        "Shutdown: 2027-03-10 to 2027-03-11 (off)",
    ]
    dialog.accept()
    again = WorkingTimeDialog(doc)  # as kept in the plan
    qtbot.addWidget(again)
    assert _lines(again) == _lines(dialog)
    # the hours are the ones the schedule works: 6d from Mon 1 March ends Mon 8 March at noon
    assert doc.schedule.get(1).finish == datetime(2027, 3, 8, 12, 0)


def test_s18x_a_working_exception_without_hours_reads_working():
    day = date(2027, 3, 6)
    assert exception_text(CalendarException("Open day", day, day, working=True)) == (
        "Open day: 2027-03-06 (working)"
    )
