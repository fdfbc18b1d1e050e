"""Change Working Time's Work Weeks tab (MS Project's): a calendar's named periods with a
weekly pattern of their own (winter hours from 1 November to 28 February, a summer
four-day week), each with its name, start and finish; Add, Delete, and Details… to set
each weekday's hours. The edits go into the dialog's calendars (``edited``), applied
with its other changes on OK as one undo step.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.calendar import Calendar, Interval, WorkWeek
from app.domain.day_names import WEEKDAY_NAMES
from app.domain.errors import AppError, InputError
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.work_weeks import PROJECT_DEFAULT_WEEK, default_week, overlapping_week
from app.report.locale_dates import local_date
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import error_label, ok_cancel
from app.ui.dialogs.dates import DayField, qdate, read_day
from app.ui.dialogs.day_hours import format_hours, parse_hours

Week = tuple[tuple[Interval, ...] | None, ...]
# the words for a day a work week leaves unset, and each weekday's hours it then gets
Unset = tuple[str, tuple[tuple[Interval, ...], ...]]

# What a work week's weekday does, as MS Project's Details dialog offers it.
UNSET, OFF, WORKING = 0, 1, 2


def _day(day: date) -> str:
    return local_date(day, weekday=False)


def base_chain(calendar: Calendar, calendars: dict[int, Calendar]) -> list[Calendar]:
    """``calendar`` and its base calendars, nearest first (a loop ends)."""
    chain: list[Calendar] = []
    cal: Calendar | None = calendar
    while cal is not None and all(c.uid != cal.uid for c in chain):
        chain.append(cal)
        cal = calendars.get(cal.base_uid) if cal.base_uid is not None else None
    return chain


def unset_week(calendar: Calendar, calendars: dict[int, Calendar]) -> Unset:
    """The words for a weekday a work week leaves unset, and the hours it then gets (see
    work_weeks.py): Project default times in a base calendar, the base's in another."""
    chain = base_chain(calendar, calendars)
    if len(chain) > 1:
        return "As the base calendar", default_week(chain[1:])
    return "Project default times", PROJECT_DEFAULT_WEEK


class WorkWeekDetailsDialog(QDialog):
    """Details… of a work week: each weekday left as the calendar has it, off, or working
    the hours typed (``08:00-12:00, 13:00-17:00``, as the [Default] week takes them)."""

    def __init__(self, week: WorkWeek, unset: Unset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Details for {quoted(week.name, NAME_LIMIT)}")
        self._name = week.name
        words, unset_hours = unset
        grid = QGridLayout()
        self.choices: list[QComboBox] = []
        self.hours: list[QLineEdit] = []
        for d, name in enumerate(WEEKDAY_NAMES):
            choice = QComboBox()
            choice.addItems([words, "Nonworking", "Working, hours"])
            day = week.week[d] if d < len(week.week) else None
            # the hours the day gets as it is (none when off), to change when made working
            edit = QLineEdit(format_hours(unset_hours[d] if day is None else day))
            edit.setPlaceholderText("08:00-12:00, 13:00-17:00")
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("08:00-12:00, 13:00-17:00__"))
            edit.setAccessibleName(f"{name} hours")
            choice.setCurrentIndex(UNSET if day is None else WORKING if day else OFF)
            edit.setEnabled(choice.currentIndex() == WORKING)
            choice.currentIndexChanged.connect(lambda index, e=edit: e.setEnabled(index == WORKING))
            grid.addWidget(QLabel(name), d, 0)
            grid.addWidget(choice, d, 1)
            grid.addWidget(edit, d, 2)
            self.choices.append(choice)
            self.hours.append(edit)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        give_access_keys(self)

    def week(self) -> Week:
        """The week as set; InputError naming the day for hours that cannot be read."""
        out: list[tuple[Interval, ...] | None] = []
        for d, choice in enumerate(self.choices):
            index = choice.currentIndex()
            if index == UNSET:
                out.append(None)
            elif index == OFF:
                out.append(())
            else:
                where = f"{self._name}, {WEEKDAY_NAMES[d]}"
                hours = parse_hours(self.hours[d].text(), where)
                if not hours:
                    raise InputError(f"{where}: a working day needs hours")
                out.append(hours)
        return tuple(out)

    def accept(self) -> None:
        """Close only with every day's hours read; else say why and stay open."""
        try:
            self.week()
        except AppError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, week: WorkWeek, unset: Unset, parent: QWidget | None) -> Week | None:
        """The week's days as set in the dialog; None when cancelled (tests patch this)."""
        dialog = cls(week, unset, parent)
        return dialog.week() if dialog.exec() == QDialog.DialogCode.Accepted else None


