"""Who is booked when, and at what units: MS Project's Peak Units (per period) and Peak (over
the plan) for the Usage view, and a person's over-allocations by date for its Indicators.

A person's level at a moment is the sum of the units of the assignments booking them then,
from the spans over-allocation sweeps (:func:`app.domain.overallocation.booked_spans`: a
task's span at its units, a split task's parts, a contour's ten parts at its share of the
peak), so the Peak Units a period shows is above Max Units exactly where the period is red.
Each person's level is swept the first time one of their rows asks, never per cell.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

import numpy as np

from app.domain.overallocation import Booked, Overallocation, booked_spans, person_overallocations
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.usage_periods import Periods
from app.domain.workload import DayCalendar, SplitParts, inactive_tasks, split_parts

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]

Level = tuple[datetime, datetime, float]  # from, until, the units booked all that while
_EPS = 1e-6


class Bookings:
    """The units each person of ``plan`` is booked at over ``schedule``, worked out per
    person when first asked (the plan and schedule are read, never changed)."""

    def __init__(self, plan: Plan, schedule: Schedule) -> None:
        self.plan = plan
        self.schedule = schedule
        self._parts: SplitParts | None = None
        self._cals: dict[int | None, DayCalendar] = {}
        self._mine: dict[int, list[Assignment]] | None = None
        self._spans: dict[int, list[Booked]] = {}
        self._levels: dict[int, list[Level]] = {}
        self._people: dict[int, Resource] = {r.uid: r for r in plan.resources}

    def booked(self, a: Assignment) -> list[Booked]:
        """When one assignment books its person and at what units (none for a task that
        books nobody: inactive, unscheduled, or without time)."""
        if self._parts is None:
            self._parts = split_parts(self.plan, self.schedule)
        times = self.schedule.get(a.task_uid)
        return booked_spans(self.plan, a, times, self._parts, self._cals)

    def spans(self, resource_uid: int) -> list[Booked]:
        """Every span a person is booked (their active tasks' assignments), in plan order."""
        got = self._spans.get(resource_uid)
        if got is None:
            if self._mine is None:
                off = inactive_tasks(self.plan)
                self._mine = {}
                for a in self.plan.assignments:
                    if a.task_uid not in off:
                        self._mine.setdefault(a.resource_uid, []).append(a)
            got = [s for a in self._mine.get(resource_uid, ()) for s in self.booked(a)]
            self._spans[resource_uid] = got
        return got

    def levels(self, resource_uid: int) -> list[Level]:
        """The stretches a person is booked at a steady level above nought, in time order."""
        got = self._levels.get(resource_uid)
        if got is None:
            got = self._levels[resource_uid] = _sweep(self.spans(resource_uid))
        return got

    def peak(self, resource_uid: int) -> float:
        """MS Project's Peak: the highest units a person is booked at over the plan (0: none)."""
        return max((u for _s, _f, u in self.levels(resource_uid)), default=0.0)

    def assignment_peak(self, a: Assignment) -> float:
        """An assignment's Peak: the highest units it books its person at (a contour's peak
        part; 0 when it books nothing)."""
        return max((u for _s, _f, u, _t in self.booked(a)), default=0.0)

    def overallocations(self, resource_uid: int) -> list[Overallocation]:
        """The stretches a person is booked beyond their Max Units (none for a material or
        an unknown uid), as the Team view lists them."""
        res = self._people.get(resource_uid)
        if res is None or res.type is not ResourceType.WORK:
            return []
        return person_overallocations(res, self.spans(resource_uid))

    def peaks(self, resource_uid: int, periods: Periods) -> FloatArray:
        """MS Project's Peak Units in each period: the highest units the person is booked at
        within it (0 where they are free all through)."""
        out = np.zeros(len(periods))
        if not len(periods):
            return out
        # each period from its first day's midnight to the next period's
        edges = [datetime.combine(d, time()) for d in periods.starts]
        edges.append(datetime.combine(periods.last_day(len(periods) - 1), time()) + timedelta(1))
        for start, finish, units in self.levels(resource_uid):
            lo = max(bisect_right(edges, start) - 1, 0)
            hi = min(bisect_left(edges, finish), len(periods))
            if hi > lo:
                np.maximum(out[lo:hi], units, out=out[lo:hi])
        return out


def _sweep(spans: list[Booked]) -> list[Level]:
    """The level over time of a set of booked spans: at each moment every finish, then every
    start, counted before the level from it is read (as the over-allocation sweep does)."""
    events: list[tuple[datetime, float]] = []
    for start, finish, units, _task in spans:
        if finish > start:
            events.append((start, units))
            events.append((finish, -units))
    events.sort(key=lambda e: e[0])
    out: list[Level] = []
    level = 0.0
    k, n = 0, len(events)
    while k < n:
        moment = events[k][0]
        while k < n and events[k][0] == moment:
            level += events[k][1]
            k += 1
        if k < n and level > _EPS:
            until = events[k][0]
            if out and out[-1][1] == moment and abs(out[-1][2] - level) <= _EPS:
                out[-1] = (out[-1][0], until, out[-1][2])  # the same level goes on
            else:
                out.append((moment, until, level))
    return out
