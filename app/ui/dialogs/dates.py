"""Date widgets shared by the dialogs: fields of a moment or a day with a calendar popup,
and an optional date. (The sheet's Start and Finish cells are typed as text too:
app/ui/sheet_date_edit.py.)

The dialogs' fields (DateTimeField, DayField) read a date typed as the sheet reads it and
show it as the sheet shows it (app/ui/dialogs/typed_date_field.py); they hold only the
years the scheduler works in, so a year like 1200 or 3500 cannot be typed into a task or
the project.

A field given a time of day (``date_edit(..., at=)``: a task's start or finish, its
constraint date or deadline) takes a new day picked or typed with the time left
untouched at that time, as the sheet's date cells do: the project's
Default start time on a start, its Default end time on a finish, instead of the time
of day the field opened with.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QWidget

from app.domain.day_table import FIRST_YEAR, LAST_YEAR
from app.ui.dialogs.typed_date_field import TypedDateField

# The years the scheduler's day tables cover (app.domain.day_table): a date outside
# them cannot be scheduled, so the editors do not offer it.
FIRST_DAY = date(FIRST_YEAR, 1, 1)
LAST_DAY = date(LAST_YEAR, 12, 31)


class DateTimeField(TypedDateField):
    """A dialog's date-and-time field, typed as the sheet reads dates (TypedDateField).

    ``at``: the time of day a new day given alone takes (see :func:`read_date`); None
    keeps the time the field shows.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(True, parent)
        self.setDateRange(qdate(FIRST_DAY), qdate(LAST_DAY))


class DayField(TypedDateField):
    """A dialog's day field, typed as the sheet reads dates (TypedDateField)."""

    def __init__(self, day: QDate, parent: QWidget | None = None) -> None:
        super().__init__(False, parent)
        self.setDateRange(qdate(FIRST_DAY), qdate(LAST_DAY))
        self.setDate(day)


def date_edit(moment: datetime | None, fallback: datetime, at: time | None = None) -> DateTimeField:
    """A date-and-time field with a calendar popup, set to ``moment`` (or ``fallback``),
    shown in the sheet's short date and time (``Fri 12/18/2026 8:00 AM``).

    ``at``: the time of day a new day picked or typed alone reads at (the project's
    default start time for a start, its default end time for a finish); None: the time
    the field shows, whatever the day.
    """
    edit = DateTimeField()
    edit.at = at
    edit.fill(moment or fallback)
    return edit


def read_date(edit: QDateTimeEdit | TypedDateField) -> datetime:
    """The field's value as a naive datetime, to the minute: a field with a time of day
    (``date_edit(..., at=)``) moved to another day with its time untouched reads at it.
    InputError (its reason) when the text typed cannot be read: never the old date kept
    (TypedDateField.dateTime raises it)."""
    value = edit.dateTime().toPython()
    assert isinstance(value, datetime)
    value = value.replace(second=0, microsecond=0)
    if not isinstance(edit, DateTimeField) or edit.at is None or edit.time_set:
        return value
    if edit.opened_on is None or value.date() == edit.opened_on:
        return value
    return datetime.combine(value.date(), edit.at)


def qdate(day: date) -> QDate:
    """A date as Qt's."""
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    """A moment as Qt's (local time, to the millisecond), as PySide6 converts a datetime."""
    clock = QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)
    return QDateTime(qdate(moment.date()), clock)


def day_edit(day: date) -> DayField:
    """A day field with a calendar popup, set to ``day``, shown as the sheet shows a date
    (``Mon 3/2/2026``, ``Mo. 02.03.2026``)."""
    return DayField(qdate(day))


def read_day(edit: QDateEdit | TypedDateField) -> date:
    """The day field's value; InputError (its reason) when the text typed cannot be read
    (TypedDateField.date raises it)."""
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


class OptionalDate(QWidget):
    """A check box that switches a date on or off (deadline, status date); ``at``: the time
    of day a new day given alone takes (see :func:`date_edit`)."""

    def __init__(
        self, label: str, moment: datetime | None, fallback: datetime, at: time | None = None
    ) -> None:
        super().__init__()
        self.check = QCheckBox(label)
        self.check.setChecked(moment is not None)
        self.edit = date_edit(moment, fallback, at)
        self.edit.setEnabled(moment is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self) -> datetime | None:
        """The date, or None when switched off."""
        return read_date(self.edit) if self.check.isChecked() else None

    def set_value(self, moment: datetime | None) -> None:
        """Switch on at ``moment`` (None: off), its time of day included."""
        self.check.setChecked(moment is not None)
        if moment is not None:
            self.edit.fill(moment)
