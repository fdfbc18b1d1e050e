"""Change Working Time as a construction PM builds a site calendar (s24c2): winter hours
every Monday keep the public holidays they fall on off and the dialog says which; a one-off
working day typed for a holiday works it; Create calendar makes a copy or a clean base
calendar, as MS Project's Create New Base Calendar offers; the exceptions list has room for
a site calendar's 13 and more lines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate

from app.domain.calendar import STANDARD_DAY
from app.domain.calendars import DayResolver
from app.domain.plan import Plan
from app.domain.project import Project
from app.ui.dialogs.working_time_dialog import LIST_ROWS, WorkingTimeDialog
from app.ui.document import Document
from tests.test_s24c2_mspdi_holiday_overlaps import _site_plan

ALL_SAINTS = date(2027, 11, 1)  # a Monday
EPIPHANY = date(2028, 1, 6)


@pytest.fixture
def doc() -> Document:
    plan = _site_plan()
    plan.put_calendar(replace(plan.calendar(), exceptions=()))
    return Document(plan)


def _dialog(doc: Document, qtbot) -> WorkingTimeDialog:
    dialog = WorkingTimeDialog(doc)
    qtbot.addWidget(dialog)
    return dialog


def _add(dialog, name: str, first: date, last: date, repeat: str = "", hours: str = "") -> None:
    dialog.off_name.setText(name)
    dialog.off_first.setDate(QDate(first))
    dialog.off_last.setDate(QDate(last))
    if repeat:
        at = next(
            i for i in range(dialog.off_repeat.count()) if repeat in dialog.off_repeat.itemText(i)
        )
        dialog.off_repeat.setCurrentIndex(at)
    dialog.off_working.setChecked(bool(hours))
    dialog.off_hours.setText(hours)
    dialog.add_days_off()
    assert dialog.error.text() == ""


def _hours(doc: Document, day: date):
    return DayResolver(doc.plan.calendar(), doc.plan.calendars).day(day)


def test_s24c2_winter_mondays_keep_the_holidays_off_and_say_which(doc, qtbot):
    dialog = _dialog(doc, qtbot)
    _add(dialog, "Winter hours", ALL_SAINTS, date(2028, 4, 30), "Every week", "07:00-15:00")
    note = dialog.off_note.text()
    assert note.startswith("Winter hours falls on 2 public holidays, which stay days off:")
    assert "All Saints' Day" in note
    assert "Easter Monday" in note
    assert dialog.off_note.isVisibleTo(dialog)
    dialog.accept()
    assert _hours(doc, ALL_SAINTS) == ()
    assert _hours(doc, date(2027, 11, 8)) == ((420, 900),)


def test_s24c2_a_one_off_working_day_on_a_holiday_works_it(doc, qtbot):
    dialog = _dialog(doc, qtbot)
    _add(dialog, "Pour slab", EPIPHANY, EPIPHANY, hours="07:00-15:00")
    note = dialog.off_note.text()
    assert note.startswith("Pour slab falls on 1 public holiday, worked as this exception says")
    assert "Epiphany" in note
    rows = [dialog.exceptions.item(i).text() for i in range(dialog.exceptions.count())]
    assert "Epiphany: 2028-01-06 (public holiday, DE-BY, worked: an exception says so)" in rows
    assert "Epiphany: 2027-01-06 (public holiday, DE-BY)" in rows
    _add(dialog, "Shutdown", date(2027, 12, 27), date(2028, 1, 2))
    assert "(off either way)" in dialog.off_note.text()
    dialog.accept()
    assert _hours(doc, EPIPHANY) == ((420, 900),)


def test_s24c2_an_exception_on_no_holiday_says_nothing(doc, qtbot):
    dialog = _dialog(doc, qtbot)
    _add(dialog, "Catch-up", date(2027, 11, 6), date(2027, 11, 6), hours="08:00-12:00")
    assert dialog.off_note.text() == ""
    assert not dialog.off_note.isVisibleTo(dialog)


def _create(dialog: WorkingTimeDialog, name: str, clean: bool) -> None:
    dialog.new_name.setText(name)
    (dialog.new_base if clean else dialog.make_copy).setChecked(True)
    dialog.create_calendar()
    assert dialog.error.text() == ""


def test_s24c2_create_a_clean_base_calendar_or_a_copy(qtbot):
    plan = _site_plan()
    site = plan.calendar()
    plan.put_calendar(replace(site, week=(((360, 840),),) * 6 + ((),)))
    doc = Document(plan)
    dialog = _dialog(doc, qtbot)
    assert dialog.make_copy.isChecked()  # MS Project's default
    assert dialog.make_copy.text() == "Make a copy of 'Standard'"
    _create(dialog, "Site copy", clean=False)  # then shown
    assert dialog.make_copy.text() == "Make a copy of 'Site copy'"
    _create(dialog, "Night shift", clean=True)
    dialog.accept()
    by_name = {c.name: c for c in doc.plan.calendars.values()}
    clean, copy = by_name["Night shift"], by_name["Site copy"]
    assert clean.week == (STANDARD_DAY,) * 5 + ((), ())
    assert (clean.exceptions, clean.work_weeks, clean.holiday_country) == ((), (), None)
    assert clean.base_uid is None
    assert copy.week == (((360, 840),),) * 6 + ((),)
    assert copy.exceptions == site.exceptions
    assert copy.exceptions
    assert (copy.holiday_country, copy.holiday_subdivision) == ("DE", "BY")


def test_s24c2_the_exceptions_list_has_room_for_a_site_calendar(doc, qtbot):
    dialog = _dialog(doc, qtbot)
    with qtbot.waitExposed(dialog):
        dialog.show()
    line = dialog.exceptions.fontMetrics().lineSpacing()
    assert dialog.exceptions.viewport().height() >= LIST_ROWS * line
    high = dialog.exceptions.height()
    dialog.resize(dialog.width(), dialog.height() + 200)  # resizable: the list takes it
    qtbot.wait(10)
    assert dialog.exceptions.height() >= high + 150
    dialog.grab().save("/tmp/s24c2/s24c2_working_time.png")


def test_s24c2_a_plain_plan_opens_the_dialog_with_no_note(qtbot):
    dialog = _dialog(Document(Plan(project=Project(name="x", start=datetime(2027, 1, 4)))), qtbot)
    assert not dialog.off_note.isVisibleTo(dialog)
