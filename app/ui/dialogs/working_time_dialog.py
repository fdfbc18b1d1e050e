"""Change Working Time (MS Project's Project > Change Working Time): a calendar's working
week, its non-working days, and new calendars to give tasks of their own. People's own
calendars follow the base calendars (app/ui/dialogs/working_time_people.py).

Every change made in the dialog is applied on OK as one undoable step. Opened from a
person's Details… (``apply=False``), OK only keeps the changes (:attr:`WorkingTimeDialog.kept`)
for Details' own OK to apply with its edits, as one step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.calendar import Calendar, CalendarException, Interval
from app.domain.calendars import occurrences
from app.domain.day_names import WEEKDAY_NAMES
from app.domain.errors import AppError, InputError
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.vacations import people_calendar_uids, people_calendars
from app.domain.work_weeks import PROJECT_DEFAULT_WEEK
from app.domain.worktime import check_has_work
from app.report.locale_dates import local_date
from app.ui.commands import CompositeCommand, PlanCommand
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import error_label, ok_cancel
from app.ui.dialogs.command_dialog import CommandDialog
from app.ui.dialogs.dates import DayField, read_day
from app.ui.dialogs.day_hours import format_hours, parse_hours
from app.ui.dialogs.holiday_field import HolidayField
from app.ui.dialogs.working_time_holidays import (
    copied_holidays,
    covered_holidays,
    covered_note,
    holiday_lines,
    removal_hint,
)
from app.ui.dialogs.working_time_people import base_text, calendar_commands, people_names
from app.ui.dialogs.working_time_repeats import exception_line, repeat_choices
from app.ui.dialogs.working_time_weeks import WorkWeeksPanel
from app.ui.document import Document

DAY_NAMES = WEEKDAY_NAMES
LIST_ROWS = 8  # the exception lines shown at the dialog's first size


def exception_text(exc: CalendarException) -> str:
    """A line of the exceptions list (working_time_repeats.exception_line): ``Catch-up:
    06.03.2027 (working 08:00-12:00)``, ``Christmas: every year on 24 Dec, 2026 to 2035 (off)``."""
    return exception_line(exc, format_hours(exc.intervals))


def effective_week(
    calendars: Mapping[int, Calendar], calendar: Calendar
) -> tuple[tuple[Interval, ...], ...]:
    """Each weekday's hours, taking 'as in the base calendar' from the base."""
    days: list[tuple[Interval, ...]] = []
    for d in range(7):
        cal: Calendar | None = calendar
        hours: tuple[Interval, ...] | None = None
        seen: set[int] = set()
        while cal is not None and hours is None and cal.uid not in seen:
            seen.add(cal.uid)
            hours = cal.week[d]
            cal = calendars.get(cal.base_uid) if cal.base_uid is not None else None
        days.append(hours or ())
    return tuple(days)


def editable_calendars(plan: Plan) -> list[Calendar]:
    """Calendars a PM edits here: the project's and task calendars, not a person's own."""
    own = people_calendar_uids(plan)
    return [c for c in plan.calendars.values() if c.uid not in own]


