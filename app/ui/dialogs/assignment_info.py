"""Assignment Information (MS Project's dialog of one person on one task).

Work, actual work, overtime work, actual overtime work, units, work contour, delay and notes
are typed here; start, finish and cost are shown. OK applies what changed as one undo step (:class:`AssignmentInfoCommand`):
the task's duration, the person's units or the work follow the task type, as they do
in MS Project; the person's actual work then sets the task's progress
(app/ui/actual_work_command.py). Opened by double-clicking an assignment in the Team view's list
or in the Usage view (:func:`open_assignment_info`).
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.assignment_dates import assignment_dates
from app.domain.assignment_delay import delay_text, read_typed_delay
from app.domain.contours import WorkContour
from app.domain.cost_pricing import actual_overtime_minutes
from app.domain.errors import InputError
from app.domain.notation import format_work
from app.domain.overtime_work import FIELD
from app.domain.quoting import quoted
from app.domain.resource import Assignment, ResourceType
from app.domain.span_limit import SPAN_SAID, span_limit
from app.domain.task import DurationUnit
from app.domain.typed_money import read_typed_money
from app.report.locale_dates import local_date
from app.ui.actual_overtime_command import (
    ACTUAL_OVERTIME,
    ACTUAL_OVERTIME_BLANK,
    actual_overtime_command,
)
from app.ui.actual_work_command import assignment_actual_work_command, read_actual_work
from app.ui.assignment_delay_command import AssignmentDelayCommand
from app.ui.budget.money import money
from app.ui.commands import PlanCommand, one_step
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel
from app.ui.dialogs.command_dialog import CommandDialog
from app.ui.document import Document
from app.ui.locale_durations import typed_marks, typed_work
from app.ui.models.task_model_overtime import (
    OVERTIME_BLANK,
    OVERTIME_TIP,
    assignment_overtime_command,
)
from app.ui.remaining_work_command import BLANK as REMAINING_BLANK
from app.ui.remaining_work_command import assignment_remaining_work_command
from app.ui.team.commands import AssignmentInfoCommand, EditAssignmentCommand

_PERCENT = re.compile(r"^\s*([-+]?\d+(?:[.,]\d+)?)\s*%?\s*$")
# Control characters no plan file holds (MS Project XML refuses them: a plan saved with one
# could not be opened again); a vertical tab (PowerPoint's break within a paragraph), form
# feed or Unicode line separator stays a line break.
_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")


def units_text(units: float) -> str:
    """Units as the dialog shows them: ``50%``, ``125%``."""
    return f"{units * 100:.2f}".rstrip("0").rstrip(".") + "%"


def clean_notes(text: str) -> str:
    """Notes as typed or pasted, every kind of line break made a plain one, without the
    control characters a file cannot hold (tabs kept)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", _BREAKS.sub("\n", text))


def read_units(text: str) -> float:
    """``50%`` or ``50`` -> 0.5; InputError naming the field otherwise (and for 0% or less)."""
    m = _PERCENT.match(text)
    if m is None:
        raise InputError(f"Units: {quoted(text.strip())} is not a percentage such as 50%")
    units = float(m.group(1).replace(",", ".")) / 100.0
    if units <= 0:  # the other refusals name the field too; 0% is Remove from task
        raise InputError(f"Units: {quoted(text.strip())} must be more than 0%")
    return units


