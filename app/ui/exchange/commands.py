"""The undo command that applies the client changes a user accepted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.diff import PlanChange
from app.domain.merge import AppliedChanges, apply_changes, revert
from app.domain.plan import Plan
from app.ui.commands import PlanCommand

if TYPE_CHECKING:
    from app.ui.document import Document


class ApplyClientChangesCommand(PlanCommand):
    """Apply accepted changes from a client's workbook as one undoable step."""

    def __init__(self, document: Document, theirs: Plan, changes: list[PlanChange]) -> None:
        super().__init__(document, "Apply client changes")
        self.theirs = theirs
        self.changes = list(changes)
        self.applied: AppliedChanges | None = None

    def _redo(self) -> None:
        document = self.document
        self.applied = apply_changes(
            document.plan, self.theirs, self.changes, document.schedule.get
        )

    def _undo(self) -> None:
        if self.applied is not None:
            revert(self.document.plan, self.applied)
