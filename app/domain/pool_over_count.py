"""Who of one plan's people is over-allocated once other plans' work is added (the window's
status bar, "Over-allocated: 1 (this plan; 3 across plans)", while the Usage view includes
other plans and turns their cells red)."""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.pool_load import PoolLoad, PoolPlan
from app.domain.schedule import Schedule


def over_across_plans(
    plan: Plan, schedule: Schedule, others: Sequence[PoolPlan], own: set[int]
) -> set[int]:
    """The uids of ``plan``'s people over-allocated in it alone (``own``) or with their
    namesakes' bookings in ``others`` added (matched by name, as the Usage view matches them)."""
    found = set(own)
    if not others:
        return found
    try:
        load = PoolLoad([PoolPlan("", plan, schedule), *others])
    except AppError:  # nobody of this plan is in another: the plan's own count stands
        return found
    for person in load.people:
        k, res = person.members[0]
        if k == 0 and len(person.members) > 1 and load.overallocations(person):
            found.add(res.uid)
    return found
