"""Undo command for saving a baseline."""

from __future__ import annotations

from datetime import datetime

from app.domain.baseline import Baseline, baseline_label
from app.domain.baselines import NO_ROLL_UP, RollUp, snapshot
from app.ui.commands import PlanCommand
from app.ui.document import Document


class SetBaselineCommand(PlanCommand):
    """Save baseline 0..10 for all tasks or the selected ones (undo restores the old one)."""

    def __init__(
        self,
        document: Document,
        index: int,
        saved_at: datetime,
        task_uids: list[int] | None = None,
        name: str | None = None,
        roll_up: RollUp = NO_ROLL_UP,
    ) -> None:
        old = document.plan.baselines.get(index)
        label = baseline_label(index, name if name is not None else old.name if old else "")
        scope = "selected tasks" if task_uids is not None else "the project"
        super().__init__(document, f"Set {label} for {scope}")
        self._baseline = snapshot(
            document.plan,
            document.schedule,
            document.costs,
            index,
            saved_at,
            task_uids,
            name,
            roll_up,
        )
        self._old: Baseline | None = None

    def _redo(self) -> None:
        self._old = self.document.plan.set_baseline(self._baseline)

    def _undo(self) -> None:
        if self._old is None:
            self.document.plan.clear_baseline(self._baseline.index)
        else:
            self.document.plan.set_baseline(self._old)
