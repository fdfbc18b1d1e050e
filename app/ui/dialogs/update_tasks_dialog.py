"""Update Tasks (MS Project's Task > Mark on Track > Update Tasks): the selected tasks' progress.

% Complete, Actual and Remaining Duration, Actual Start and Finish, each kept
consistent with the others by the rules typed edits follow in the sheet
(app/domain/tracking_edits.py). OK applies what was changed as one undoable
step; the fields are taken in the dialog's order (actual start, % complete,
actual duration, remaining duration, actual finish), each on the task as the
ones before it left it.

With several tasks selected the fields open blank, as in MS Project: what is
typed (a % complete, a duration, an actual date ticked) is applied to each
task by the same rules, and a field left blank leaves each task's own value.
Summaries among them are left to their subtasks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AppError
from app.domain.notation import Duration, format_duration
from app.domain.percent_shown import shown_percent
from app.domain.task import Task
from app.domain.tracking import cleared_actual_finish, typed_progress
from app.domain.tracking_edits import (
    UPDATE_TASKS_FIELDS,
    actual_duration,
    typed_actual_duration,
    typed_actual_finish,
    typed_actual_start,
    typed_remaining_duration,
    typed_span,
)
from app.report.locale_dates import local_date
from app.report.locale_numbers import local_figure, locale_marks
from app.ui.commands import EditTaskCommand, PlanCommand, quoted
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import error_label, ok_cancel
from app.ui.dialogs.command_dialog import CommandDialog
from app.ui.dialogs.dates import OptionalDate
from app.ui.document import Document
from app.ui.locale_durations import typed_duration
from app.ui.mark_on_track import tasks_fields_command
from app.ui.models.task_date_edits import task_worktime

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class UpdateTasksDialog(CommandDialog):
    """The progress fields of one task (or of several, blank), as MS Project's Update Tasks
    shows them."""

    def __init__(
        self, document: Document, uid: int | Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        uids = [uid] if isinstance(uid, int) else list(uid)
        self.uids = uids
        self.uid = uids[0]
        self.setWindowTitle("Update Tasks")
        if len(uids) > 1:
            self._build_several(uids)
            give_access_keys(self)
            return
        plan = document.plan
        task = plan.task(self.uid)
        times = document.schedule.get(self.uid)
        start = times.start if times else (task.start or plan.project.start)
        finish = times.finish if times else (task.finish or start)

        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix("%")
        self.percent.setValue(shown_percent(task.percent_complete))
        self._actual_text = self._duration(task, actual_duration(task))
        self._remaining_text = self._duration(task, task.duration_minutes - actual_duration(task))
        self.actual_duration = QLineEdit(self._actual_text)
        self.remaining_duration = QLineEdit(self._remaining_text)
        project = plan.project
        # a new day given without a time reads at the project's default times, as the
        # sheet's cells and MS Project take it (dates.date_edit's ``at``)
        self.actual_start = OptionalDate(
            "Start", task.actual_start, start, at=project.default_start_time
        )
        self.actual_finish = OptionalDate(
            "Finish", task.actual_finish, finish, at=project.default_finish_time
        )

        top = QFormLayout()
        top.addRow("Name", QLabel(task.name))
        top.addRow("Duration", QLabel(self._duration(task, task.duration_minutes)))
        top.addRow("% Complete", self.percent)
        top.addRow("Actual dur", self.actual_duration)
        top.addRow("Remaining dur", self.remaining_duration)
        actual = QGroupBox("Actual")
        actual_box = QVBoxLayout(actual)
        actual_box.addWidget(self.actual_start)
        actual_box.addWidget(self.actual_finish)
        current = QGroupBox("Current")
        current_form = QFormLayout(current)
        current_form.addRow("Start", QLabel(local_date(start)))
        current_form.addRow("Finish", QLabel(local_date(finish)))
        dates = QHBoxLayout()
        dates.addWidget(actual, 3)
        dates.addWidget(current, 2)

        self.error = error_label()
        buttons = ok_cancel(self, read_only=document.read_only)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(dates)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.percent.setFocus()
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def _build_several(self, uids: list[int]) -> None:
        """The blank fields of several tasks: what is typed goes to each."""
        plan = self.document.plan
        schedule = self.document.schedule
        starts = [t.start for u in uids if (t := schedule.get(u)) is not None]
        finishes = [t.finish for u in uids if (t := schedule.get(u)) is not None]
        start = min(starts) if starts else plan.project.start
        finish = max(finishes) if finishes else start
        self.percent = QSpinBox()
        self.percent.setRange(-1, 100)
        self.percent.setSuffix("%")
        self.percent.setSpecialValueText(" ")  # -1: blank, each task keeps its own
        self.percent.setValue(-1)
        self._actual_text = self._remaining_text = ""
        self.actual_duration = QLineEdit()
        self.remaining_duration = QLineEdit()
        for edit in (self.actual_duration, self.remaining_duration):
            edit.setPlaceholderText("each task's own")
        project = plan.project
        self.actual_start = OptionalDate("Start", None, start, at=project.default_start_time)
        self.actual_finish = OptionalDate("Finish", None, finish, at=project.default_finish_time)
        top = QFormLayout()
        top.addRow("Tasks", QLabel(f"{len(uids)} tasks selected"))
        top.addRow("% Complete", self.percent)
        top.addRow("Actual dur", self.actual_duration)
        top.addRow("Remaining dur", self.remaining_duration)
        actual = QGroupBox("Actual (ticked: set on each task)")
        actual_box = QVBoxLayout(actual)
        actual_box.addWidget(self.actual_start)
        actual_box.addWidget(self.actual_finish)
        self.error = error_label()
        buttons = ok_cancel(self, read_only=self.document.read_only)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(actual)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.percent.setFocus()

    def _duration(self, task: Task, minutes: int) -> str:
        project = self.document.plan.project
        shown = format_duration(minutes, project, task.elapsed, False, task.duration_unit)
        return local_figure(shown, locale_marks())  # the sheet's marks: 0,42w in German

    def _typed(self, edit: QLineEdit, what: str) -> Duration:
        text = edit.text().strip()
        if not text:
            raise AppError(f"type the {what} (0d for none)")
        return typed_duration(text, self.document.plan.project)

    def command(self) -> PlanCommand | None:
        """The edit the dialog describes (None: nothing changed); raises AppError for bad input."""
        if len(self.uids) > 1:
            return self._several_command()
        plan = self.document.plan
        original = plan.task(self.uid)
        times = self.document.schedule.get(self.uid)
        worktime = task_worktime(plan, original)
        task = original

        def take(fields: dict[str, Any]) -> None:
            nonlocal task
            task = replace(task, **fields)

        start = self.actual_start.value()
        if start != _to_minute(original.actual_start):
            take(
                typed_progress(task, times, 0.0)
                if start is None
                else typed_actual_start(task, start, worktime)
            )
        if self.percent.value() != shown_percent(original.percent_complete):
            take(typed_progress(task, times, float(self.percent.value())))
        if self.actual_duration.text().strip() != self._actual_text:
            done = typed_span(task, self._typed(self.actual_duration, _DONE), _DONE)
            take(typed_actual_duration(task, times, done, worktime))
        if self.remaining_duration.text().strip() != self._remaining_text:
            left = typed_span(task, self._typed(self.remaining_duration, _LEFT), _LEFT)
            take(typed_remaining_duration(task, times, left, worktime))
        finish = self.actual_finish.value()
        if finish != _to_minute(original.actual_finish):
            if finish is not None:
                take(typed_actual_finish(task, times, finish, worktime))
            else:  # started, no work known done (as in the sheet)
                take(cleared_actual_finish(task, times))
        changed = {
            name: getattr(task, name)
            for name in UPDATE_TASKS_FIELDS
            if getattr(task, name) != getattr(original, name)
        }
        if not changed:
            return None
        return EditTaskCommand(
            self.document, self.uid, f"Update task {quoted(original.name)}", **changed
        )

    def _several_command(self) -> PlanCommand | None:
        """Each task's changes from the fields typed, as one step (None: nothing typed)."""
        percent = self.percent.value()
        done = left = None
        if self.actual_duration.text().strip():
            done = self._typed(self.actual_duration, _DONE)
        if self.remaining_duration.text().strip():
            left = self._typed(self.remaining_duration, _LEFT)
        start, finish = self.actual_start.value(), self.actual_finish.value()
        plan = self.document.plan
        changes: dict[int, dict[str, Any]] = {}
        for uid in self.uids:
            original = task = plan.task(uid)
            times = self.document.schedule.get(uid)
            worktime = task_worktime(plan, task)
            if start is not None:
                task = replace(task, **typed_actual_start(task, start, worktime))
            if percent >= 0:
                task = replace(task, **typed_progress(task, times, float(percent)))
            if done is not None:
                minutes = typed_span(task, done, _DONE)
                task = replace(task, **typed_actual_duration(task, times, minutes, worktime))
            if left is not None:
                minutes = typed_span(task, left, _LEFT)
                task = replace(task, **typed_remaining_duration(task, times, minutes, worktime))
            if finish is not None:
                try:
                    task = replace(task, **typed_actual_finish(task, times, finish, worktime))
                except AppError as exc:
                    raise AppError(f"{original.name}: {exc}") from exc
            changes[uid] = {
                name: getattr(task, name)
                for name in UPDATE_TASKS_FIELDS
                if getattr(task, name) != getattr(original, name)
            }
        return tasks_fields_command(self.document, changes, f"Update {len(self.uids)} tasks")


_DONE = "actual duration"
_LEFT = "remaining duration"


def _to_minute(moment: datetime | None) -> datetime | None:
    """``moment`` as the date fields show it (they hold no seconds)."""
    return None if moment is None else moment.replace(second=0, microsecond=0)


def update_tasks_action(window: MainWindow) -> None:
    """Update Tasks…: the current task's progress in the dialog (or the selected tasks'),
    applied as one step."""
    plan = window.document.plan
    selected = window.tree.selected_uids()
    if len(selected) > 1:
        leaves = [u for u in selected if not plan.is_summary(u)]
        if len(leaves) > 1:
            UpdateTasksDialog(window.document, leaves, window).exec()
            return
        if leaves:
            selected = leaves
        else:
            window.show_error("the progress of summary tasks comes from their subtasks")
            return
    uid = selected[0] if len(selected) == 1 else window.tree.current_uid()
    if uid is None:
        window.show_error("Select a task first")
        return
    if plan.is_summary(uid):
        window.show_error(
            f"the progress of summary task {quoted(plan.task(uid).name)} comes from its subtasks "
            "(type its % Complete in the sheet to hand it to them)"
        )
        return
    UpdateTasksDialog(window.document, uid, window).exec()
