"""Set interim plan as an undo step (app/domain/interim.py); Clear interim plan is
app/ui/budget/clear_command.py's, as Clear Baseline is."""

from __future__ import annotations

from datetime import datetime

from app.domain.interim import interim_plan, source_label
from app.domain.interim_plan import InterimPlan, interim_label
from app.ui.commands import PlanCommand
from app.ui.document import Document


class SetInterimCommand(PlanCommand):
    """Copy Start/Finish (or a baseline's) into Start N/Finish N, for all tasks or the
    selected ones, set at ``saved_at`` (undo puts back what interim plan N held)."""

    def __init__(
        self,
        document: Document,
        number: int,
        source: int | None,
        task_uids: list[int] | None,
        saved_at: datetime | None = None,
    ) -> None:
        scope = "selected tasks" if task_uids is not None else "the project"
        super().__init__(
            document, f"Copy {source_label(source)} into {interim_label(number)} for {scope}"
        )
        plan = document.plan
        self.interim = interim_plan(plan, document.schedule, number, source, task_uids, saved_at)
        self._old: InterimPlan | None = None

    def _redo(self) -> None:
        self._old = self.document.plan.set_interim(self.interim)

    def _undo(self) -> None:
        if self._old is None:
            self.document.plan.clear_interim(self.interim.number)
        else:
            self.document.plan.set_interim(self._old)
