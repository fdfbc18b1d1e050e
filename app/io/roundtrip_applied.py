"""The plan a client's returned workbook gives: their edits applied by the domain's rules.

:func:`app.io.roundtrip_import.read_roundtrip` reads what the client typed into a copy of
the plan as exported (``theirs``): a Duration cell gives the task its new duration and
nothing more. What that edit does to the rest of the plan is the domain's, as when the
user types it in the window's sheet: the people's work follows the duration (Fixed Units;
a Fixed Work task's units follow instead), the work done stays and % complete follows.
The window's Import review applies the accepted changes that way
(:func:`app.domain.merge.apply_changes`); :func:`applied_plan` applies every change the
same way to the plan as exported, so ``gantry convert`` / ``diff`` / ``schedule`` of a
returned workbook give the plan the window gives when it applies the workbook to the plan
it was exported from.
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain.diff import PlanChange
from app.domain.merge import apply_changes, copy_plan, three_way
from app.domain.plan import Plan
from app.domain.schedule import Schedule, TaskTimes
from app.domain.scheduler import schedule


def client_changes(base: Plan, theirs: Plan, ours: Plan) -> list[PlanChange]:
    """The changes of ``theirs`` (read from the workbook) to apply to ``ours`` when all
    are taken: the window's review lists these (three_way), the CLI applies them all."""
    return [item.change for item in three_way(base, theirs, ours)]


def applied_plan(base: Plan, theirs: Plan) -> Plan:
    """``base`` (the plan as exported) with every change of ``theirs`` applied by the
    domain's rules, as the window's Import review applies them to that plan."""
    return applied_changes(base, theirs)[0]


def applied_changes(base: Plan, theirs: Plan) -> tuple[Plan, list[PlanChange]]:
    """:func:`applied_plan`, and the changes it made."""
    changes = client_changes(base, theirs, base)  # none made here since: no conflict
    plan = copy_plan(base)
    if changes:
        apply_changes(plan, theirs, changes, _times_of(base))
    return plan, changes


def _times_of(plan: Plan) -> Callable[[int], TaskTimes | None]:
    """Each task's dates in ``plan`` as it is now (the window's schedule before it
    applies), scheduled once, when a change first needs them."""
    found: list[Schedule] = []

    def times(uid: int) -> TaskTimes | None:
        if not found:
            found.append(schedule(plan))
        return found[0].get(uid)

    return times