class AssignmentInfoDialog(CommandDialog):
    """One assignment's work, units, contour and notes (typed) with its dates and cost (shown)."""

    def __init__(self, document: Document, assignment_uid: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.uid = assignment_uid
        plan = document.plan
        a = plan.assignment(assignment_uid)
        res = plan.resource(a.resource_uid)
        task = plan.task(a.task_uid)
        self.setWindowTitle(f"Assignment Information — {res.name} on {task.name}")
        self.setObjectName("assignment_info")
        self.setMinimumWidth(380)
        person = res.type is ResourceType.WORK
        leaf = not plan.is_summary(task.uid)
        writable = not document.read_only
        project = plan.project

        shown = document.costs.assignments.get(a.uid)
        # the work the person plans: duration x units when none was typed (it read 0h)
        work = shown.work_minutes if shown and not a.work_minutes else a.work_minutes
        self.work = QLineEdit(format_work(work, project) if person else "")
        self.work.setEnabled(writable and person and leaf)
        done = shown.actual_work_minutes if shown and person else 0
        self.actual_work = QLineEdit(format_work(done, project) if person else "")
        self.actual_work.setEnabled(writable and person and leaf)
        self.actual_work.setToolTip(
            "The work this person has done on the task (MS Project's Actual Work)"
        )
        # MS Project's Remaining Work: typed, the work becomes actual work + it
        self.remaining_work = QLineEdit(format_work(max(0, work - done), project) if person else "")
        self.remaining_work.setObjectName("assignment_info_remaining_work")
        self.remaining_work.setEnabled(writable and person and leaf)
        self.remaining_work.setToolTip(
            "The work this person still has to do (MS Project's Remaining Work): "
            "typed, their work becomes their actual work + it"
        )
        # MS Project's Overtime Work: part of the work; only the rest is laid at the units
        overtime = format_work(a.overtime_work_minutes, project) if person else ""
        self.overtime = QLineEdit(overtime)
        self.overtime.setEnabled(writable and person and leaf)
        self.overtime.setToolTip(OVERTIME_TIP)
        # MS Project's Actual Overtime Work: the overtime done, paid at the overtime rate
        done_overtime = round(actual_overtime_minutes(a, done, work)) if person else 0
        self.actual_overtime = QLineEdit(format_work(done_overtime, project) if person else "")
        self.actual_overtime.setObjectName("assignment_info_actual_overtime")
        self.actual_overtime.setEnabled(writable and person and leaf)
        self.actual_overtime.setToolTip(
            "The overtime work done (MS Project's Actual Overtime Work), part of the actual "
            "work and paid at the overtime rate; 0h: the overtime in proportion to the work done"
        )
        self.units = QLineEdit(units_text(a.units) if person else f"{a.units:g}")
        self.units.setEnabled(writable and person and leaf)
        self.contour = QComboBox()
        for contour in WorkContour:
            self.contour.addItem(contour.label, contour)
        self.contour.setCurrentIndex(list(WorkContour).index(a.contour))
        self.contour.setEnabled(writable and leaf and res.type is not ResourceType.COST)
        self.contour.setToolTip(
            "How the work is spread over the assignment: ten equal parts, each a share "
            "of the peak units (Units). 'Contoured' is kept from MS Project and laid out flat."
        )
        # MS Project's Delay: how long after the task's start this person begins
        self.delay = QLineEdit(delay_text(a, project))
        self.delay.setObjectName("assignment_info_delay")
        self.delay.setEnabled(writable and leaf and not task.milestone)
        self.delay.setToolTip(
            "How long after the task's start this person begins (2d, 4h; 1ed: around the "
            "clock). The task lasts until its latest person is done."
        )
        dates = assignment_dates(plan, document.schedule, [a.uid]).get(a.uid)
        self.start = QLabel(local_date(dates[0], clock=True) if dates else "")
        self.finish = QLabel(local_date(dates[1], clock=True) if dates else "")
        # a cost item's Cost is typed here, as MS Project's Assignment Information takes it
        cost_text = money(project, shown.cost) if shown else ""
        self.cost: QLabel | QLineEdit = QLabel(cost_text)
        if res.type is ResourceType.COST:
            self.cost = QLineEdit(cost_text)
            self.cost.setObjectName("assignment_info_cost")
            self.cost.setEnabled(writable and leaf)
            self.cost.setToolTip(f"What {res.name} costs on this task (45000, 45,000.00)")
        # MS Project's assignment Baseline Work and Cost: Set Baseline's, shown, never typed
        base = plan.baselines.get(0)
        saved = base.assignment_entry(a.uid) if base is not None else None
        self.baseline_work = QLabel(format_work(saved.work_minutes, project) if saved else "NA")
        self.baseline_work.setObjectName("assignment_info_baseline_work")
        self.baseline_cost = QLabel(money(project, saved.cost) if saved else "NA")
        self.baseline_cost.setObjectName("assignment_info_baseline_cost")
        self.notes = QPlainTextEdit(a.notes)
        self.notes.setPlaceholderText("Notes on this person's work on this task")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.notes.setReadOnly(not writable)
        self.error = QLabel()
        self.error.setObjectName("assignment_info_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")

        form = QFormLayout()
        form.addRow("Task", QLabel(task.name))
        form.addRow("Resource", QLabel(res.name))
        form.addRow("Work", self.work)
        form.addRow("Actual work", self.actual_work)
        form.addRow("Remaining work", self.remaining_work)
        form.addRow("Overtime work", self.overtime)
        form.addRow("Actual overtime work", self.actual_overtime)
        form.addRow("Units" if person else "Units (quantity)", self.units)
        form.addRow("Work contour", self.contour)
        form.addRow("Delay", self.delay)
        form.addRow("Start", self.start)
        form.addRow("Finish", self.finish)
        form.addRow("Cost", self.cost)
        form.addRow("Baseline work", self.baseline_work)
        form.addRow("Baseline cost", self.baseline_cost)
        form.addRow("Notes", self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        self._shown = (self.work.text(), self.units.text(), a.contour)
        self._actual_shown = self.actual_work.text()
        self._remaining_shown = self.remaining_work.text()
        self._overtime_shown = self.overtime.text()
        self._actual_overtime_shown = self.actual_overtime.text()
        self._delay_shown = self.delay.text()
        self._cost_shown = self.cost.text()
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def _assignment(self) -> Assignment:
        return self.document.plan.assignment(self.uid)

    def command(self) -> PlanCommand | None:
        """What changed as one undo step; None when nothing did (InputError names a field)."""
        a = self._assignment()
        work_text, units_shown, contour_shown = self._shown
        units: float | None = None
        work: int | None = None
        if self.units.isEnabled() and self.units.text().strip() != units_shown:
            units = read_units(self.units.text())
            if abs(units - a.units) < 1e-9:
                units = None
        if self.work.isEnabled() and self.work.text().strip() != work_text:
            try:
                typed = typed_work(self.work.text(), self.document.plan.project)
            except InputError as exc:
                raise InputError(f"Work: {exc}") from None
            if typed.elapsed:
                raise InputError(f"Work: {quoted(self.work.text().strip())} is elapsed time")
            work = None if typed.minutes == a.work_minutes else typed.minutes
        self._check_span(a, units, work)
        delay: tuple[int, bool, DurationUnit | None] | None = None
        if self.delay.isEnabled() and self.delay.text().strip() != self._delay_shown:
            delay = read_typed_delay(self.delay.text(), self.document.plan.project)
            same = delay == (a.delay_minutes, a.delay_elapsed, a.delay_unit)
            if same or delay[0] == a.delay_minutes == 0:
                delay = None
        chosen = self.contour.currentData()
        contour = chosen if chosen is not contour_shown else None
        typed_notes = clean_notes(self.notes.toPlainText())
        notes = typed_notes if typed_notes != a.notes else None
        parts: list[PlanCommand] = []
        if any(v is not None for v in (units, work, contour, notes)):
            parts.append(
                AssignmentInfoCommand(
                    self.document,
                    self.uid,
                    units=units,
                    work_minutes=work,
                    contour=contour,
                    notes=notes,
                )
            )
        typed_done = self.actual_work.text()
        done: int | None = None
        if self.actual_work.isEnabled() and typed_done.strip() != self._actual_shown:
            done = read_actual_work(typed_done, self.document, "Actual work")
            parts.append(assignment_actual_work_command(self.document, self.uid, done))
        typed_left = self.remaining_work.text()
        if self.remaining_work.isEnabled() and typed_left.strip() != self._remaining_shown:
            if work is not None:
                raise InputError(
                    "Remaining work: type the Work or the Remaining work, not both "
                    "(the work is the actual work + the remaining work)"
                )
            left = read_actual_work(typed_left, self.document, "Remaining work", REMAINING_BLANK)
            parts.append(assignment_remaining_work_command(self.document, self.uid, left))
        typed_extra = self.actual_overtime.text()
        if self.actual_overtime.isEnabled() and typed_extra.strip() != self._actual_overtime_shown:
            extra = read_actual_work(
                typed_extra, self.document, ACTUAL_OVERTIME, ACTUAL_OVERTIME_BLANK
            )
            parts.append(actual_overtime_command(self.document, self.uid, extra, done))
        typed_overtime = self.overtime.text()
        if self.overtime.isEnabled() and typed_overtime.strip() != self._overtime_shown:
            extra = read_actual_work(typed_overtime, self.document, FIELD, OVERTIME_BLANK)
            found = assignment_overtime_command(self.document, self.uid, extra, work)
            parts += [found] if found is not None else []
        typed_cost = self.cost.text()
        if isinstance(self.cost, QLineEdit) and typed_cost.strip() != self._cost_shown.strip():
            amount = read_cost(self.document, typed_cost)
            if abs(amount - a.cost) >= 0.005:
                name = self.document.plan.resource(a.resource_uid).name
                what = (
                    f"Cost of {quoted(name)} on {quoted(self.document.plan.task(a.task_uid).name)}"
                )
                parts.append(EditAssignmentCommand(self.document, self.uid, what, cost=amount))
        if delay is not None:  # last: the task stretches for the work as typed above
            parts.append(AssignmentDelayCommand(self.document, self.uid, *delay))
        self.last_command = None
        if parts:
            self.last_command = one_step(self.document, parts[0].text(), parts)
        return self.last_command

    def _check_span(self, a: Assignment, units: float | None, work: int | None) -> None:
        """InputError naming Work or Units when the person would work longer than the plan's
        working time over the years Gantry schedules (app.domain.span_limit): 99999999999h of
        work or 0.0001% units gave "calendar 'Standard': dates too far apart to schedule",
        naming neither."""
        if units is None and work is None:
            return
        project = self.document.plan.project
        limit = span_limit(project)
        shown = format_work(limit, project)
        if work is not None and work > limit:
            raise InputError(
                f"Work: {quoted(self.work.text().strip())} is more than {shown}, {SPAN_SAID}"
            )
        rate = a.units if units is None else units
        spread = (a.work_minutes if work is None else work) / rate if rate > 0 else 0.0
        if spread > limit:
            field, text = (
                ("Units", self.units.text()) if units is not None else ("Work", self.work.text())
            )
            raise InputError(
                f"{field}: {quoted(text.strip())} would spread the work over more than {SPAN_SAID}"
            )

    # The command OK ran last (None: nothing changed): whether the dialog edited anything.
    last_command: PlanCommand | None = None

    @classmethod
    def ask(cls, document: Document, assignment_uid: int, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when OK changed the assignment (tests replace this)."""
        dialog = cls(document, assignment_uid, parent)
        return bool(dialog.exec()) and dialog.last_command is not None


def read_cost(document: Document, text: str) -> float:
    """A cost item's amount typed in Cost, read as Fixed Cost reads money (the locale's
    marks, an unclear amount refused); InputError naming Cost."""
    project = document.plan.project
    symbols = (project.currency_symbol, project.currency)
    amount = read_typed_money(text, symbols, typed_marks(), "Cost", project.currency_digits)
    if amount < 0:
        raise InputError(f"Cost: {quoted(text.strip())} is negative; a cost cannot be")
    return amount


def open_assignment_info(document: Document, assignment_uid: int, parent: QWidget) -> bool:
    """MS Project's Assignment Information for one assignment; True if OK changed it."""
    return AssignmentInfoDialog.ask(document, assignment_uid, parent)
