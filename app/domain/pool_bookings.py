"""A plan's bookings with its people's namesakes' bookings in other plans laid beside
theirs, for the Peak and Peak Units of a person who works on several plans (MS Project's
resource pool: a sharer's Peak counts every plan's assignments).

Only the levels (:meth:`Bookings.levels`: Peak, Peak Units) add the other plans' spans;
a person's over-allocations, assignments and fixed costs stay this plan's own, as their
Indicators and costs are (the Usage view's red cells across plans come from
:func:`app.domain.pool_load.other_plans_over`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.domain.overallocation import Booked
from app.domain.plan import Plan
from app.domain.pool_load import PoolPlan, person_key
from app.domain.resource import Assignment, ResourceType
from app.domain.usage_bookings import Bookings, Level, _sweep


def spans_elsewhere(plan: Plan, others: Sequence[PoolPlan]) -> dict[int, list[Booked]]:
    """By person uid in ``plan``, every span their namesakes (matched by name, any case)
    are booked in ``others``; people no other plan books are left out."""
    mine = {
        person_key(r.name): r.uid
        for r in plan.resources
        if r.type is ResourceType.WORK and r.name.strip()
    }
    out: dict[int, list[Booked]] = {}
    for pp in others:
        bookings = Bookings(pp.plan, pp.schedule)
        for res in pp.plan.resources:
            uid = mine.get(person_key(res.name)) if res.type is ResourceType.WORK else None
            if uid is not None:
                spans = bookings.spans(res.uid)
                if spans:
                    out.setdefault(uid, []).extend(spans)
    return out


class PooledBookings(Bookings):
    """``base``'s bookings, each person's level adding ``elsewhere``'s spans of theirs
    (by person uid: :func:`spans_elsewhere`)."""

    def __init__(self, base: Bookings, elsewhere: Mapping[int, Sequence[Booked]]) -> None:
        super().__init__(base.plan, base.schedule)
        self.elsewhere = elsewhere
        self.base = base

    def booked(self, a: Assignment) -> list[Booked]:
        """One assignment's spans (the base's)."""
        return self.base.booked(a)

    def spans(self, resource_uid: int) -> list[Booked]:
        """This plan's spans of the person (the base's, worked out once for both)."""
        return self.base.spans(resource_uid)

    def levels(self, resource_uid: int) -> list[Level]:
        """The person's level in all the plans together."""
        extra = self.elsewhere.get(resource_uid)
        if not extra:
            return self.base.levels(resource_uid)
        got = self._levels.get(resource_uid)
        if got is None:
            got = self._levels[resource_uid] = _sweep([*self.spans(resource_uid), *extra])
        return got

    def shares_with(self, resource_uid: int) -> bool:
        """Whether another plan books the person (their levels add those plans')."""
        return bool(self.elsewhere.get(resource_uid))
