"""Leveling's bookings: each person's booked intervals and max units over time.

Moments are clock minutes (:func:`app.domain.worktime.to_minutes`). A
:class:`Timeline` answers whether a task's units fit over a stretch, and if
not, the earliest moment worth trying next (the sweep the leveler places
tasks with).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

from app.domain.resource import Resource
from app.domain.worktime import to_minutes

EPS = 1e-6
BEFORE_ALL = -(1 << 62)  # moments standing for 'always' and 'for ever'
AFTER_ALL = 1 << 62
NEVER = -1  # conflict_end: no start from here on fits


class Timeline:
    """Booked (start, finish, units, task uid) intervals of one person, kept sorted by start.

    ``limits`` is the person's max units as a step function of time: sorted
    ``(from, units)`` pairs, the first from :data:`BEFORE_ALL`.
    """

    __slots__ = ("bounds", "items", "longest", "peak", "units")

    def __init__(self, limits: list[tuple[int, float]]) -> None:
        self.items: list[tuple[int, int, float, int]] = []
        self.longest = 0
        self.bounds = [b for b, _ in limits]
        self.units = [u for _, u in limits]
        self.peak = max(self.units)

    def overlapping(self, a: int, b: int) -> list[tuple[int, int, float, int]]:
        """The booked intervals that overlap [a, b)."""
        hi = bisect_left(self.items, (b, -1, 0.0, -1))
        out = []
        k = hi - 1
        while k >= 0 and self.items[k][0] >= a - self.longest:
            item = self.items[k]
            if item[1] > a:
                out.append(item)
            k -= 1
        return out

    def limit_at(self, p: int) -> float:
        """Max units in force at a moment."""
        return self.units[bisect_right(self.bounds, p) - 1]

    def next_change(self, p: int) -> int | None:
        """The first moment after ``p`` at which max units change."""
        k = bisect_right(self.bounds, p)
        return self.bounds[k] if k < len(self.bounds) else None

    def conflict_end(self, a: int, b: int, units: float) -> int | None:
        """None when ``units`` fit in [a, b); else the earliest moment worth trying next.

        :data:`NEVER` when waiting cannot help: nothing booked ends and max units
        never change again. A task asking more than the person ever has counts as
        asking all of it (delays cannot fix that; it only waits for a free person).
        """
        over = self.overlapping(a, b)
        need = min(units, self.peak)
        if len(self.bounds) == 1 and sum(o[2] for o in over) + need <= self.peak + EPS:
            return None  # max units never change and all of it together fits
        points = {a, *(o[0] for o in over if o[0] > a)}
        change = self.next_change(a)
        while change is not None and change < b:
            points.add(change)
            change = self.next_change(change)
        for p in sorted(points):
            covering = [f for s, f, _u, _t in over if s <= p < f]
            load = sum(u for s, f, u, _t in over if s <= p < f)
            if load + need > self.limit_at(p) + EPS:
                later = self.next_change(p)
                candidates = covering + ([later] if later is not None else [])
                return min(candidates) if candidates else NEVER
        return None

    def first_clash(self, a: int, b: int, units: float) -> int | None:
        """The first moment in [a, b) at which ``units`` more do not fit; None: they fit.

        As :meth:`conflict_end` judges (a task asking more than the person ever has
        asks all of it): how long a part of a task may run from ``a``.
        """
        over = self.overlapping(a, b)
        need = min(units, self.peak)
        if len(self.bounds) == 1 and sum(o[2] for o in over) + need <= self.peak + EPS:
            return None
        # The load rises only where a booking starts, the room falls only where max
        # units change: a clash starts at one of those moments or at ``a``.
        points = {a, *(o[0] for o in over if o[0] > a)}
        change = self.next_change(a)
        while change is not None and change < b:
            points.add(change)
            change = self.next_change(change)
        for p in sorted(points):
            load = sum(u for s, f, u, _t in over if s <= p < f)
            if load + need > self.limit_at(p) + EPS:
                return p
        return None

    def free_windows(self, a: int, b: int, units: float) -> list[tuple[int, int]]:
        """The stretches of [a, b) in which ``units`` more fit, in order, each as long as it
        goes (as :meth:`conflict_end` judges: asking more than the peak asks the peak).

        One sweep over the bookings there, where asking stretch by stretch walks them
        once per clash.
        """
        need = min(units, self.peak)
        change: dict[int, float] = {}
        load = 0.0
        for s, f, u, _t in self.overlapping(a, b):
            if s <= a:
                load += u
            else:
                change[s] = change.get(s, 0.0) + u
            if f < b:
                change[f] = change.get(f, 0.0) - u
        limit = self.next_change(a)
        while limit is not None and limit < b:
            change.setdefault(limit, 0.0)
            limit = self.next_change(limit)
        out: list[tuple[int, int]] = []
        start = a if load + need <= self.limit_at(a) + EPS else None  # the window being read
        for p in sorted(change):
            load += change[p]
            fits = load + need <= self.limit_at(p) + EPS
            if fits and start is None:
                start = p
            elif not fits and start is not None:
                out.append((start, p))
                start = None
        if start is not None:
            out.append((start, b))
        return out

    def holders(self, p: int) -> list[int]:
        """The tasks booked at moment ``p``, most units first (who holds the person then)."""
        at = sorted((o for o in self.overlapping(p, p + 1) if o[0] <= p), key=lambda o: -o[2])
        return list(dict.fromkeys(o[3] for o in at))

    def book(self, a: int, b: int, units: float, task_uid: int = -1) -> None:
        """Book ``units`` over [a, b) for task ``task_uid``."""
        insort(self.items, (a, b, units, task_uid))
        self.longest = max(self.longest, b - a)

    def unbook(self, task_uid: int) -> None:
        """Take back what task ``task_uid`` booked (it moved, to be booked again)."""
        self.items = [item for item in self.items if item[3] != task_uid]


def limits_of(res: Resource) -> list[tuple[int, float]]:
    """A person's max units over time, in clock minutes (see :class:`Timeline`).

    As :func:`app.domain.workload.max_units_on` reads them: the first availability
    period holding a moment (its finish minute included) gives its units, none
    gives 0; without periods, max units.
    """
    if not res.availability:
        return [(BEFORE_ALL, res.max_units)]
    spans = [
        (
            BEFORE_ALL if av.start is None else to_minutes(av.start),
            AFTER_ALL if av.finish is None else to_minutes(av.finish) + 1,
            av.units,
        )
        for av in res.availability
    ]
    bounds = sorted({BEFORE_ALL, *(s for s, _, _ in spans), *(f for _, f, _ in spans)})
    steps: list[tuple[int, float]] = []
    for b in bounds:
        units = next((u for s, f, u in spans if s <= b < f), 0.0)
        if not steps or steps[-1][1] != units:
            steps.append((b, units))
    return steps
