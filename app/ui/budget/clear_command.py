"""Clear Baseline as one undo step, for a baseline and for an interim plan alike
(app/domain/clearing.py)."""

from __future__ import annotations

from app.domain.baseline import Baseline
from app.domain.clearing import Cleared
from app.domain.interim_plan import InterimPlan
from app.ui.commands import PlanCommand
from app.ui.document import Document


class ClearCommand(PlanCommand):
    """Clear a baseline or an interim plan, or the selected tasks' values in it (undo puts
    it back)."""

    def __init__(
        self, document: Document, cleared: Cleared[Baseline] | Cleared[InterimPlan]
    ) -> None:
        scope = "the project" if cleared.left is None else "selected tasks"
        super().__init__(document, f"Clear {cleared.old.label()} for {scope}")
        self._cleared = cleared

    def _redo(self) -> None:
        self._cleared.take_off(self.document.plan)

    def _undo(self) -> None:
        self._cleared.put_back(self.document.plan)
