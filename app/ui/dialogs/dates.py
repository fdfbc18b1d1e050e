"""Date widgets shared by the dialogs: calendar-popup editors of a moment or a day, and an
optional date.

Tab leaves these editors for the next field, as every other field of a dialog
(Qt's own date editors step through day, month, year, hour and minute first),
a date typed with its separators is that date (see DateTyping),
and they hold only the years the scheduler works in, so a year like 1200 or
3500 cannot be typed into a task or the project.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QWidget

# The years the scheduler's calendars cover (app/domain/worktime.py): a date outside
# them cannot be scheduled, so the editors do not offer it.
FIRST_DAY = date(1800, 1, 1)
LAST_DAY = date(2999, 12, 31)
_SEPARATORS = frozenset("-/.: ")
# Ways in that land on the field's start: Tab, Shift+Tab, a dialog opening on the field.
_ENTERING = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ActiveWindowFocusReason,
    Qt.FocusReason.OtherFocusReason,
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


class DateTimeField(DateTyping, QDateTimeEdit):
    """A date-and-time editor that Tab leaves (arrow keys move between its parts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDateRange(qdate(FIRST_DAY), qdate(LAST_DAY))

    def focusNextPrevChild(self, next: bool) -> bool:
        """On to the next field, not the next part of the date."""
        return QWidget.focusNextPrevChild(self, next)


class DayField(DateTyping, QDateEdit):
    """A day editor that Tab leaves (arrow keys move between its parts)."""

    def __init__(self, day: QDate, parent: QWidget | None = None) -> None:
        super().__init__(day, parent)
        self.setCalendarPopup(True)
        self.setDateRange(qdate(FIRST_DAY), qdate(LAST_DAY))

    def focusNextPrevChild(self, next: bool) -> bool:
        """On to the next field, not the next part of the date."""
        return QWidget.focusNextPrevChild(self, next)


def date_edit(moment: datetime | None, fallback: datetime) -> QDateTimeEdit:
    """A date-and-time editor with a calendar popup, set to ``moment`` (or ``fallback``)."""
    edit = DateTimeField()
    edit.setDisplayFormat("ddd yyyy-MM-dd HH:mm")
    edit.setDateTime(QDateTime(moment or fallback))
    return edit


def read_date(edit: QDateTimeEdit) -> datetime:
    """The editor's value as a naive datetime, to the minute."""
    value = edit.dateTime().toPython()
    assert isinstance(value, datetime)
    return value.replace(second=0, microsecond=0)


def qdate(day: date) -> QDate:
    """A date as Qt's."""
    return QDate(day.year, day.month, day.day)


def day_edit(day: date) -> QDateEdit:
    """A day editor with a calendar popup ("Mon 2026-03-02"), set to ``day``."""
    edit = DayField(qdate(day))
    edit.setDisplayFormat("ddd yyyy-MM-dd")
    return edit


def read_day(edit: QDateEdit) -> date:
    """The day editor's value."""
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


class OptionalDate(QWidget):
    """A check box that switches a date on or off (deadline, status date)."""

    def __init__(self, label: str, moment: datetime | None, fallback: datetime) -> None:
        super().__init__()
        self.check = QCheckBox(label)
        self.check.setChecked(moment is not None)
        self.edit = date_edit(moment, fallback)
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
        """Switch on at ``moment`` (None: off)."""
        self.check.setChecked(moment is not None)
        if moment is not None:
            self.edit.setDateTime(QDateTime(moment))
