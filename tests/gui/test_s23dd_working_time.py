"""Change Working Time as MS Project users expect it: recurring exceptions made and listed
in words (every first Friday off, the yearly Christmas shutdown), dates in the user's
locale, a night shift typed across midnight explained, ``08.00`` read as a time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale

from app.domain.calendar import CalendarException, Recurrence, RecurrenceKind
from app.domain.calendars import DayResolver
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog, parse_hours
from app.ui.document import Document


@pytest.fixture
def use_locale():
    saved = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(saved)


def _doc() -> Document:
    plan = Plan(project=Project(name="Office move", start=datetime(2026, 12, 1, 8, 0)))
    plan.append_task(Task(1, "Order", 1, duration_minutes=6 * 480))
    return Document(plan)


def _dialog(qtbot, doc):
    dialog = WorkingTimeDialog(doc)
    qtbot.addWidget(dialog)
    return dialog


def _lines(dialog):
    return [dialog.exceptions.item(i).text() for i in range(dialog.exceptions.count())]


def _choose(dialog, words):
    index = dialog.off_repeat.findText(words)
    assert index >= 0, [dialog.off_repeat.itemText(i) for i in range(dialog.off_repeat.count())]
    dialog.off_repeat.setCurrentIndex(index)


def _add(dialog, name, first, last, repeat=None):
    dialog.off_name.setText(name)
    dialog.off_first.setDate(QDate(first))
    dialog.off_last.setDate(QDate(last))
    if repeat is not None:
        _choose(dialog, repeat)
    dialog.add_days_off()


@pytest.mark.parametrize("name", ["en_US", "de_DE"])
def test_s23dd_every_first_friday_off(qtbot, use_locale, name):
    use_locale(name)
    doc = _doc()
    dialog = _dialog(qtbot, doc)
    _add(
        dialog,
        "Friday off",
        date(2027, 1, 1),
        date(2027, 12, 31),
        "Every month on the first Friday",
    )
    assert dialog.error.text() == ""
    first = {"en_US": "1/1/2027", "de_DE": "01.01.2027"}[name]
    last = {"en_US": "12/31/2027", "de_DE": "31.12.2027"}[name]
    assert _lines(dialog) == [
        f"Friday off: every month on the first Friday, {first} to {last} (off)"
    ]
    dialog.accept()
    calendar = doc.plan.calendar(doc.plan.project.calendar_uid)
    (exc,) = calendar.exceptions
    assert exc.recurrence == Recurrence(
        RecurrenceKind.MONTHLY_BY_WEEKDAY, week_of_month=1, weekday=4
    )
    days = DayResolver(calendar, doc.plan.calendars)
    assert days.day(date(2027, 2, 5)) == ()  # the first Friday of February: off
    assert days.day(date(2027, 2, 12)) != ()  # the second: worked


def test_s23dd_the_yearly_christmas_shutdown_reads_in_words(qtbot, use_locale):
    use_locale("de_DE")
    dialog = _dialog(qtbot, _doc())
    _add(dialog, "Christmas", date(2026, 12, 24), date(2035, 12, 24), "Every year on 24 Dec")
    assert _lines(dialog) == ["Christmas: every year on 24 Dec, 2026 to 2035 (off)"]
    _add(dialog, "Party", date(2030, 12, 23), date(2030, 12, 24))  # one of its days
    assert "overlaps Christmas" in dialog.error.text()
    assert "24.12.2030" in dialog.error.text()


def test_s23dd_a_one_off_exception_lists_german_dates(qtbot, use_locale):
    use_locale("de_DE")
    dialog = _dialog(qtbot, _doc())
    _add(dialog, "Shutdown", date(2027, 3, 10), date(2027, 3, 11))
    assert _lines(dialog) == ["Shutdown: 10.03.2027 to 11.03.2027 (off)"]


def test_s23dd_the_repeat_choices_follow_the_first_day(qtbot, use_locale):
    use_locale("en_US")
    dialog = _dialog(qtbot, _doc())
    dialog.off_first.setDate(QDate(2027, 1, 29))  # the last Friday of January
    words = [dialog.off_repeat.itemText(i) for i in range(dialog.off_repeat.count())]
    assert "Every week on Friday" in words
    assert "Every month on the last Friday" in words
    assert "Every year on 29 Jan" in words


def test_s23dd_a_night_shift_across_midnight_is_explained():
    with pytest.raises(Exception, match=r"22:00-24:00 here and 00:00-06:00 on the next day"):
        parse_hours("22:00-06:00", "Night, Monday")


def test_s23dd_a_time_with_a_point_reads():
    assert parse_hours("08.00-12.00, 13.00-17.00", "Standard") == ((480, 720), (780, 1020))


def test_s23dd_listed_exceptions_read_back_from_a_file_kept(qtbot, use_locale):
    use_locale("en_US")
    doc = _doc()
    calendar = doc.plan.calendar(doc.plan.project.calendar_uid)
    yearly = Recurrence(RecurrenceKind.YEARLY_BY_DATE, day_of_month=24, month=12, occurrences=10)
    exc = CalendarException("Christmas", date(2026, 12, 24), date(2035, 12, 24), recurrence=yearly)
    doc.plan.calendars[calendar.uid] = replace(calendar, exceptions=(exc,))
    dialog = _dialog(qtbot, doc)
    assert _lines(dialog) == ["Christmas: every year on 24 Dec, 10 times from 12/24/2026 (off)"]


@pytest.mark.parametrize("name", ["en_US", "de_DE"])
def test_s23dd_screenshot_change_working_time(qtbot, use_locale, name):
    use_locale(name)
    dialog = _dialog(qtbot, _doc())
    _add(dialog, "Christmas", date(2026, 12, 24), date(2035, 12, 24), "Every year on 24 Dec")
    _add(
        dialog,
        "Friday off",
        date(2027, 1, 1),
        date(2027, 12, 31),
        "Every month on the first Friday",
    )
    dialog.hours[0].setText("22:00-06:00")
    dialog.accept()  # refused: said why
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.grab().save(f"/tmp/s23dd_working_time_{name}.png")
