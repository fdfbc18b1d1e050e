"""One open plan in the window: the domain plan, its schedule, its undo stack and its file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain.costs import CostReport, compute_costs
from app.domain.events import Change
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.scheduler import IncrementalScheduler


class Document(QObject):
    """Holds a Plan and keeps its Schedule current.

    Edits go through :meth:`push` (an undo command that calls domain
    operations). The plan announces each change; once the outermost batch of
    changes closes, the plan is rescheduled and ``sig_changed`` fires. The
    file, when there is one, writes each change as it happens.
    """

    sig_changed = Signal()
    sig_schedule_changed = Signal()

    def __init__(
        self, plan: Plan, file: object | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.file = file  # app.store.document.GantryFile, or None for an unsaved plan
        self.undo_stack = QUndoStack(self)
        # Recomputes only what an edit affects (falls back to a full run on structure changes).
        self._scheduler = IncrementalScheduler(plan)
        self._pending: list[Change] = []
        self.schedule: Schedule = self._scheduler.schedule
        self.costs: CostReport = compute_costs(plan, self.schedule)
        self._in_batch = False
        self._dirty = False
        plan.changes.subscribe(self._on_plan_changed)
        plan.changes.subscribe_batch(self._on_plan_batch)

    @property
    def path(self) -> Path | None:
        """The .gantry file, if the plan has one."""
        return getattr(self.file, "path", None)

    @property
    def read_only(self) -> bool:
        """True when the file is open read-only (another window holds it)."""
        return bool(getattr(self.file, "read_only", False))

    def push(self, command: QUndoCommand) -> None:
        """Run an edit as an undoable step."""
        self.undo_stack.push(command)

    def reschedule(self) -> None:
        """Recompute the schedule now and tell the views."""
        pending, self._pending = self._pending, []
        self.schedule = self._scheduler.apply_all(pending)
        self.costs = compute_costs(self.plan, self.schedule)
        self._dirty = False
        self.sig_schedule_changed.emit()
        self.sig_changed.emit()

    def _on_plan_changed(self, change: Change) -> None:
        self._pending.append(change)
        if self._in_batch:
            self._dirty = True
        else:
            self.reschedule()

    def _on_plan_batch(self, opening: bool) -> None:
        self._in_batch = opening
        if not opening and self._dirty:
            self.reschedule()