class WorkingTimeDialog(CommandDialog):
    """Edit working weeks and non-working days of the plan's calendars and of each person's
    own; create calendars. ``person``: open on that person's calendar. ``edits``: calendars
    as an earlier opening left them (by uid), not in the plan yet; ``apply``: False, OK
    keeps the changes in :attr:`kept` instead of applying them; ``names``: people's names
    as typed in Details, by person (listed so before its OK puts them into the plan)."""

    def __init__(
        self,
        document: Document,
        parent: QWidget | None = None,
        person: int | None = None,
        edits: Mapping[int, Calendar] | None = None,
        apply: bool = True,
        names: Mapping[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change Working Time")
        self.document = document
        self.apply = apply
        #: what OK kept when not applying: each calendar changed or new, by uid
        self.kept: dict[int, Calendar] = {}
        plan = document.plan
        self.edited: dict[int, Calendar] = {c.uid: c for c in editable_calendars(plan)}
        people = people_calendars(plan, plan.next_calendar_uid())
        #: calendar uid -> the person whose own calendar it is (new ones not in the plan yet)
        self.people: dict[int, int] = {uid: res_uid for uid, (res_uid, _) in people.items()}
        self.edited.update((uid, cal) for uid, (_, cal) in people.items())
        self._opened = dict(self.edited)  # what changed is put into the plan on OK
        self.edited.update(edits or {})
        self._shown: int | None = None

        self.calendar = QComboBox()
        self.based_on = QLabel()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText("name of a new calendar, e.g. Night shift")
        self.new_name.setAccessibleName("New calendar's name")  # a screen reader's name
        new_button = QPushButton("Create calendar")
        new_button.clicked.connect(self.create_calendar)
        # MS Project's Create New Base Calendar: a copy of the one shown, or a clean one
        self.make_copy = QRadioButton("Make a copy")
        self.make_copy.setChecked(True)
        self.new_base = QRadioButton("New base calendar (Mon-Fri 08:00-17:00, no exceptions)")
        self.new_base.setToolTip(
            "Standard's default week, 08:00-12:00 and 13:00-17:00 Monday to Friday, with no "
            "exceptions, work weeks or public holidays"
        )
        top = QFormLayout()
        top.addRow("Calendar", self.calendar)
        top.addRow("", self.based_on)
        # its own country's (a person in France: French ones), its base's, or none
        self.public_holidays = HolidayField()
        self.public_holidays.changed.connect(self._on_holidays_changed)
        top.addRow("Public holidays", self.public_holidays)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_name, 1)
        new_row.addWidget(new_button)
        top.addRow("New calendar", new_row)
        how_row = QHBoxLayout()
        how_row.addWidget(self.make_copy)
        how_row.addWidget(self.new_base)
        how_row.addStretch(1)
        top.addRow("", how_row)

        week_box = QGroupBox("Working week (hours like 08:00-12:00, 13:00-17:00)")
        grid = QGridLayout(week_box)
        self.working: list[QCheckBox] = []
        self.hours: list[QLineEdit] = []
        for d, name in enumerate(DAY_NAMES):
            check = QCheckBox(name)
            edit = QLineEdit()
            edit.setAccessibleName(f"{name} hours")
            check.toggled.connect(edit.setEnabled)
            # two columns, Monday to Thursday and Friday to Sunday: room for the exceptions
            grid.addWidget(check, d % 4, 2 * (d // 4))
            grid.addWidget(edit, d % 4, 2 * (d // 4) + 1)
            self.working.append(check)
            self.hours.append(edit)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        off_box = QGroupBox("Exceptions (holidays, shutdowns, extra working days)")
        off = QVBoxLayout(off_box)
        self.exceptions = QListWidget()
        self.exceptions.setAccessibleName("Exceptions")
        self.off_name = QLineEdit("Holiday")
        self.off_name.setAccessibleName("Exception's name")
        self.off_first = DayField(QDate.currentDate())
        self.off_last = DayField(QDate.currentDate())
        self.off_first.setAccessibleName("Exception from")  # its "from" follows a field
        self.off_last.setAccessibleName("Exception to")
        # MS Project's recurring exceptions: every first Friday off, the yearly shutdown
        # (the first day sets the pattern; the last day ends the repeats).
        self.off_repeat = QComboBox()
        self.off_first.dateChanged.connect(self._fill_repeats)
        add_row = QHBoxLayout()
        for widget in (self.off_name, QLabel("from"), self.off_first, QLabel("to"), self.off_last):
            add_row.addWidget(widget)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(QLabel("Repeats"))
        repeat_row.addWidget(self.off_repeat, 1)
        add = QPushButton("Add")
        add.clicked.connect(self.add_days_off)
        remove = QPushButton("Remove selected")
        remove.clicked.connect(self.remove_days_off)
        add_row.addWidget(add)
        # MS Project's exceptions may be working time too (a catch-up Saturday, a longer day).
        self.off_working = QCheckBox("Working, hours")
        self.off_hours = QLineEdit("08:00-12:00, 13:00-17:00")
        self.off_hours.setEnabled(False)
        self.off_hours.setAccessibleName("Exception's working hours")
        self.off_working.toggled.connect(self.off_hours.setEnabled)
        working_row = QHBoxLayout()
        working_row.addWidget(self.off_working)
        working_row.addWidget(self.off_hours, 1)
        # a site calendar holds 13 and more: room for ~8 lines, more when the dialog grows
        rows = self.exceptions.fontMetrics().lineSpacing() * LIST_ROWS
        self.exceptions.setMinimumHeight(rows + 2 * self.exceptions.frameWidth() + 20)
        self.off_note = QLabel()  # which public holidays an exception added falls on
        self.off_note.setWordWrap(True)
        self.off_note.hide()
        off.addWidget(self.exceptions, 1)
        off.addWidget(self.off_note)
        off.addLayout(add_row)
        off.addLayout(repeat_row)
        off.addLayout(working_row)
        off.addWidget(remove)

        self.error = error_label()
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(week_box)
        # MS Project's Exceptions and Work Weeks tabs (working_time_weeks.py)
        self.work_weeks = WorkWeeksPanel(self.edited, self.error)
        tabs = QTabWidget()
        tabs.addTab(off_box, "Exceptions")
        tabs.addTab(self.work_weeks, "Work Weeks")
        layout.addWidget(tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

        for cal in self.edited.values():
            if cal.uid not in self.people:
                self.calendar.addItem(cal.name, cal.uid)
        if self.people:
            self.calendar.insertSeparator(self.calendar.count())
        for uid, name in people_names(plan, self.people, names).items():
            self.calendar.addItem(name, uid)
        mine = [uid for uid, res_uid in self.people.items() if res_uid == person]
        shown = mine[0] if mine else plan.project.calendar_uid
        self.calendar.setCurrentIndex(max(self.calendar.findData(shown), 0))
        self.calendar.currentIndexChanged.connect(self._on_calendar_changed)
        self._show(int(self.calendar.currentData()))
        self._fill_repeats()

    def _fill_repeats(self) -> None:
        """The ways a new exception repeats, in the words of its first day (every
        Friday, every first Friday, every year on 24 Dec); the way chosen is kept."""
        held = self.off_repeat.currentData()
        kept = None if held is None else (held.kind, held.week_of_month == 5)
        self.off_repeat.clear()
        for words, rec in repeat_choices(read_day(self.off_first)):
            self.off_repeat.addItem(words, rec)
            if rec is not None and (rec.kind, rec.week_of_month == 5) == kept:
                self.off_repeat.setCurrentIndex(self.off_repeat.count() - 1)

    # ------------------------------------------------------------------ filling

    def _show(self, uid: int) -> None:
        self._shown = uid
        cal = self.edited[uid]
        calendars = self._calendars()
        self.based_on.setText(base_text(calendars, cal, self.document.plan.project.calendar_uid))
        week = effective_week(calendars, cal)
        for d in range(7):
            self.working[d].setChecked(bool(week[d]))
            self.hours[d].setText(format_hours(week[d]) or "08:00-12:00, 13:00-17:00")
            self.hours[d].setEnabled(bool(week[d]))
        self.public_holidays.show_calendar(cal, calendars)
        self.make_copy.setText(f"Make a copy of {quoted(self._shown_name(), NAME_LIMIT)}")
        self._note("")
        self._fill_exceptions()
        self.work_weeks.show_calendar(uid, calendars)

    def _fill_exceptions(self) -> None:
        self.exceptions.clear()
        if self._shown is None:
            return
        cal = self.edited[self._shown]
        for exc in cal.exceptions:
            self.exceptions.addItem(exception_text(exc))
        # shown so the PM sees which days they are (greyed: set under Public holidays)
        schedule = self.document.schedule
        years = range(schedule.start.year, schedule.finish.year + 1)
        for line in holiday_lines(cal, self._calendars(), years):
            item = QListWidgetItem(line)
            item.setForeground(self.palette().placeholderText())
            self.exceptions.addItem(item)

    def _calendars(self) -> dict[int, Calendar]:
        """The plan's calendars with the edits made so far (to resolve base hours)."""
        return {**self.document.plan.calendars, **self.edited}

    def _on_calendar_changed(self) -> None:
        try:
            self._keep_week()
        except AppError as exc:
            self.error.setText(str(exc))
            self.calendar.blockSignals(True)
            self.calendar.setCurrentIndex(self.calendar.findData(self._shown))
            self.calendar.blockSignals(False)
            return
        self.error.clear()
        self._show(int(self.calendar.currentData()))

    # ------------------------------------------------------------------ edits

    def _on_holidays_changed(self) -> None:
        """Public holidays chosen: kept for the calendar shown, its list showing them."""
        if self._shown is None:
            return
        try:
            self.edited[self._shown] = self.public_holidays.applied(self.edited[self._shown])
        except AppError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self._fill_exceptions()

    def _keep_week(self) -> None:
        """Store the week and public holidays as typed into the calendar shown; raises
        InputError for bad hours, PlanError for a place no list holds."""
        if self._shown is None:
            return
        cal = self.edited[self._shown]
        title = self._shown_name()
        before = effective_week(self._calendars(), cal)
        week: list[tuple[Interval, ...] | None] = list(cal.week)
        for d in range(7):
            hours: tuple[Interval, ...] = ()
            if self.working[d].isChecked():
                hours = parse_hours(self.hours[d].text(), f"{title}, {DAY_NAMES[d]}")
                if not hours:
                    raise InputError(f"{title}, {DAY_NAMES[d]}: a working day needs hours")
            if hours != before[d]:
                week[d] = hours
        self.edited[self._shown] = self.public_holidays.applied(replace(cal, week=tuple(week)))

    def _shown_name(self) -> str:
        """The shown calendar as the list names it: a person's under the name just typed in
        Details, not the one the plan still holds."""
        return self.calendar.itemText(self.calendar.findData(self._shown))

    def create_calendar(self) -> None:
        """A new calendar, then shown: a copy of the one shown (its week, exceptions, work
        weeks and public holidays) or, "New base calendar" chosen, Standard's default week
        and nothing else, as MS Project's Create New Base Calendar offers."""
        name = self.new_name.text().strip()
        if not name:
            self.error.setText("Type a name for the new calendar.")
            return
        taken = {c.name.casefold() for c in self.document.plan.calendars.values()}
        taken |= {c.name.casefold() for c in self.edited.values() if c.uid not in self.people}
        if name.casefold() in taken:
            self.error.setText(f"A calendar named {quoted(name, NAME_LIMIT)} exists already.")
            return
        try:
            self._keep_week()
        except AppError as exc:
            self.error.setText(str(exc))
            return
        assert self._shown is not None
        source = self.edited[self._shown]
        uid = max([*self.document.plan.calendars, *self.edited]) + 1
        if self.new_base.isChecked():
            self.edited[uid] = Calendar(uid=uid, name=name, week=PROJECT_DEFAULT_WEEK)
        else:
            week = effective_week(self._calendars(), source)
            copy = Calendar(
                uid=uid,
                name=name,
                week=week,
                exceptions=source.exceptions,
                work_weeks=source.work_weeks,
            )
            # its public holidays as the one shown keeps them, to keep or clear (None)
            self.edited[uid] = copied_holidays(source, self._calendars(), copy)
        self.calendar.addItem(name, uid)
        self.new_name.clear()
        self.error.clear()
        self.calendar.setCurrentIndex(self.calendar.count() - 1)

    def add_days_off(self) -> None:
        """Add the days typed below the list to the calendar shown: off, or working the
        hours given when "Working" is ticked; once, or repeating as chosen from the first
        day to the last."""
        try:
            first, last = read_day(self.off_first), read_day(self.off_last)
        except AppError as error:
            self.error.setText(str(error))
            return
        if last < first:
            self.error.setText("The last day comes before the first.")
            return
        if self._shown is None:
            return
        cal = self.edited[self._shown]
        name = self.off_name.text().strip() or "Holiday"
        exc = CalendarException(name, first, last, recurrence=self.off_repeat.currentData())
        clash = _clash(cal.exceptions, exc)
        if clash is not None:  # one exception a day, as MS Project allows
            held, day = clash
            on = "" if exc.recurrence is None and held.recurrence is None else f" on {_day(day)}"
            self.error.setText(
                f"{name} ({_day(first)} to {_day(last)}) overlaps {held.name} "
                f"({_day(held.start)} to {_day(held.end)}){on}: a day takes one exception, "
                "as in MS Project; remove that one first"
            )
            return
        if self.off_working.isChecked():
            try:
                hours = parse_hours(self.off_hours.text(), name)
            except AppError as error:
                self.error.setText(str(error))
                return
            if not hours:
                self.error.setText(f"{name}: a working day needs hours")
                return
            exc = replace(exc, working=True, intervals=hours)
        self.edited[self._shown] = replace(cal, exceptions=(*cal.exceptions, exc))
        self.error.clear()
        self._fill_exceptions()
        self._note(covered_note(exc, covered_holidays(exc, cal, self._calendars())))
        self.off_repeat.setCurrentIndex(0)  # the next one once, unless chosen

    def _note(self, text: str) -> None:
        """Say what an exception added does to public holidays (hidden when nothing)."""
        self.off_note.setText(text)
        self.off_note.setVisible(bool(text))

    def remove_days_off(self) -> None:
        """Remove the selected line of the non-working days."""
        row = self.exceptions.currentRow()
        if row < 0 or self._shown is None:
            return
        cal = self.edited[self._shown]
        if row >= len(cal.exceptions):  # a public holiday: set under Public holidays
            self.error.setText(removal_hint(cal, self._calendars(), self._shown_name()))
            return
        kept = cal.exceptions[:row] + cal.exceptions[row + 1 :]
        self.edited[self._shown] = replace(cal, exceptions=kept)
        self._fill_exceptions()

    # ------------------------------------------------------------------ result

    def changes(self) -> dict[int, Calendar]:
        """Every calendar added or changed, by uid; InputError for hours that cannot be read
        or a calendar left without working time."""
        self._keep_week()
        changed = {uid: c for uid, c in self.edited.items() if self._opened.get(uid) != c}
        for cal in changed.values():  # used by a task or not yet (worktime.check_has_work)
            check_has_work(cal, self._calendars())
        return changed

    def command(self) -> PlanCommand | None:
        """Every calendar added or changed, as one step (None: nothing changed)."""
        parts = calendar_commands(self.document, self.people, self.changes().values())
        if not parts:
            return None
        return CompositeCommand(self.document, "Change working time", parts)

    def accept(self) -> None:
        """Apply the changes as one step; or, opened from Details…, keep them for its OK."""
        if self.apply:
            super().accept()
            return
        try:
            self.kept = self.changes()
        except AppError as exc:
            self.error.setText(str(exc))
            return
        QDialog.accept(self)


def _day(day: date) -> str:
    """A day as the sheet writes it, without its weekday (``24.12.2026``)."""
    return local_date(day, weekday=False)


def _clash(
    exceptions: tuple[CalendarException, ...], new: CalendarException
) -> tuple[CalendarException, date] | None:
    """The first exception holding a day ``new`` covers, and that day (None: none)."""
    days = set(occurrences(new))
    for exc in exceptions:
        if exc.end < new.start or exc.start > new.end:
            continue
        for day in occurrences(exc):
            if day in days:
                return exc, day
            if day > new.end:
                break
    return None


def change_working_time(
    document: Document, parent: QWidget | None, person: int | None = None
) -> None:
    """Project > Change Working Time…; from the Team view, on ``person``'s calendar."""
    WorkingTimeDialog(document, parent, person).exec()
