"""Project > Move Project…: a new start date for the whole plan, as one undoable step.

The dates move in app.domain.move_project; this module asks for the date and
whether deadlines move too, warns when tasks under way move with their
actual dates, and applies the move as :class:`MoveProjectCommand`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from app.domain.errors import AppError
from app.domain.move_project import (
    EARLIEST_START,
    LATEST_START,
    ProjectMove,
    move_project,
    started_tasks,
)
from app.domain.plural_words import counted, verb
from app.domain.project import Project
from app.domain.recurrence_tasks import TaskRecurrence
from app.domain.task import Task
from app.report.locale_dates import local_date
from app.ui.commands import PlanCommand, execute
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel
from app.ui.dialogs.dates import day_edit, qdate, read_day

if TYPE_CHECKING:
    from app.ui.document import Document
    from app.ui.main_window import MainWindow

_MESSAGE_MS = 8000

_NOTE = (
    "Every task moves by the same working time: constraint dates, manually "
    "scheduled dates and the status date with it; a recurring task keeps its pattern "
    "(a Wednesday meeting stays on Wednesdays). Baselines, calendars and "
    "people's vacations stay where they are."
)


@dataclass(frozen=True, slots=True)
class MoveRequest:
    """What the Move Project dialog asks for."""

    day: date
    move_deadlines: bool = True


def _progress_note(count: int) -> str:
    """The warning MS Project gives before it moves work already done."""
    if not count:
        return ""
    return (
        f"{counted(count, 'task')} {verb(count, 'has', 'have')} progress: the actual dates "
        "move with the plan, as MS Project moves them. To leave work done where it is, use "
        "Update Project > Reschedule uncompleted work instead."
    )


class MoveProjectDialog(QDialog):
    """Ask for the new start date and whether deadlines move too."""

    def __init__(
        self, current: datetime, with_progress: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Move Project")
        # Tab leaves it and digits typed as the dialog opens land in the year; the shared
        # field's years are narrowed to the ones a project may move to (MS Project's)
        self.day = day_edit(current.date())
        self.day.setDateRange(qdate(EARLIEST_START), qdate(LATEST_START))
        self.move_deadlines = QCheckBox("Move deadlines")
        self.move_deadlines.setChecked(True)
        note = QLabel(_NOTE)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        self.progress = QLabel(_progress_note(with_progress))
        self.progress.setWordWrap(True)
        self.progress.setStyleSheet("color: #8a4b00")
        self.progress.setVisible(bool(with_progress))
        form = QFormLayout(self)
        form.addRow("Current start", QLabel(local_date(current, clock=True)))
        form.addRow("New start date", self.day)
        form.addRow("", self.move_deadlines)
        form.addRow(note)
        form.addRow(self.progress)
        form.addRow(ok_cancel(self, "Move"))
        self.setMinimumWidth(420)
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def request(self) -> MoveRequest:
        """What the dialog shows."""
        return MoveRequest(read_day(self.day), self.move_deadlines.isChecked())

    @classmethod
    def ask(
        cls, parent: QWidget | None, current: datetime, with_progress: int
    ) -> MoveRequest | None:
        """The user's choice, or None; tests monkeypatch this."""
        dialog = cls(current, with_progress, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()


class MoveProjectCommand(PlanCommand):
    """Apply a :class:`ProjectMove`: the project settings and every moved task."""

    def __init__(self, document: Document, move: ProjectMove) -> None:
        super().__init__(document, f"Move project to {move.project.start:%Y-%m-%d}")
        self.move = move
        self._old_project: Project | None = None
        self._old_tasks: list[Task] = []
        self._old_recurrences: list[tuple[int, TaskRecurrence | None]] = []

    def _redo(self) -> None:
        plan = self.document.plan
        self._old_tasks = []
        try:
            self._old_project = plan.set_project(self.move.project)
            for task in self.move.tasks:
                self._old_tasks.append(plan.update_task(task))
            self._old_recurrences = [
                (uid, plan.set_recurrence(uid, rec)) for uid, rec in self.move.recurrences
            ]
        except Exception:
            self._undo()
            raise

    def _undo(self) -> None:
        plan = self.document.plan
        for uid, rec in reversed(self._old_recurrences):
            plan.set_recurrence(uid, rec)
        self._old_recurrences = []
        for task in reversed(self._old_tasks):
            plan.update_task(task)
        if self._old_project is not None:
            plan.set_project(self._old_project)


def move_command(document: Document, request: MoveRequest) -> MoveProjectCommand | None:
    """The step that moves the document's plan (None: it already starts that day)."""
    project = document.plan.project
    new_start = datetime.combine(request.day, project.start.time())
    if new_start == project.start:
        return None
    return MoveProjectCommand(
        document, move_project(document.plan, new_start, request.move_deadlines)
    )


def move_project_action(window: MainWindow) -> None:
    """Project > Move Project…: ask, move every date as one undoable step, say what moved."""
    document = window.document
    plan = document.plan
    request = MoveProjectDialog.ask(window, plan.project.start, started_tasks(plan))
    if request is None:
        return
    command = move_command(document, request)
    if command is None:
        window.statusBar().showMessage(
            f"The project already starts on {request.day:%Y-%m-%d}", _MESSAGE_MS
        )
        return
    # every task's row is rewritten and the plan scheduled again: seconds at 100k tasks
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        execute(document, command)
    except AppError as exc:
        QApplication.restoreOverrideCursor()
        window.show_error(str(exc))
        return
    QApplication.restoreOverrideCursor()
    finish = document.schedule.finish
    window.statusBar().showMessage(
        f"Project moved to start {request.day:%Y-%m-%d}; it now finishes {finish:%Y-%m-%d}",
        _MESSAGE_MS,
    )
