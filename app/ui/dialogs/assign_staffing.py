"""The commands Assign Resources' buttons run: the People cell's, task by task.

Two things the People text alone loses are kept here. A recurring task is staffed one
occurrence at a time, each from its own People text, so the people left on it keep each
occurrence's own units (one text for the summary would give them all the first one's).
And units the text rounds (a newcomer taking over someone's 1/3 reads 33.3333 %) are
held exactly, as the People cell keeps someone's units that read as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.domain.assigning import (
    AssignmentEdit,
    occurrence_uids,
    restore_assignments,
    set_assignments,
)
from app.domain.plan import Plan
from app.ui.commands import CompositeCommand, PlanCommand, quoted
from app.ui.dialogs.assign_units import cell_units, staffing_with
from app.ui.document import Document
from app.ui.team.commands import SetAssignmentsCommand

# One task's People text and the exact units of those whose text rounds them (by resource
# uid); None: the task is left as it is.
Staffing = tuple[str, Mapping[int, float]] | None


class ExactStaffCommand(SetAssignmentsCommand):
    """The People cell's command, with ``exact`` units kept for the people whose units in
    the text read as those (the text holds 1/10,000 of a percent, the plan a double)."""

    def __init__(
        self, document: Document, task_uid: int, text: str, exact: Mapping[int, float]
    ) -> None:
        super().__init__(document, task_uid, text)
        plan = document.plan
        self._wanted = [
            (uid, exact[uid] if _reads_as(plan, uid, units, exact.get(uid)) else units)
            for uid, units in self._wanted
        ]


def _reads_as(plan: Plan, uid: int, units: float, exact: float | None) -> bool:
    if exact is None:
        return False
    res = plan.resource(uid)
    return cell_units(res, exact) == cell_units(res, units)


def staffing_commands(
    document: Document, task_uid: int, staffing: Callable[[Plan, int], Staffing]
) -> list[PlanCommand]:
    """The commands that staff ``task_uid`` as ``staffing`` writes each task: the task, or
    each occurrence of a recurring task (each with its own people and units), anyone
    on the recurring task's summary itself coming off it, as the People cell has them."""
    plan = document.plan
    occurrences = occurrence_uids(plan, task_uid)
    out: list[PlanCommand] = []
    if occurrences and plan.assignments_of_task(task_uid):
        out.append(_OffTheSummary(document, task_uid))
    for uid in occurrences or [task_uid]:
        wanted = staffing(plan, uid)
        if wanted is not None:
            out.append(ExactStaffCommand(document, uid, *wanted))
    return out


def staff_people(
    document: Document, task_uid: int, people: dict[int, str | None], label: str = ""
) -> PlanCommand:
    """One undo step putting ``people`` on a task at their People-cell units (None: taken
    off), everyone else kept, as Assign Resources does it: a recurring task occurrence by
    occurrence, each keeping its own. ``label``: the step's name (default the People
    cell's). InputError (from the People text) before anything changes."""
    name = document.plan.task(task_uid).name
    parts = staffing_commands(
        document, task_uid, lambda p, uid: (staffing_with(p, uid, people), {})
    )
    return CompositeCommand(document, label or f"Assign people to {quoted(name)}", parts)


class _OffTheSummary(PlanCommand):
    """Take the people off a recurring task's summary itself (an old file's assignment
    there; the People cell's staffing does the same, app.domain.assigning.staff)."""

    def __init__(self, document: Document, task_uid: int) -> None:
        super().__init__(document, "Assign people")
        self._task_uid = task_uid
        self._edit: AssignmentEdit | None = None

    def _redo(self) -> None:
        self._edit = set_assignments(self.document.plan, self._task_uid, [])

    def _undo(self) -> None:
        if self._edit is not None:
            restore_assignments(self.document.plan, self._edit)
