"""Set interim plan and Clear interim plan as undo steps (app/domain/interim.py)."""

from __future__ import annotations

from app.domain.interim import ClearedInterim, interim_plan, source_label
from app.domain.interim_plan import InterimPlan, interim_label
from app.ui.commands import PlanCommand
from app.ui.document import Document


class SetInterimCommand(PlanCommand):
    """Copy Start/Finish (or a baseline's) into Start N/Finish N, for all tasks or the
    selected ones (undo puts back what interim plan N held)."""

    def __init__(
        self, document: Document, number: int, source: int | None, task_uids: list[int] | None
    ) -> None:
        scope = "selected tasks" if task_uids is not None else "the project"
        super().__init__(
            document, f"Copy {source_label(source)} into {interim_label(number)} for {scope}"
        )
        self.interim = interim_plan(document.plan, document.schedule, number, source, task_uids)
        self._old: InterimPlan | None = None

    def _redo(self) -> None:
        self._old = self.document.plan.set_interim(self.interim)

    def _undo(self) -> None:
        if self._old is None:
            self.document.plan.clear_interim(self.interim.number)
        else:
            self.document.plan.set_interim(self._old)


class ClearInterimCommand(PlanCommand):
    """Clear an interim plan, or the selected tasks' values in it (undo puts it back)."""

    def __init__(self, document: Document, cleared: ClearedInterim) -> None:
        scope = "the project" if cleared.left is None else "selected tasks"
        super().__init__(document, f"Clear {cleared.old.label()} for {scope}")
        self._cleared = cleared

    def _redo(self) -> None:
        left = self._cleared.left
        if left is None:
            self.document.plan.clear_interim(self._cleared.old.number)
        else:
            self.document.plan.set_interim(left)

    def _undo(self) -> None:
        self.document.plan.set_interim(self._cleared.old)
