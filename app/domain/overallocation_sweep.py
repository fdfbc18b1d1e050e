"""Sweeping one person's bookings for over-allocation: the periods in which the units of
their overlapping assignments exceed their max units (or the availability period in
force), or in which they work in their non-working time (a day off worked: an
:class:`OffTime` booking), MS Project's definition.

:func:`_sweep` walks (start, finish, units, task) spans in time order, a moment's
finishes before its starts, and opens a period when the level passes the limit;
:func:`_sweep_minutes` is the same walk over minute counts for a person at fixed max
units (no datetime until a period is found). :mod:`~app.domain.overallocation` feeds
them each person's bookings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import itemgetter
from typing import NamedTuple

from app.domain.percent_shown import half_up
from app.domain.resource import Assignment, Resource
from app.domain.schedule_times import TimesSpans
from app.domain.workload import max_units_on
from app.domain.worktime import from_minutes

Booked = tuple[datetime, datetime, float, int]  # start, finish, units, task uid


class OffTime(NamedTuple):
    """A :data:`Booked` span of work in the person's non-working time (work typed into a day
    off, a manual task over a weekend): an over-allocation at any units, as MS Project counts
    work outside the resource's calendar. It is a plain ``Booked`` tuple to everyone else
    (equal to one, unpacked alike), so leveling and Peak Units read it as any booking."""

    start: datetime
    finish: datetime
    units: float
    task_uid: int


class OffHours(OffTime):
    """An :class:`OffTime` span on a day the person has working time, outside its hours (a
    night crew 22:00-06:00 on a day calendar): 'works outside working hours', not on a day off."""

    __slots__ = ()


def off_time_words(day_off: bool, off_hours: bool) -> str:
    """Why work in a person's non-working time is an over-allocation, in the words every view
    says it: 'works on a day off' (a day without working time), 'works outside working hours'
    (a day with some, as MS Project's 'work in non-working time' covers both), or both; ''."""
    if day_off and off_hours:
        return "works on a day off and outside working hours"
    if day_off:
        return "works on a day off"
    return "works outside working hours" if off_hours else ""


_EPS = 1e-6  # units above max units by less than this are rounding, not over-allocation


@dataclass(frozen=True, slots=True)
class Overallocation:
    """A stretch of time in which a person's assignment units exceed their max units."""

    resource_uid: int
    start: datetime
    finish: datetime
    units: float
    max_units: float
    task_uids: tuple[int, ...]
    day_off: bool = False  # some of it is work on a day the person has no working time
    off_hours: bool = False  # some of it is work outside the working hours of a working day

    @property
    def off_time(self) -> bool:
        """Some of it is work in the person's non-working time (a day off, or outside hours)."""
        return self.day_off or self.off_hours

    @property
    def reason(self) -> str:
        """Why the stretch is an over-allocation, in the words tooltips use: booked beyond max
        units, or working in their non-working time (:func:`off_time_words`) at no more."""
        units = f"{half_up(self.units * 100)}% of {half_up(self.max_units * 100)}%"
        if not self.off_time:
            return units
        words = off_time_words(self.day_off, self.off_hours)
        if self.units > self.max_units + _EPS:
            return f"{units}, {words}"
        return words


def person_overallocations(
    res: Resource, spans: list[tuple[datetime, datetime, float, int]]
) -> list[Overallocation]:
    """The periods in which one person is booked beyond max units or works in their
    non-working time, from their booked spans (start, finish, units, task uid; an
    :class:`OffTime` one in non-working time): :func:`overallocations` for a single person."""
    return _sweep(res, spans)


def _sweep(
    res: Resource, spans: list[tuple[datetime, datetime, float, int]]
) -> list[Overallocation]:
    events: list[tuple[datetime, int, float, int, int]] = []
    for span in spans:
        s, f, u, t = span
        made = type(span)  # 0 in working time, 1 on a day off, 2 outside a working day's hours
        off = 1 if made is OffTime else 2 if made is OffHours else 0
        events.append((s, 1, u, t, off))
        events.append((f, 0, u, t, off))  # finishes sort before starts at the same moment
    for av in res.availability:  # the limit changes here: look again even if no task does
        if av.start is not None:
            events.append((av.start, 2, 0.0, -1, 0))
        if av.finish is not None:
            events.append((av.finish + timedelta(minutes=1), 2, 0.0, -1, 0))
    events.sort(key=_MOMENT_KIND)
    out: list[Overallocation] = []
    level = 0.0
    # bookings in non-working time under way (none, a day off, outside hours): over at any level
    off_time = [0, 0, 0]
    active: dict[int, float] = {}
    open_at: datetime | None = None
    peak = 0.0
    involved: set[int] = set()
    day_off = off_hours = False
    k = 0
    while k < len(events):
        moment = events[k][0]
        while k < len(events) and events[k][0] == moment:
            _, kind, u, t, off = events[k]
            if kind == 2:
                pass
            elif kind == 1:
                level += u
                active[t] = active.get(t, 0.0) + u
                off_time[off] += 1
            else:
                level -= u
                active[t] = active.get(t, 0.0) - u
                off_time[off] -= 1
                if active[t] <= _EPS:
                    del active[t]
            k += 1
        limit = max_units_on(res, moment)
        if level > limit + _EPS or off_time[1] > 0 or off_time[2] > 0:
            if open_at is None:
                open_at, peak, involved = moment, level, set(active)
                day_off, off_hours = off_time[1] > 0, off_time[2] > 0
            else:
                peak = max(peak, level)
                involved.update(active)
                day_off = day_off or off_time[1] > 0
                off_hours = off_hours or off_time[2] > 0
        elif open_at is not None:
            out.append(
                Overallocation(
                    res.uid,
                    open_at,
                    moment,
                    peak,
                    limit,
                    tuple(sorted(involved)),
                    day_off,
                    off_hours,
                )
            )
            open_at = None
    return out


_MOMENT_KIND = itemgetter(0, 1)


def _sweep_minutes(
    res: Resource, mine: Sequence[Assignment], spans: TimesSpans, row: dict[int, int]
) -> list[Overallocation]:
    """:func:`_sweep` of a person at fixed max units over minute counts: the same events,
    order, sums and periods, without a datetime until a period is found."""
    start, finish = spans.start, spans.finish
    events: list[tuple[int, float, int]] = []
    for a in mine:
        i = row.get(a.task_uid)
        if i is None:
            continue
        s, f = start[i], finish[i]
        if f <= s:
            continue
        # finishes (even keys) sort before starts (odd keys) at a moment, as in _sweep
        events.append((s * 2 + 1, a.units, a.task_uid))
        events.append((f * 2, a.units, a.task_uid))
    events.sort(key=_FIRST)
    limit = res.max_units
    out: list[Overallocation] = []
    level = 0.0
    active: dict[int, float] = {}
    open_at: int | None = None
    peak = 0.0
    involved: set[int] = set()
    k, n = 0, len(events)
    while k < n:
        moment = events[k][0] >> 1
        while k < n and events[k][0] >> 1 == moment:
            key, u, t = events[k]
            if key & 1:
                level += u
                active[t] = active.get(t, 0.0) + u
            else:
                level -= u
                active[t] = active.get(t, 0.0) - u
                if active[t] <= _EPS:
                    del active[t]
            k += 1
        if level > limit + _EPS:
            if open_at is None:
                open_at, peak, involved = moment, level, set(active)
            else:
                peak = max(peak, level)
                involved.update(active)
        elif open_at is not None:
            out.append(
                Overallocation(
                    res.uid,
                    from_minutes(open_at),
                    from_minutes(moment),
                    peak,
                    limit,
                    tuple(sorted(involved)),
                )
            )
            open_at = None
    return out


_FIRST = itemgetter(0)
