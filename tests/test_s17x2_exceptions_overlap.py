"""Change Working Time took exceptions whose days overlap: a 'Catch-up' working Wednesday
inside a Monday-to-Friday 'Holiday', or the same week twice. Which one holds on such a day
was then the scheduler's choice, and MS Project refuses them ("Exceptions cannot overlap: a
given day can only have one exception applied to it"). The dialog now says which exception
the days overlap, in one line, and adds nothing; days next to an exception, and a repeating
exception's days outside its occurrences, are still taken.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate

from app.domain.calendar import (
    Calendar,
    CalendarException,
    Recurrence,
    RecurrenceKind,
)
from app.domain.calendars import overlapping_exception
from app.domain.plan import Plan
from app.domain.project import Project
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
from app.ui.document import Document

HOLIDAY = CalendarException("Holiday", date(2027, 3, 1), date(2027, 3, 5))
# every Monday of March 2027: the 1st, 8th, 15th, 22nd and 29th
MONDAYS = CalendarException(
    "Team day",
    date(2027, 3, 1),
    date(2027, 3, 31),
    recurrence=Recurrence(RecurrenceKind.WEEKLY, weekdays=(0,)),
)


def test_s17x2_overlap_is_found_by_the_days_each_exception_covers():
    assert overlapping_exception((HOLIDAY,), date(2027, 3, 3), date(2027, 3, 3)) is HOLIDAY
    assert overlapping_exception((HOLIDAY,), date(2027, 2, 26), date(2027, 3, 1)) is HOLIDAY
    assert overlapping_exception((HOLIDAY,), date(2027, 3, 6), date(2027, 3, 7)) is None
    assert overlapping_exception((HOLIDAY,), date(2027, 2, 1), date(2027, 2, 28)) is None
    assert overlapping_exception((MONDAYS,), date(2027, 3, 9), date(2027, 3, 12)) is None
    assert overlapping_exception((MONDAYS,), date(2027, 3, 12), date(2027, 3, 15)) is MONDAYS


def _dialog(qtbot, exceptions):
    plan = Plan(project=Project(name="Days off", start=datetime(2027, 3, 1, 8, 0)))
    plan.calendars[1] = Calendar(uid=1, name="Standard", exceptions=exceptions)
    doc = Document(plan)
    dialog = WorkingTimeDialog(doc)
    qtbot.addWidget(dialog)
    return doc, dialog


def _add(dialog, name, first, last, working=False):
    dialog.off_name.setText(name)
    dialog.off_working.setChecked(working)
    dialog.off_first.setDate(QDate(first))
    dialog.off_last.setDate(QDate(last))
    dialog.add_days_off()


def test_s17x2_change_working_time_refuses_overlapping_days(qtbot):
    doc, dialog = _dialog(qtbot, (HOLIDAY,))
    _add(dialog, "Catch-up", date(2027, 3, 3), date(2027, 3, 3), working=True)
    assert dialog.error.text() == (
        "Catch-up (2027-03-03 to 2027-03-03) overlaps Holiday (2027-03-01 to 2027-03-05): "
        "a day takes one exception, as in MS Project; remove that one first"
    )
    assert dialog.exceptions.count() == 1
    _add(dialog, "Holiday", date(2027, 3, 1), date(2027, 3, 5))
    assert "overlaps Holiday" in dialog.error.text()
    assert dialog.exceptions.count() == 1
    dialog.accept()
    assert doc.plan.calendars[1].exceptions == (HOLIDAY,)


def test_s17x2_change_working_time_takes_days_next_to_one(qtbot):
    doc, dialog = _dialog(qtbot, (HOLIDAY, MONDAYS))
    _add(dialog, "Catch-up", date(2027, 3, 6), date(2027, 3, 6), working=True)
    _add(dialog, "Trip", date(2027, 3, 9), date(2027, 3, 12))
    assert dialog.error.text() == ""
    assert dialog.exceptions.count() == 4
    dialog.accept()
    assert [e.name for e in doc.plan.calendars[1].exceptions] == [
        "Holiday",
        "Team day",
        "Catch-up",
        "Trip",
    ]
