"""Project Information: name, start, status date, currency, calendar and public holidays.

Also MS Project's File > Options > Schedule units: "Duration is entered in" and
"Work is entered in", the unit a bare number typed takes; its "Default start time" and
"Default end time", the time of day a start (or a finish) typed without one takes; and
what new tasks start with there: "Default task type" and "New tasks are effort driven"
(tasks already in the plan keep theirs).

The currency is set as MS Project sets it: ISO code, symbol, where the symbol
stands and how many decimals money shows.

OK applies everything as one undoable step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.calendar import Calendar
from app.domain.earned_value_method import EarnedValueMethod
from app.domain.errors import AppError
from app.domain.money import MAX_DIGITS, check_currency
from app.domain.project import Project, SymbolPosition
from app.domain.task import DurationUnit, TaskType
from app.domain.tracking import end_of_day
from app.domain.vacations import people_calendar_uids
from app.report.columns import TASK_TYPE_NAMES  # the words of the Type column
from app.ui.budget.money import money
from app.ui.commands import CompositeCommand, PlanCommand
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel
from app.ui.dialogs.command_dialog import CommandDialog
from app.ui.dialogs.dates import OptionalDate, date_edit, read_date
from app.ui.dialogs.earned_value_options import ev_baseline_box, ev_method_box
from app.ui.dialogs.holiday_field import HolidayField
from app.ui.document import Document
from app.ui.project_commands import PutCalendarCommand, SetProjectCommand

_UNIT_NAMES = {
    DurationUnit.MINUTES: "Minutes",
    DurationUnit.HOURS: "Hours",
    DurationUnit.DAYS: "Days",
    DurationUnit.WEEKS: "Weeks",
    DurationUnit.MONTHS: "Months",
}


def _time_box(moment: time, tip: str) -> QTimeEdit:
    """A time-of-day editor (hours and minutes) set to ``moment``."""
    box = QTimeEdit(QTime(moment.hour, moment.minute))
    box.setDisplayFormat("HH:mm")
    box.setToolTip(tip)
    return box


def _read_time(box: QTimeEdit) -> time:
    value = box.time()
    return time(value.hour(), value.minute())


def _unit_box(unit: DurationUnit) -> QComboBox:
    """A choice of the five units, set to ``unit``."""
    box = QComboBox()
    for each, name in _UNIT_NAMES.items():
        box.addItem(name, each.value)
    box.setCurrentIndex(box.findData(unit.value))
    return box


class ProjectDialog(CommandDialog):
    """Edit the project's own settings."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        project = document.plan.project
        self.setWindowTitle("Project Information")
        self.name = QLineEdit(project.name)
        # a new day alone reads at the default start time (the one shown when OK is pressed)
        self.start = date_edit(project.start, project.start, at=project.default_start_time)
        # Ticked, it offers today at the end of work, as Project > Status Date reads a day.
        today = end_of_day(document.plan, date.today())
        self.status_date = OptionalDate("Status date", project.status_date, today)
        # MS Project's Current Date: today unless set; set, progress is measured at it
        # when no status date is (earned value, Status, the status report)
        now = datetime.combine(date.today(), project.default_start_time)
        self.current_date = OptionalDate(
            "Current date", project.current_date, now, at=project.default_start_time
        )
        self.current_date.setToolTip(
            "Unticked: today, as MS Project sets it on every open. Ticked: earned value, "
            "Status and the status report are measured at this date when no status date is set"
        )
        self.currency = QLineEdit(project.currency)
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText("ISO code, e.g. EUR, GBP (empty: not known)")
        self.currency_symbol = QLineEdit(project.currency_symbol)
        self.currency_symbol.setMaxLength(8)
        self.currency_position = QComboBox()
        for position in SymbolPosition:
            self.currency_position.addItem("", position.value)
        self.currency_position.setCurrentIndex(project.currency_symbol_position.value)
        self.currency_digits = QSpinBox()
        self.currency_digits.setRange(0, MAX_DIGITS)
        self.currency_digits.setValue(project.currency_digits)
        self._show_positions()
        self.currency.textChanged.connect(self._show_positions)
        self.currency_symbol.textChanged.connect(self._show_positions)
        self.currency_digits.valueChanged.connect(self._show_positions)
        self.calendar = QComboBox()
        # As in MS Project, a person's own calendar (their days off) is no project calendar.
        plan = document.plan
        own = people_calendar_uids(plan)
        for cal in document.plan.calendars.values():
            if cal.uid not in own:
                self.calendar.addItem(cal.name, cal.uid)
        self.calendar.setCurrentIndex(max(self.calendar.findData(project.calendar_uid), 0))
        # The holidays shown are the chosen calendar's: choosing another shows its own
        # (France keeps FR), unless the user chose other holidays, which it then gets.
        self.holidays = HolidayField()
        self.holidays.show_calendar(document.plan.calendar(), plan.calendars)
        self._holidays_shown = self.holidays.typed()
        self.calendar.currentIndexChanged.connect(self._show_holidays)
        self.hours_per_day = QDoubleSpinBox()
        self.hours_per_day.setRange(0.5, 24)
        self.hours_per_day.setSingleStep(0.5)
        self.hours_per_day.setValue(project.minutes_per_day / 60)
        self.hours_per_week = QDoubleSpinBox()
        self.hours_per_week.setRange(0.5, 168)
        self.hours_per_week.setValue(project.minutes_per_week / 60)
        self.duration_unit = _unit_box(project.duration_unit)
        self.work_unit = _unit_box(project.work_unit)
        self.default_start_time = _time_box(
            project.default_start_time,
            "The time of day a start, actual start or start constraint typed as a date alone takes",
        )
        self.default_finish_time = _time_box(
            project.default_finish_time,
            "The time of day a finish, actual finish, finish constraint or deadline typed "
            "as a date alone takes",
        )
        self.task_type = QComboBox()
        for kind, label in TASK_TYPE_NAMES.items():
            self.task_type.addItem(label, kind.value)
        self.task_type.setCurrentIndex(self.task_type.findData(project.default_task_type.value))
        self.effort_driven = QCheckBox("New tasks are effort driven")
        self.effort_driven.setChecked(project.new_tasks_effort_driven)
        self.effort_driven.setToolTip(
            "Adding people to a new task shares the work it has (the task gets shorter) "
            "instead of adding theirs. Tasks already in the plan keep their own setting."
        )
        self.honor_constraints = QCheckBox("Tasks will always honor their constraint dates")
        self.honor_constraints.setChecked(project.honor_constraints)
        self.honor_constraints.setToolTip(
            "On: a Must Start On or No Later Than date wins over the task's links. Off (as "
            "MS Project's Options > Schedule): the links win, the task moves after its "
            "predecessors and the date it misses shows as negative slack"
        )
        self.ev_baseline = ev_baseline_box(document.plan)
        self.ev_method = ev_method_box(project.ev_method)
        self.manager = QLineEdit(project.manager)
        self.manager.setToolTip("Who manages the project: the status report names them")
        self.author = QLineEdit(project.author)
        self.author.setToolTip("Who wrote the plan (MS Project's Author)")
        self.company = QLineEdit(project.company)

        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Start", self.start)
        form.addRow("", self.status_date)
        form.addRow("", self.current_date)
        form.addRow("Currency", self.currency)
        form.addRow("Currency symbol", self.currency_symbol)
        form.addRow("Symbol placement", self.currency_position)
        form.addRow("Decimal digits", self.currency_digits)
        form.addRow("Calendar", self.calendar)
        form.addRow("Public holidays", self.holidays)
        form.addRow("Hours per day", self.hours_per_day)
        form.addRow("Hours per week", self.hours_per_week)
        form.addRow("Duration is entered in", self.duration_unit)
        form.addRow("Work is entered in", self.work_unit)
        form.addRow("Default start time", self.default_start_time)
        form.addRow("Default end time", self.default_finish_time)
        form.addRow("Default task type", self.task_type)
        form.addRow("", self.effort_driven)
        form.addRow("", self.honor_constraints)
        form.addRow("Baseline for earned value", self.ev_baseline)
        form.addRow("Earned value method", self.ev_method)
        form.addRow("Manager", self.manager)
        form.addRow("Author", self.author)
        form.addRow("Company", self.company)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        buttons = ok_cancel(self)
        if document.read_only:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def _show_holidays(self) -> None:
        """The public holidays of the calendar just chosen, unless the user chose others."""
        if self.holidays.typed() != self._holidays_shown:
            return  # chosen: kept, for the calendar chosen
        self.holidays.show_calendar(self._chosen_calendar(), self.document.plan.calendars)
        self._holidays_shown = self.holidays.typed()

    def _chosen_calendar(self) -> Calendar:
        """The calendar chosen in the Calendar box (the project's when there is none)."""
        uid = self.calendar.currentData()
        return self.document.plan.calendar(None if uid is None else int(uid))

    def _show_positions(self) -> None:
        """Each placement as an example amount in the currency typed so far."""
        example = replace(
            self.document.plan.project,
            currency=self.currency.text().strip().upper(),
            currency_symbol=self.currency_symbol.text().strip(),
            currency_digits=self.currency_digits.value(),
        )
        for i in range(self.currency_position.count()):
            shown = replace(example, currency_symbol_position=SymbolPosition(i))
            self.currency_position.setItemText(i, money(shown, 1234.5))

    def project(self) -> Project:
        """The project settings as the dialog shows them; raises AppError for bad input."""
        name = self.name.text().strip()
        if not name:
            raise AppError("the project needs a name")
        currency = self.currency.text().strip().upper()
        symbol = self.currency_symbol.text().strip()
        check_currency(currency, symbol, self.currency_digits.value())
        day_start = _read_time(self.default_start_time)
        day_end = _read_time(self.default_finish_time)
        if day_start >= day_end:
            raise AppError(
                f"the default start time ({day_start:%H:%M}) must be before the default end "
                f"time ({day_end:%H:%M})"
            )
        self.start.at = day_start
        return replace(
            self.document.plan.project,
            name=name,
            start=self._start(day_start),
            status_date=self.status_date.value(),
            current_date=self.current_date.value(),
            currency=currency,
            currency_symbol=symbol,
            currency_symbol_position=SymbolPosition(self.currency_position.currentData()),
            currency_digits=self.currency_digits.value(),
            calendar_uid=int(self.calendar.currentData()),
            minutes_per_day=round(self.hours_per_day.value() * 60),
            minutes_per_week=round(self.hours_per_week.value() * 60),
            duration_unit=DurationUnit(self.duration_unit.currentData()),
            work_unit=DurationUnit(self.work_unit.currentData()),
            default_start_time=day_start,
            default_finish_time=day_end,
            default_task_type=TaskType(self.task_type.currentData()),
            new_tasks_effort_driven=self.effort_driven.isChecked(),
            honor_constraints=self.honor_constraints.isChecked(),
            ev_baseline=int(self.ev_baseline.currentData()),
            ev_method=EarnedValueMethod(self.ev_method.currentData()),
            manager=self.manager.text().strip(),
            author=self.author.text().strip(),
            company=self.company.text().strip(),
        )

    def _start(self, day_start: time) -> datetime:
        """The project start: at the new default start time when it stood at the old one
        and no time was typed (File > New's 08:00 follows a site's 07:00, as MS Project
        starts a project at its default start time)."""
        start = read_date(self.start)
        was = self.document.plan.project.default_start_time
        typed = bool(getattr(self.start, "time_set", False))
        if day_start != was and start.time() == was and not typed:
            return datetime.combine(start.date(), day_start)
        return start

    def command(self) -> PlanCommand | None:
        """The edit the dialog describes (None: nothing changed); raises AppError for bad input."""
        plan = self.document.plan
        project = self.project()
        parts: list[PlanCommand] = []
        if project != plan.project:
            parts.append(SetProjectCommand(self.document, project))
        calendar = plan.calendar(project.calendar_uid)
        changed = self.holidays.applied(calendar)  # refuses a place no list holds
        if changed != calendar:
            parts.append(PutCalendarCommand(self.document, changed, "Change public holidays"))
        if not parts:
            return None
        return CompositeCommand(self.document, "Change project information", parts)


def hours_per_day_note(before: int, after: int) -> str:
    """What the status bar says when Hours per day changed from ``before`` to ``after``
    minutes: durations and lags typed before keep their hours, so they read differently in
    days (MS Project does the same, and it catches everyone out); "" when unchanged."""
    if before == after or after <= 0:
        return ""
    days = f"{5 * before / after:.2f}".rstrip("0").rstrip(".")
    hours = f"{before / 60:g}"
    return (
        f"Hours per day {hours} -> {after / 60:g}: durations and lags typed before keep "
        f"their hours, so 5d now reads {days}d; retype one to keep its days"
    )
