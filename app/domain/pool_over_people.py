"""This plan's people over-allocated once the other plans' work the window includes is added
(Usage > Other Plans): the Team view's roster marks them and its Over-allocations list says
when and in which plans, as the Usage view's red cells and the status bar's "8 across plans"
count them (tester s31xp, finding 8)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.pool_load import PoolLoad, PoolPlan
from app.domain.schedule import Schedule


@dataclass(frozen=True, slots=True)
class PoolOverPerson:
    """One of this plan's people over-allocated with other plans' work added: from the first
    such stretch's start to the last one's finish, the peak units, the other plans booked."""

    uid: int
    name: str
    first: datetime
    last: datetime
    peak: float
    max_units: float
    plans: tuple[str, ...]  # the other plans' labels, as the Usage view brackets them
    stretches: int


def pool_over_people(
    plan: Plan, schedule: Schedule, others: Sequence[PoolPlan]
) -> list[PoolOverPerson]:
    """``plan``'s people (in roster order) over-allocated in a stretch where another plan of
    ``others`` books them too (a stretch of this plan's own work alone is its own list's)."""
    if not others:
        return []
    try:
        load = PoolLoad([PoolPlan("", plan, schedule), *others])
    except AppError:  # no one of this plan is in another
        return []
    out = []
    for person in load.people:
        k, res = person.members[0]
        if k != 0 or len(person.members) < 2:
            continue
        found = [po for po in load.overallocations(person) if any(p != 0 for p in po.plans)]
        if not found:
            continue
        labels = sorted({p for po in found for p in po.plans if p != 0})
        out.append(
            PoolOverPerson(
                res.uid,
                res.name,
                min(po.over.start for po in found),
                max(po.over.finish for po in found),
                max(po.over.units for po in found),
                res.max_units,
                tuple(load.plans[p].label for p in labels),
                len(found),
            )
        )
    return out
