"""Undo commands for what belongs to the project rather than one task: its
information, its calendars and its risk register.

They follow :class:`app.ui.commands.PlanCommand`: run once through
:func:`app.ui.commands.execute`, refused with the plan unchanged.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from app.domain.calendar import Calendar
from app.domain.project import Project
from app.domain.risk import Risk
from app.ui.commands import PlanCommand, quoted

if TYPE_CHECKING:
    from app.ui.document import Document


class SetProjectCommand(PlanCommand):
    """Replace the project settings (name, start, status date, currency, calendar)."""

    def __init__(self, document: Document, project: Project) -> None:
        super().__init__(document, "Change project information")
        self.project = project
        self._old: Project | None = None

    def _redo(self) -> None:
        self._old = self.document.plan.set_project(self.project)

    def _undo(self) -> None:
        assert self._old is not None
        self.document.plan.set_project(self._old)


class PutCalendarCommand(PlanCommand):
    """Add or replace a calendar (public holidays of the project calendar, say)."""

    def __init__(self, document: Document, calendar: Calendar, text: str) -> None:
        super().__init__(document, text)
        self.calendar = calendar
        self._old: Calendar | None = None

    def _redo(self) -> None:
        self._old = self.document.plan.put_calendar(self.calendar)

    def _undo(self) -> None:
        if self._old is None:
            self.document.plan.remove_calendar(self.calendar.uid)
        else:
            self.document.plan.put_calendar(self._old)


# ---------------------------------------------------------------------- risks


class AddRiskCommand(PlanCommand):
    """Add a risk to the register."""

    def __init__(self, document: Document, risk: Risk, index: int | None = None) -> None:
        super().__init__(document, f"Add risk {quoted(risk.title)}")
        self.risk = risk
        self.index = index

    def _redo(self) -> None:
        self.document.plan.add_risk(self.risk, self.index)

    def _undo(self) -> None:
        self.document.plan.remove_risk(self.risk.uid)


class DeleteRiskCommand(PlanCommand):
    """Remove a risk from the register."""

    def __init__(self, document: Document, uid: int) -> None:
        super().__init__(document, f"Delete risk {quoted(document.plan.risk(uid).title)}")
        self.uid = uid
        self._removed: tuple[int, Risk] | None = None

    def _redo(self) -> None:
        self._removed = self.document.plan.remove_risk(self.uid)

    def _undo(self) -> None:
        assert self._removed is not None
        index, risk = self._removed
        self.document.plan.add_risk(risk, index)


class EditRiskCommand(PlanCommand):
    """Change fields of one risk."""

    def __init__(self, document: Document, uid: int, text: str, **changes: Any) -> None:
        super().__init__(document, text)
        self.uid = uid
        self.changes = changes
        self._old: Risk | None = None

    def _redo(self) -> None:
        plan = self.document.plan
        self._old = plan.update_risk(replace(plan.risk(self.uid), **self.changes))

    def _undo(self) -> None:
        assert self._old is not None
        self.document.plan.update_risk(self._old)
