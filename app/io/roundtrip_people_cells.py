"""A returned workbook's People cells (:mod:`app.io.roundtrip_plan_sheet`): the people typed
go on the task, and no one else; a name the plan lacks is a person the client added."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from app.domain.assigning import occurrence_people, staff_of
from app.domain.cost_amounts import CostAmount
from app.domain.material_rates import RatedUnits, quantity_for
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.io.sheet_values import is_blank, read_people


def typed_people(
    p: Plan, task_uid: int, value: object, occurrences: Mapping[int, list[int]]
) -> None:
    """The People cell typed: these people (and units) on the task, no one else (a name not
    in ``p`` yet: a person added to it).

    On a recurring task's summary (its cell shows the people common to its
    occurrences) they go on every occurrence and anyone on the summary itself
    comes off it, as the window's People cell does (assigning.staff); ``occurrences``: each
    recurring summary's occurrences, by uid.
    """
    by_name = {r.name.casefold(): r for r in p.resources}
    # "R&D team" stays one person; "Ana & Ben" splits only when both are in the plan
    # materials and cost items by name: their bracketed quantity, rate or amount read as
    # the window reads it (app.io.sheet_amounts)
    materials = {k: r for k, r in by_name.items() if r.type is not ResourceType.WORK}
    wanted = (  # Bob[25-75%] as the cell shows him: each occurrence keeps its own
        []
        if is_blank(value)
        else read_people(value, known=by_name, materials=materials, cell_of=(p, task_uid))
    )
    people: list[tuple[int, float]] = []
    for name, units in wanted:
        res = by_name.get(name.casefold())
        if res is None:
            res = Resource(p.next_resource_uid(), name)
            p.resources.append(res)
            by_name[name.casefold()] = res
        people.append((res.uid, units))
    own = occurrences.get(task_uid)
    if own is None:
        staff(p, task_uid, people)
        return
    shown = {a.resource_uid for a in staff_of(p, task_uid)}
    staff(p, task_uid, [])
    for uid in own:  # someone on one occurrence only stays there
        mine = [a for a in p.assignments if a.task_uid == uid]
        staff(p, uid, occurrence_people(shown, people, mine))


def staff(p: Plan, task_uid: int, people: list[tuple[int, float]]) -> None:
    """Exactly ``people`` (resource uid, units) on the task; those already on it keep
    their assignment (and its uid), with the units changed if they differ."""
    old = {a.resource_uid: a for a in p.assignments if a.task_uid == task_uid}
    keep = [a for a in p.assignments if a.task_uid != task_uid]
    for resource_uid, units in people:
        prev = old.get(resource_uid)
        if prev is None:
            uid = max((a.uid for a in [*p.assignments, *keep]), default=0) + 1
            prev = Assignment(uid, task_uid, resource_uid, 1.0)
        elif _same(prev, units):
            keep.append(prev)
            continue
        keep.append(_typed(p, prev, units))
    p.assignments = keep


def _same(a: Assignment, units: float) -> bool:
    """Whether ``units`` read from the cell are what ``a`` holds (a rate: its rate)."""
    if isinstance(units, RatedUnits):
        return (a.rate_scale, a.material_rate) == (units.scale, float(units))
    if isinstance(units, CostAmount):
        return abs(a.cost - units) < 0.005
    return not a.rate_scale and abs(a.units - units) < 1e-9


def _typed(p: Plan, a: Assignment, units: float) -> Assignment:
    """``a`` given the units read from the cell: a quantity, a rate (the quantity over the
    task's duration) or a cost item's amount."""
    if isinstance(units, CostAmount):
        return replace(a, units=1.0, cost=float(units))
    if isinstance(units, RatedUnits):
        rate, scale = float(units), units.scale
        used = quantity_for(rate, scale, p.task(a.task_uid).duration_minutes, p.project)
        return replace(a, units=used, material_rate=rate, rate_scale=scale)
    return replace(a, units=units, material_rate=0.0, rate_scale="")