class WorkWeeksPanel(QWidget):
    """The Work Weeks tab: the work weeks of the calendar shown, kept in ``edited`` (the
    dialog's calendars by uid); ``error``: the dialog's line that says what is refused."""

    def __init__(
        self, edited: dict[int, Calendar], error: QLabel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edited = edited
        self.error = error
        self.calendars: dict[int, Calendar] = {}
        self._shown: int | None = None
        self.weeks = QTreeWidget()
        self.weeks.setHeaderLabels(["Name", "Start", "Finish"])
        self.weeks.setRootIsDecorated(False)
        self.weeks.setAccessibleName("Work weeks")
        self.weeks.itemSelectionChanged.connect(self._on_selected)
        self.name = QLineEdit("Winter hours")
        self.name.setAccessibleName("Work week's name")
        today = QDate.currentDate()
        self.first = DayField(today)
        self.first.setAccessibleName("Work week's start")
        self.last = DayField(today.addDays(27))
        self.last.setAccessibleName("Work week's finish")
        add = QPushButton("Add")
        add.clicked.connect(self.add_week)
        change = QPushButton("Change")
        change.setToolTip("Give the selected work week the name, start and finish typed")
        change.clicked.connect(self.change_week)
        delete = QPushButton("Delete")
        delete.clicked.connect(self.delete_week)
        details = QPushButton("Details…")
        details.clicked.connect(self.edit_details)
        new_row = QHBoxLayout()
        for widget in (self.name, QLabel("start"), self.first, QLabel("finish"), self.last, add):
            new_row.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(details)
        buttons.addWidget(change)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.weeks)
        layout.addLayout(new_row)
        layout.addLayout(buttons)

    def show_calendar(self, uid: int, calendars: dict[int, Calendar]) -> None:
        """List the work weeks of calendar ``uid``; ``calendars`` resolves its base."""
        self._shown = uid
        self.calendars = calendars
        self._fill()

    def _fill(self) -> None:
        self.weeks.clear()
        for ww in self._weeks():
            self.weeks.addTopLevelItem(QTreeWidgetItem([ww.name, _day(ww.start), _day(ww.end)]))

    def _weeks(self) -> tuple[WorkWeek, ...]:
        return () if self._shown is None else self.edited[self._shown].work_weeks

    def _keep(self, weeks: tuple[WorkWeek, ...]) -> None:
        assert self._shown is not None
        self.edited[self._shown] = replace(self.edited[self._shown], work_weeks=weeks)
        self.calendars[self._shown] = self.edited[self._shown]
        self.error.clear()
        self._fill()

    def _typed(self, others: tuple[WorkWeek, ...]) -> tuple[str, date, date] | None:
        """The name, start and finish typed below the list, read; None (the error line says
        why) when a day cannot be read, the finish comes first or ``others`` hold a day."""
        try:
            first, last = read_day(self.first), read_day(self.last)
        except AppError as exc:
            self.error.setText(str(exc))
            return None
        name = self.name.text().strip() or "Work week"
        if last < first:
            self.error.setText(f"{name}: the finish {_day(last)} comes before the start.")
            return None
        held = overlapping_week(others, first, last)
        if held is not None:  # MS Project refuses it too
            self.error.setText(
                f"{name} ({_day(first)} to {_day(last)}) overlaps {quoted(held.name)} "
                f"({_day(held.start)} to {_day(held.end)}): work weeks cannot overlap, "
                "as in MS Project; change or delete that one first"
            )
            return None
        return name, first, last

    def add_week(self) -> None:
        """Add the work week typed below the list: its days as the calendar's [Default] week
        (a base calendar) or left to the base calendar (a person's), to set in Details…."""
        if self._shown is None:
            return
        typed = self._typed(self._weeks())
        if typed is None:
            return
        cal = self.edited[self._shown]
        chain = base_chain(cal, self.calendars)
        week: Week = default_week(chain) if len(chain) == 1 else (None,) * 7
        self._keep((*cal.work_weeks, WorkWeek(*typed, week)))
        self._select(len(self._weeks()) - 1)

    def change_week(self) -> None:
        """Give the selected work week the name, start and finish typed (its days kept)."""
        row = self._row()
        if row is None:
            self.error.setText("Select a work week to change.")
            return
        weeks = self._weeks()
        typed = self._typed(weeks[:row] + weeks[row + 1 :])
        if typed is not None:
            name, first, last = typed
            changed = replace(weeks[row], name=name, start=first, end=last)
            self._keep((*weeks[:row], changed, *weeks[row + 1 :]))
            self._select(row)

    def _on_selected(self) -> None:
        """A work week selected: its name and dates below the list, to change."""
        row = self._row()
        if row is not None:
            week = self._weeks()[row]
            self.name.setText(week.name)
            self.first.setDate(qdate(week.start))
            self.last.setDate(qdate(week.end))

    def delete_week(self) -> None:
        """Delete the selected work week."""
        row = self._row()
        if row is not None:
            weeks = self._weeks()
            self._keep(weeks[:row] + weeks[row + 1 :])

    def edit_details(self) -> None:
        """Details… of the selected work week: each weekday's hours."""
        row = self._row()
        if row is None:
            self.error.setText("Select a work week to set its days.")
            return
        weeks = self._weeks()
        cal = self.edited[self._shown] if self._shown is not None else None
        assert cal is not None
        found = WorkWeekDetailsDialog.ask(weeks[row], unset_week(cal, self.calendars), self)
        if found is not None:
            changed = replace(weeks[row], week=found)
            self._keep((*weeks[:row], changed, *weeks[row + 1 :]))
            self._select(row)

    def _select(self, row: int) -> None:
        item = self.weeks.topLevelItem(row)
        if item is not None:
            self.weeks.setCurrentItem(item)

    def _row(self) -> int | None:
        item = self.weeks.currentItem()
        if item is None:
            return None
        row = self.weeks.indexOfTopLevelItem(item)
        return row if 0 <= row < len(self._weeks()) else None
