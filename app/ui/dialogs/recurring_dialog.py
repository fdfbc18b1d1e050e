"""Recurring Task… (MS Project's Task > Task > Recurring Task): the pattern and its occurrences.

The dialog asks for a name, a duration, how often (daily, weekly on some days,
monthly on a day or the Nth weekday, yearly), from when and until when, and
what to do with an occurrence on a non-working day. :class:`RecurringTaskCommand`
inserts the recurring summary with one subtask per occurrence, or, opened again
from Task Information on that summary, makes its occurrences again: one undo step.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.calendar import Recurrence, RecurrenceKind
from app.domain.day_names import MONTH_NAMES, WEEKDAY_ABBR, WEEKDAY_NAMES
from app.domain.errors import AppError, InputError
from app.domain.notation import format_duration
from app.domain.plan import Plan
from app.domain.plural_words import counted, noun
from app.domain.quoting import MESSAGE_LIMIT, clipped
from app.domain.recurrence_remake import Remake, RemakeUndo, apply_remake, plan_remake, undo_remake
from app.domain.recurrence_tasks import (
    MAX_OCCURRENCES,
    NonWorkingOccurrence,
    TaskRecurrence,
    check_apart,
    describe,
    occurrence_dates,
    occurrence_tasks,
)
from app.domain.task import Task
from app.domain.worktime import WorkTime
from app.ui.commands import PlanCommand, execute, quoted
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel
from app.ui.dialogs.dates import day_edit, read_day
from app.ui.locale_durations import typed_duration

if TYPE_CHECKING:
    from app.ui.actions import ActionCollection, Layout
    from app.ui.document import Document
    from app.ui.main_window import MainWindow

_MESSAGE_MS = 8000
_ORDINALS = ("first", "second", "third", "fourth", "last")
_KINDS = ("Daily", "Weekly", "Monthly", "Yearly")
_UNITS = ("day", "week", "month", "year")


def work_time(plan: Plan) -> WorkTime:
    """Working time on the project calendar: where occurrences fall."""
    return WorkTime.for_calendar(plan.calendar(), plan.calendars)


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(min(max(value, low), high))
    return spin


def _combo(items: tuple[str, ...], index: int) -> QComboBox:
    box = QComboBox()
    box.addItems(list(items))
    box.setCurrentIndex(index)
    return box


def _row(*widgets: QWidget | str) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(QLabel(w) if isinstance(w, str) else w)
    layout.addStretch(1)
    return holder


class RecurringTaskDialog(QDialog):
    """MS Project's Recurring Task Information: name, duration, pattern, range."""

    def __init__(
        self,
        plan: Plan,
        name: str,
        rec: TaskRecurrence | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle("Recurring Task Information")
        start = rec.start if rec is not None else plan.project.start.date()
        rec = rec or TaskRecurrence(
            Recurrence(
                RecurrenceKind.WEEKLY,
                1,
                (start.weekday(),),
                day_of_month=start.day,
                week_of_month=min((start.day - 1) // 7 + 1, 4),
                weekday=start.weekday(),
                month=start.month,
                occurrences=10,
            ),
            start,
            duration_minutes=plan.project.minutes_per_day,
        )
        p = rec.pattern
        project = plan.project
        self.name = QLineEdit(name)
        self.duration = QLineEdit(
            format_duration(rec.duration_minutes, project, unit=rec.duration_unit)
        )
        kind = p.kind
        kind_index = {
            RecurrenceKind.DAILY: 0,
            RecurrenceKind.WEEKLY: 1,
            RecurrenceKind.MONTHLY_BY_DATE: 2,
            RecurrenceKind.MONTHLY_BY_WEEKDAY: 2,
            RecurrenceKind.YEARLY_BY_DATE: 3,
            RecurrenceKind.YEARLY_BY_WEEKDAY: 3,
        }[kind]
        self.kind = _combo(_KINDS, kind_index)
        self.every = _spin(1, 99, p.period)
        self.every_unit = QLabel()
        # Daily: every N days, or every N working days of the calendar (1: every weekday)
        self.day_unit = _combo(("days", "working days"), int(rec.working_days))
        self.weekdays = [QCheckBox(name) for name in WEEKDAY_ABBR]
        for d, box in enumerate(self.weekdays):
            box.setChecked(d in p.weekdays)
        self.by_date = QRadioButton("Day")
        self.day_of_month = _spin(1, 31, p.day_of_month)
        self.by_weekday = QRadioButton("The")
        self.ordinal = _combo(_ORDINALS, min(max(p.week_of_month, 1), 5) - 1)
        self.weekday = _combo(WEEKDAY_NAMES, p.weekday)
        group = QButtonGroup(self)
        group.addButton(self.by_date)
        group.addButton(self.by_weekday)
        by_weekday = kind in (RecurrenceKind.MONTHLY_BY_WEEKDAY, RecurrenceKind.YEARLY_BY_WEEKDAY)
        (self.by_weekday if by_weekday else self.by_date).setChecked(True)
        self.month = _combo(MONTH_NAMES, p.month - 1)
        self.start = day_edit(rec.start)
        self.end_after = QRadioButton("End after")
        self.count = _spin(1, MAX_OCCURRENCES, p.occurrences or 10)
        self.end_by = QRadioButton("End by")
        self.until = day_edit(rec.end or rec.start)
        ends = QButtonGroup(self)
        ends.addButton(self.end_after)
        ends.addButton(self.end_by)
        (self.end_by if rec.end is not None else self.end_after).setChecked(True)
        self.non_working = QComboBox()
        self.non_working.addItem("Move to the next working day", NonWorkingOccurrence.MOVE.value)
        self.non_working.addItem("Skip that occurrence", NonWorkingOccurrence.SKIP.value)
        self.non_working.setCurrentIndex(self.non_working.findData(rec.non_working.value))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")

        # Named for screen readers: these fields sit in rows with no label of their own.
        for widget, name in (
            (self.day_unit, "Every: days or working days"),
            (self.day_of_month, "Day of the month"),
            (self.ordinal, "Which week of the month"),
            (self.weekday, "Day of the week"),
            (self.month, "Month"),
            (self.count, "Occurrences"),
            (self.until, "End by date"),
        ):
            widget.setAccessibleName(name)
        self._weekly_row = _row(*self.weekdays)
        self._day_row = _row(self.by_date, self.day_of_month)
        self._weekday_row = _row(self.by_weekday, self.ordinal, self.weekday)
        self._month_row = _row("of", self.month)
        form = self._form = QFormLayout()
        form.addRow("Task name", self.name)
        form.addRow("Duration", self.duration)
        form.addRow("Repeats", self.kind)
        form.addRow("Every", _row(self.every, self.every_unit, self.day_unit))
        form.addRow("On", self._weekly_row)
        form.addRow("", self._day_row)
        form.addRow("", self._weekday_row)
        form.addRow("", self._month_row)
        form.addRow("Start", self.start)
        self.count_unit = QLabel()  # 'End after 1 occurrence', '… 10 occurrences'
        form.addRow("", _row(self.end_after, self.count, self.count_unit))
        form.addRow("", _row(self.end_by, self.until))
        form.addRow("Non-working days", self.non_working)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self.kind.currentIndexChanged.connect(self._show_kind)
        self.every.valueChanged.connect(self._show_units)
        self.count.valueChanged.connect(self._show_units)
        for signal in (
            self.kind.currentIndexChanged,
            self.every.valueChanged,
            self.day_unit.currentIndexChanged,
            self.day_of_month.valueChanged,
            self.ordinal.currentIndexChanged,
            self.weekday.currentIndexChanged,
            self.month.currentIndexChanged,
            self.start.dateChanged,
            self.count.valueChanged,
            self.until.dateChanged,
            self.non_working.currentIndexChanged,
            self.by_date.toggled,
            self.end_after.toggled,
            self.duration.textChanged,
        ):
            signal.connect(self._show_preview)
        for box in self.weekdays:
            box.toggled.connect(self._show_preview)
        self._show_kind()
        self._show_preview()
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def show_read_only(self) -> None:
        """Show the pattern of a plan open read-only: OK switched off, as Task Information."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.setWindowTitle("Recurring Task Information (read-only)")

    def _show_kind(self) -> None:
        index = self.kind.currentIndex()
        self._show_units()
        self.every_unit.setVisible(index != 0)
        self.day_unit.setVisible(index == 0)
        form = self._form
        form.setRowVisible(self._weekly_row, index == 1)
        form.setRowVisible(self._day_row, index >= 2)
        form.setRowVisible(self._weekday_row, index >= 2)
        form.setRowVisible(self._month_row, index == 3)
        self.adjustSize()

    def _show_units(self) -> None:
        """'Every 1 week', 'Every 2 weeks': the unit follows the number."""
        n = self.every.value()
        self.every_unit.setText(noun(n, _UNITS[self.kind.currentIndex()]))
        for i, word in enumerate(("day", "working day")):
            self.day_unit.setItemText(i, noun(n, word))
        self.count_unit.setText(noun(self.count.value(), "occurrence"))

    def recurrence(self) -> TaskRecurrence:
        """The pattern the dialog shows; raises InputError for a bad duration."""
        index = self.kind.currentIndex()
        by_weekday = self.by_weekday.isChecked()
        kind = [
            RecurrenceKind.DAILY,
            RecurrenceKind.WEEKLY,
            RecurrenceKind.MONTHLY_BY_WEEKDAY if by_weekday else RecurrenceKind.MONTHLY_BY_DATE,
            RecurrenceKind.YEARLY_BY_WEEKDAY if by_weekday else RecurrenceKind.YEARLY_BY_DATE,
        ][index]
        counted = self.end_after.isChecked()
        pattern = Recurrence(
            kind,
            self.every.value(),
            tuple(d for d, box in enumerate(self.weekdays) if box.isChecked()),
            self.day_of_month.value(),
            self.ordinal.currentIndex() + 1,
            self.weekday.currentIndex(),
            self.month.currentIndex() + 1,
            self.count.value() if counted else None,
        )
        duration = typed_duration(self.duration.text(), self.plan.project)
        if duration.elapsed:
            raise InputError("an occurrence's duration is working time, not elapsed time")
        return TaskRecurrence(
            pattern,
            read_day(self.start),
            None if counted else read_day(self.until),
            duration.minutes,
            duration.unit,
            NonWorkingOccurrence(self.non_working.currentData()),
            working_days=index == 0 and self.day_unit.currentIndex() == 1,
        )

    def task_name(self) -> str:
        """The name typed; raises InputError when empty."""
        name = self.name.text().strip()
        if not name:
            raise InputError("the recurring task needs a name")
        return name

    def _days(self, rec: TaskRecurrence) -> list[date]:
        """The occurrences' days; InputError for a bad pattern or occurrences that overlap."""
        wt = work_time(self.plan)
        days = occurrence_dates(rec, wt)
        check_apart(rec, days, wt, self.plan.project)
        return days

    def _show_preview(self) -> None:
        try:
            rec = self.recurrence()
            days = self._days(rec)
        except AppError as exc:
            self.preview.setText("")
            self.error.setText(str(exc))
            return
        self.error.setText("")
        first, last = days[0], days[-1]
        skipped = _skipped(rec, len(days), work_time(self.plan))
        self.preview.setText(
            f"{counted(len(days), 'occurrence')}{skipped}, {describe(rec)}: "
            f"{first:%a %Y-%m-%d} to {last:%a %Y-%m-%d}. Each is a subtask that "
            "starts no earlier than its date."
        )

    def accept(self) -> None:
        """Close only on a pattern that makes occurrences."""
        try:
            self.task_name()
            self._days(self.recurrence())
        except AppError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, plan: Plan, name: str, rec: TaskRecurrence | None
    ) -> tuple[str, TaskRecurrence] | None:
        """The name and pattern chosen, or None; tests monkeypatch this."""
        dialog = cls(plan, name, rec, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.task_name(), dialog.recurrence()


class RecurringTaskCommand(PlanCommand):
    """Insert a recurring task before row ``index`` at ``level``, or (``uid`` given) make the
    occurrences of an existing one again from a changed pattern.

    The occurrences are built here, so a pattern that makes none raises InputError
    before anything changes. As in MS Project, an occurrence the new pattern still
    makes stays, with its UID, notes, links and people (and its name if renamed:
    app.domain.recurrence_remake); only those on dates the pattern no longer makes are
    dropped with their links (undo brings them back). The people on every old
    occurrence go on every new one, their work following the new duration, and
    someone on one meeting only stays on the new meeting of that day.
    """

    def __init__(
        self,
        document: Document,
        name: str,
        rec: TaskRecurrence,
        *,
        index: int = 0,
        level: int = 1,
        uid: int | None = None,
    ) -> None:
        plan = document.plan
        verb = "Insert" if uid is None else "Change"
        super().__init__(document, f"{verb} recurring task {quoted(name)}")
        self.name = name
        self.rec = rec
        self.index = index
        self._new = uid is None
        self.uid = uid if uid is not None else plan.next_task_uid()
        start_time = plan.project.default_start_time
        self.summary = Task(self.uid, name, level)
        self.dropped_links: list[str] = []  # "Steering 3 -> Go-live": said once remade
        self.remake: Remake | None = None
        if uid is None:
            self.occurrences = occurrence_tasks(
                rec, name, plan.next_task_uid() + 1, level + 1, start_time, work_time(plan)
            )
        else:
            # occurrences the new pattern still makes stay (uid, name, notes, links, people)
            self.remake = plan_remake(plan, uid, name, rec, start_time, work_time(plan))
            self.occurrences = list(self.remake.occurrences)
            self.dropped_links = _links_touching(plan, set(self.remake.removed))
        self._undo_remake: RemakeUndo | None = None

    def _redo(self) -> None:
        plan = self.document.plan
        if self._new:
            plan.insert_tasks(self.index, [self.summary, *self.occurrences])
            plan.set_recurrence(self.uid, self.rec)
            return
        # the occurrences only: a task the user put under the recurring task stays
        assert self.remake is not None
        self._undo_remake = apply_remake(plan, self.remake, self.rec)

    def _undo(self) -> None:
        plan = self.document.plan
        if self._new:
            plan.remove_tasks([self.uid])  # its pattern goes with it
            return
        assert self.remake is not None
        assert self._undo_remake is not None
        undo_remake(plan, self.remake, self._undo_remake)


def _skipped(rec: TaskRecurrence, made: int, wt: WorkTime) -> str:
    """' (2 dates on a non-working day skipped)' when the pattern's dates make fewer
    occurrences than there are dates ("4 times" making 3 reads as a contradiction)."""
    if rec.non_working is not NonWorkingOccurrence.SKIP:
        return ""
    try:
        dates = len(occurrence_dates(replace(rec, non_working=NonWorkingOccurrence.MOVE), wt))
    except AppError:
        return ""
    gone = dates - made
    if gone <= 0:
        return ""
    return f" ({counted(gone, 'date')} on a non-working day skipped)"


def _links_touching(plan: Plan, uids: set[int]) -> list[str]:
    """The links into or out of these tasks, as "Steering 3 -> Go-live"."""
    return [
        f"{plan.task(lk.predecessor).name} -> {plan.task(lk.successor).name}"
        for lk in plan.links
        if lk.predecessor in uids or lk.successor in uids
    ]


def _report(window: MainWindow, command: RecurringTaskCommand) -> None:
    count = len(command.occurrences)
    said = f"Recurring task {quoted(command.name)}: {counted(count, 'occurrence')}, {describe(command.rec)}"
    dropped = command.dropped_links
    if dropped:  # the occurrences were made again: their links did not come along
        links = counted(len(dropped), "link")
        shown = ", ".join(dropped[:3]) + (", …" if len(dropped) > 3 else "")
        said += f"; {links} of the old occurrences dropped ({shown}); undo brings them back"
    window.statusBar().showMessage(clipped(said, MESSAGE_LIMIT), _MESSAGE_MS)


def insert_recurring_task(window: MainWindow) -> None:
    """Edit > Recurring Task…: ask, then insert the summary and its occurrences above the
    current row (at the end on the empty last row), as one undoable step."""
    document = window.document
    plan = document.plan
    chosen = RecurringTaskDialog.ask(window, plan, "", None)
    if chosen is None:
        return
    name, rec = chosen
    current = window.tree.current_uid()
    if current is None:
        index, level = len(plan.tasks), window.model.blank_level()
    else:
        index, level = plan.index_of(current), plan.task(current).outline_level
    try:
        command = RecurringTaskCommand(document, name, rec, index=index, level=level)
        execute(document, command)
    except AppError as exc:
        window.show_error(str(exc))
        return
    window.tree.select_uids([command.uid])
    _report(window, command)


def edit_recurring_task(window: MainWindow, uid: int) -> None:
    """Task Information on a recurring summary: its pattern, changed as one undoable step."""
    document = window.document
    plan = document.plan
    if document.read_only:
        dialog = RecurringTaskDialog(plan, plan.task(uid).name, plan.recurrences[uid], window)
        dialog.show_read_only()
        dialog.exec()
        return
    chosen = RecurringTaskDialog.ask(window, plan, plan.task(uid).name, plan.recurrences[uid])
    if chosen is None:
        return
    name, rec = chosen
    if name == plan.task(uid).name and rec == plan.recurrences[uid]:
        return  # nothing changed: no empty undo step
    try:
        command = RecurringTaskCommand(document, name, rec, uid=uid)
        execute(document, command)
    except AppError as exc:
        window.show_error(str(exc))
        return
    _report(window, command)


def add_recurring_action(window: MainWindow, actions: ActionCollection) -> Layout:
    """The Edit menu's Recurring Task… action, beside Insert Task."""
    actions.add(
        "recurring_task",
        "Recurring Tas&k…",
        lambda: insert_recurring_task(window),
        tip="A task that repeats: one subtask per occurrence",
        editing=True,
    )
    return ["recurring_task"]
