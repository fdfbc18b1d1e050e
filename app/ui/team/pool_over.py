"""The Team view's share of the other plans' work (Other Plans > Include Work from Other
Plans…): who of this plan is over-allocated with it added, and their lines for the
Over-allocations list, worked out once per schedule and set of plans (the roster asks for
each cell it paints)."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from app.domain.percent_shown import half_up
from app.domain.pool_over_people import PoolOverPerson, pool_over_people
from app.report.locale_dates import local_date
from app.ui.document import Document
from app.ui.other_plans_pool import pool_of

_MEMO: WeakKeyDictionary[Document, tuple[object, object, dict[int, PoolOverPerson]]] = (
    WeakKeyDictionary()
)


def over_across(document: Document) -> dict[int, PoolOverPerson]:
    """This plan's people over-allocated with the included plans' work, by uid ({}: none
    included)."""
    plans = pool_of(document).plans
    if not plans:
        return {}
    schedule = document.schedule
    memo = _MEMO.get(document)
    if memo is not None and memo[0] is schedule and memo[1] is plans:
        return memo[2]
    found = {p.uid: p for p in pool_over_people(document.plan, schedule, plans)}
    _MEMO[document] = (schedule, plans, found)
    return found


def over_line(person: PoolOverPerson) -> str:
    """'Maria Lopez: up to 150% of 100% with sdp, clientB from 1/3/27 to 2/5/27 (2 stretches)':
    the other plans first, where the list's width shows them."""
    first = local_date(person.first, weekday=False)
    last = local_date(person.last, weekday=False)
    count = f"{person.stretches} stretch{'es' if person.stretches != 1 else ''}"
    return (
        f"{person.name}: up to {half_up(person.peak * 100)}% of "
        f"{half_up(person.max_units * 100)}% with {', '.join(person.plans)} "
        f"from {first} to {last} ({count})"
    )
