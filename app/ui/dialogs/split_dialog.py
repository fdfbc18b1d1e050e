"""Split Task… and Remove Splits: interrupt a task's work for a while, or join it up again.

As MS Project's Task > Split Task: the work stops at a date and resumes after
a pause typed like a duration ("2d", "4h"); the task keeps its duration and
its finish moves later by the pause. Each is one undoable step. The pause belongs to the
task and moves with it when it is rescheduled (as in MS Project), so the dialog points to
Resource > Add Days Off for a person's absence, which stays on its dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import AppError
from app.domain.splits import TaskClocks, check_splittable, resume_offset, split_at
from app.domain.worktime import WorkTime
from app.ui.commands import PlanCommand, SplitTaskCommand, execute, one_step, quoted
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel
from app.ui.dialogs.command_dialog import CommandDialog
from app.ui.dialogs.dates import date_edit, read_date
from app.ui.document import Document
from app.ui.locale_durations import typed_duration

if TYPE_CHECKING:
    from app.ui.actions import ActionCollection, Layout
    from app.ui.main_window import MainWindow


# Said where the dialog explains itself (and in the command's tip): a split made for someone's
# absence drifts away from it when the task moves (s27xa finding 7).
ABSENCE_NOTE = (
    "The pause moves with the task when it is rescheduled. For a person's absence, use "
    "Resource > Add Days Off: their work then moves around those dates."
)


class SplitDialog(CommandDialog):
    """Where the work stops and how long it pauses; OK splits the task."""

    def __init__(self, document: Document, uid: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.uid = uid
        plan = document.plan
        task = plan.task(uid)
        self.setWindowTitle(f"Split Task — {task.name}")
        times = document.schedule.get(uid)
        self._start = times.start if times is not None else plan.project.start
        # Offer the middle of the task's work (past any pause before it): the common split point.
        half = max(1, task.duration_minutes // 2)
        middle = self._clock().add(self._start, resume_offset(task.splits, half))
        self.at = date_edit(middle, self._start)
        self.pause = QLineEdit("1d")
        self.pause.setPlaceholderText("e.g. 2d, 4h, 1w")
        self.note = QLabel(ABSENCE_NOTE)
        self.note.setObjectName("split_note")
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("split_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow("Stop work at", self.at)
        form.addRow("Resume after", self.pause)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, "Split"))
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def _clock(self) -> WorkTime:
        """The working time the task's pauses count on (its people's too, as the scheduler
        lays it): on the project calendar alone, a split typed at Thursday 08:00 of a task
        whose person is off on Tuesday stopped the work a day late, Thursday evening."""
        plan = self.document.plan
        return TaskClocks(plan).of(plan.task(self.uid))

    def command(self) -> PlanCommand:
        """The split as one undoable step (raises AppError with the reason when refused)."""
        plan = self.document.plan
        task = plan.task(self.uid)
        check_splittable(task, plan.is_summary(self.uid))
        pause = typed_duration(self.pause.text(), plan.project)
        if pause.elapsed and not task.elapsed:
            raise AppError("type the pause in working time (2d, 4h), as the task's duration is")
        offset = self._clock().between(self._start, read_date(self.at))
        splits = split_at(task.splits, task.duration_minutes, offset, pause.minutes)
        return SplitTaskCommand(self.document, self.uid, splits, f"Split task {quoted(task.name)}")

    @classmethod
    def ask(cls, document: Document, uid: int, parent: QWidget | None = None) -> bool:
        """Show the dialog; whether the task was split (tests replace this)."""
        return bool(cls(document, uid, parent).exec())


def split_task(window: MainWindow) -> None:
    """Task > Split Task… on the current task, or say why it cannot be split."""
    uid = window.tree.current_uid()
    if uid is None:
        window.show_error("Select a task to split first")
        return
    plan = window.document.plan
    try:
        check_splittable(plan.task(uid), plan.is_summary(uid))
    except AppError as exc:
        window.show_error(str(exc))
        return
    SplitDialog.ask(window.document, uid, window)


def remove_splits(window: MainWindow) -> None:
    """Task > Remove Splits: the selected tasks work without interruption again (one step)."""
    document = window.document
    plan = document.plan
    uids = [u for u in window.tree.selected_uids() if plan.has_task(u) and plan.task(u).splits]
    if not uids:
        window.show_error("None of the selected tasks is split")
        return
    parts: list[PlanCommand] = [
        SplitTaskCommand(document, u, (), f"Remove splits of {quoted(plan.task(u).name)}")
        for u in uids
    ]
    command = one_step(document, f"Remove splits of {len(parts)} tasks", parts)
    try:
        execute(document, command)
    except AppError as exc:
        window.show_error(str(exc))


def add_split_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Create Split Task… and Remove Splits; returns their ids for the menu."""
    actions.add(
        "split_task",
        "&Split Task…",
        lambda: split_task(window),
        tip="Interrupt the current task's work for a while (its finish moves by the pause; "
        "for a person's absence, Resource > Add Days Off)",
        editing=True,
    )
    actions.add(
        "remove_splits",
        "Re&move Splits",
        lambda: remove_splits(window),
        tip="Let the selected tasks work without interruption again",
        editing=True,
    )
    return ["split_task", "remove_splits"]
