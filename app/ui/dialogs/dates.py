"""Date widgets shared by the dialogs: fields of a moment or a day with a calendar popup,
and an optional date; and the typing rules of the sheet's sectioned date editor
(DateTyping, TimeGiven: app/ui/task_delegates.py).

The dialogs' fields (DateTimeField, DayField) read a date typed as the sheet reads it and
show it as the sheet shows it (app/ui/dialogs/typed_date_field.py); they hold only the
years the scheduler works in, so a year like 1200 or 3500 cannot be typed into a task or
the project.

A field given a time of day (``date_edit(..., at=)``: a task's start or finish, its
constraint date or deadline) takes a new day picked or typed with the time left
untouched at that time, as the sheet's date cells do (see TimeGiven): the project's
Default start time on a start, its Default end time on a finish, instead of the time
of day the field opened with.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any, cast

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QWidget

from app.domain.day_table import FIRST_YEAR, LAST_YEAR
from app.ui.dialogs.typed_date_field import TypedDateField

# The years the scheduler's day tables cover (app.domain.day_table): a date outside
# them cannot be scheduled, so the editors do not offer it.
FIRST_DAY = date(FIRST_YEAR, 1, 1)
LAST_DAY = date(LAST_YEAR, 12, 31)
_SEPARATORS = frozenset("-/.: ")
# Ways in that land on the field's start: Tab, Shift+Tab, a dialog opening on the field.
_ENTERING = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ActiveWindowFocusReason,
    Qt.FocusReason.OtherFocusReason,
)
# The parts of a date editor that hold the time of day.
TIME_SECTIONS = (
    QDateTimeEdit.Section.HourSection,
    QDateTimeEdit.Section.MinuteSection,
    QDateTimeEdit.Section.AmPmSection,
)


class DateTyping:
    """What makes a Qt date editor take a date typed as it reads, for QDateTimeEdit subclasses.

    Qt moves to the next part of the date once a part is full (2026 fills the
    year) and again on the separator typed after it, so "2026-04-06" put the
    month in the day and the day in the hour: a separator right after such a
    move is taken as the one the move already made. Tabbing in, or a dialog
    opening on the field, lands on the year, not on the weekday name in front of
    it, which takes no digits.
    """

    _moved_on = False  # the last digit filled a part and moved on to the next

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Drop a separator typed just after a full part moved the cursor on."""
        editor = cast(QDateTimeEdit, self)
        text = event.text()
        if text and text in _SEPARATORS and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        section = editor.currentSectionIndex()
        super().keyPressEvent(event)  # type: ignore[misc]
        self._moved_on = text.isdigit() and editor.currentSectionIndex() > section

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbed into (or opened on), start on the year when a weekday name comes first."""
        super().focusInEvent(event)  # type: ignore[misc]
        editor = cast(QDateTimeEdit, self)
        on_weekday = editor.currentSectionIndex() == 0  # not a part the user went to
        if event.reason() in _ENTERING and on_weekday and editor.displayFormat().startswith("ddd"):
            year = QDateTimeEdit.Section.YearSection
            for i in range(editor.sectionCount()):
                if editor.sectionAt(i) == year:
                    editor.setCurrentSectionIndex(i)
                    editor.setSelectedSection(year)
                    break


class TimeGiven:
    """What makes a QDateTimeEdit subclass know whether the time of day was given.

    ``time_set``: the hour or minute was typed into (even to the one shown), stepped
    (arrow or Page keys, the wheel) or changed in any way since :meth:`fill` showed the
    field's own value; ``opened_on``: the day :meth:`fill` showed. A new day with the time
    not given is a day given alone, which the sheet and the dialogs take at the project's
    default time of day (the rule of the sheet's date cells, as MS Project reads a date
    typed without a time).
    """

    time_set = False
    opened_on: date | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(QDateTimeEdit, self).timeChanged.connect(self._on_time_changed)

    def fill(self, moment: QDateTime | datetime) -> None:
        """Show ``moment``, the field's own value: its time of day counts as not given."""
        editor = cast(QDateTimeEdit, self)
        editor.setDateTime(moment if isinstance(moment, QDateTime) else qdatetime(moment))
        day = editor.date().toPython()
        assert isinstance(day, date)
        self.opened_on = day
        self.time_set = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit typed into the hour or minute gives the time, even the one shown."""
        if event.text().isdigit() and cast(QDateTimeEdit, self).currentSection() in TIME_SECTIONS:
            self.time_set = True
        super().keyPressEvent(event)  # type: ignore[misc]

    def stepBy(self, steps: int) -> None:
        """An hour or minute stepped gives the time."""
        if cast(QDateTimeEdit, self).currentSection() in TIME_SECTIONS:
            self.time_set = True
        super().stepBy(steps)  # type: ignore[misc]

    def _on_time_changed(self, _time: object) -> None:
        self.time_set = True


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
