"""Who works how much when: work per person per day, capacity, over-allocations.

An assignment's work is spread evenly over the working time of its task (on
the resource's calendar), so a day holds the share of work that falls into its
working hours; a split task's pauses hold none of it (the person is free
then). Capacity is max units (or the availability period in force)
times the working minutes of the resource's calendar that day. A person is
over-allocated when, at some moment, the units of their overlapping
assignments exceed their max units (MS Project's definition).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING, NamedTuple

from app.domain.calendar import Calendar, Interval
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.splits import TaskClocks, work_before
from app.domain.task_spans import TaskSpans, task_spans
from app.domain.worktime import MINUTES_PER_DAY, WorkTime, to_minutes

if TYPE_CHECKING:
    # numpy costs ~0.15 s to import; it is imported by the functions that build
    # arrays, so that costs and the command line never pay for it.
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]

_EPS = 1e-6


class DayCalendar:
    """Working minutes of one plan calendar per day and between moments.

    A thin view over :class:`app.domain.worktime.WorkTime` (holidays,
    recurring exceptions and base calendars included), shaped for day buckets.
    """

    def __init__(self, plan: Plan, calendar_uid: int | None) -> None:
        chain = _calendar_chain(plan, calendar_uid)
        self._wt = WorkTime.for_calendar(chain[0], plan.calendars)
        self._minutes: dict[date, int] = {}

    @property
    def worktime(self) -> WorkTime:
        """The calendar's working time itself (to place a split task's parts on it)."""
        return self._wt

    def intervals(self, day: date) -> tuple[Interval, ...]:
        """Working intervals of a day, minutes from midnight."""
        return tuple(self._wt.working_intervals(day))

    def day_minutes(self, day: date) -> int:
        """Working minutes in a day."""
        got = self._minutes.get(day)
        if got is None:
            got = self._minutes[day] = self._wt.minutes_on(day)
        return got

    def minutes_before(self, moment: datetime) -> int:
        """Working minutes of the moment's day that lie before the moment."""
        m = moment.hour * 60 + moment.minute
        return sum(max(0, min(m, hi) - lo) for lo, hi in self._wt.working_intervals(moment.date()))

    def between(self, a: datetime, b: datetime) -> int:
        """Working minutes from ``a`` to ``b`` (0 when b <= a)."""
        return max(0, self._wt.between(a, b))

    def work_index(self, moment: datetime) -> int:
        """Working minutes from the calendar's origin up to a moment (differences are durations)."""
        return self._wt.index(to_minutes(moment))

    def span(self, a: datetime, b: datetime) -> tuple[int, int, int]:
        """Working minutes from ``a`` to the end of its day, from ``b``'s midnight to ``b``, and in all."""
        index = self._wt.index
        ia, ib = index(to_minutes(a)), index(to_minutes(b))
        a_next = index((a.toordinal() + 1) * MINUTES_PER_DAY)
        b_midnight = index(b.toordinal() * MINUTES_PER_DAY)
        return a_next - ia, ib - b_midnight, ib - ia


def _calendar_chain(plan: Plan, uid: int | None) -> list[Calendar]:
    """A calendar followed by its bases (the project calendar when uid is None or unknown)."""
    cal = plan.calendars.get(uid if uid is not None else plan.project.calendar_uid)
    if cal is None:
        cal = plan.calendar()
    chain = [cal]
    seen = {cal.uid}
    while chain[-1].base_uid is not None and chain[-1].base_uid not in seen:
        base = plan.calendars.get(chain[-1].base_uid)
        if base is None:
            break
        chain.append(base)
        seen.add(base.uid)
    return chain


def _resource_calendar(
    plan: Plan, res: Resource, cache: dict[int | None, DayCalendar]
) -> DayCalendar:
    key = res.calendar_uid if res.calendar_uid in plan.calendars else None
    cal = cache.get(key)
    if cal is None:
        cal = DayCalendar(plan, key)
        cache[key] = cal
    return cal


def work_fraction(plan: Plan, schedule: Schedule) -> Callable[[int, datetime], float]:
    """``f(task_uid, moment)``: share (0..1) of a task's working time that lies before a moment.

    A split task's pauses are not working time: the share stays put through them.
    """
    cals: dict[int | None, DayCalendar] = {}
    clocks = TaskClocks(plan)

    def fraction(task_uid: int, moment: datetime) -> float:
        times = schedule.get(task_uid)
        if times is None:
            return 0.0
        if moment <= times.start:
            return 0.0
        if moment >= times.finish:
            return 1.0
        task = plan.task(task_uid)
        if task.splits:  # the pauses hold no work
            parts = clocks.parts(task, times)
            if parts:
                wt = clocks.of(task)
                whole = work_before(parts, wt, times.finish)
                return work_before(parts, wt, moment) / whole if whole > 0 else 1.0
        key = task.calendar_uid
        cal = cals.get(key)
        if cal is None:
            cal = cals[key] = DayCalendar(plan, key)
        total = cal.between(times.start, times.finish)
        if total <= 0:
            span = (times.finish - times.start).total_seconds()
            return (moment - times.start).total_seconds() / span if span else 1.0
        return cal.between(times.start, moment) / total

    return fraction


def max_units_on(resource: Resource, day: date | datetime) -> float:
    """Max units in force on a day (noon) or at a moment; availability periods override ``max_units``."""
    if not resource.availability:
        return resource.max_units
    moment = day if isinstance(day, datetime) else datetime.combine(day, time(12))
    for av in resource.availability:
        if (av.start is None or av.start <= moment) and (av.finish is None or moment <= av.finish):
            return av.units
    return 0.0


@dataclass
class Workload:
    """Work and capacity per resource per day, in minutes, from ``first_day`` on.

    ``work[i]`` and ``capacity[i]`` belong to ``resource_uids[i]``.
    """

    first_day: date
    resource_uids: list[int]
    work: FloatArray
    capacity: FloatArray
    row_of: dict[int, int] = field(default_factory=dict)

    @property
    def days(self) -> list[date]:
        """The dates of the columns."""
        return [self.first_day + timedelta(days=k) for k in range(self.work.shape[1])]

    def over_days(self, resource_uid: int) -> list[date]:
        """Days on which a person has more work than capacity."""
        import numpy as np

        i = self.row_of[resource_uid]
        idx = np.nonzero(self.work[i] > self.capacity[i] + 0.5)[0]
        return [self.first_day + timedelta(days=int(k)) for k in idx]

    def by_week(self) -> tuple[list[date], FloatArray, FloatArray]:
        """Mondays of the weeks with work and capacity summed per week."""
        return _group_weeks(self.first_day, self.work, self.capacity)


def _group_weeks(
    first_day: date, work: FloatArray, capacity: FloatArray
) -> tuple[list[date], FloatArray, FloatArray]:
    mondays, wp = weekly(first_day, work)
    return mondays, wp, weekly(first_day, capacity)[1]


def weekly(first_day: date, days: FloatArray) -> tuple[list[date], FloatArray]:
    """Sum day columns (last axis, from ``first_day``) into Monday-to-Sunday weeks."""
    import numpy as np

    offset = first_day.weekday()
    n = days.shape[-1]
    weeks = (n + offset + 6) // 7
    pad = weeks * 7 - n - offset
    widths = [(0, 0)] * (days.ndim - 1) + [(offset, pad)]
    folded: FloatArray = np.pad(days, widths).reshape(*days.shape[:-1], weeks, 7).sum(axis=-1)
    monday = first_day - timedelta(days=offset)
    return [monday + timedelta(weeks=k) for k in range(weeks)], folded


class _Spread(NamedTuple):
    """One assignment's work laid on days: partial first/last day plus a flat rate between."""

    task_uid: int
    first: int  # day index of the start
    last: int  # day index of the finish
    head: float  # work on the first day
    tail: float  # work on the last day
    rate: float  # work per working minute on the days between


def _spreads(
    plan: Plan,
    schedule: Schedule,
    res: Resource,
    cal: DayCalendar,
    first_day: date,
    task_uids: Iterable[int] | None = None,
    assignments: list[Assignment] | None = None,
    split_parts: SplitParts | None = None,
) -> list[_Spread]:
    """How each work assignment of a resource is laid over days.

    ``split_parts``: the working parts of the split tasks (:func:`split_parts`).
    """
    wanted = None if task_uids is None else set(task_uids)
    out: list[_Spread] = []
    mine = plan.assignments_of_resource(res.uid) if assignments is None else assignments
    for a in mine:
        if wanted is not None and a.task_uid not in wanted:
            continue
        times = schedule.get(a.task_uid)
        if times is None or times.summary:
            continue
        work = float(a.work_minutes or round(times.duration_minutes * a.units))
        if work <= 0:
            continue
        parts = split_parts.get(a.task_uid) if split_parts else None
        if parts:
            out.extend(_part_spreads(a.task_uid, parts, work, cal, first_day))
            continue
        s, f = times.start, times.finish
        ds, df = (s.date() - first_day).days, (f.date() - first_day).days
        if ds == df or f <= s:
            out.append(_Spread(a.task_uid, ds, ds, work, 0.0, 0.0))
            continue
        head_min, tail_min, total = cal.span(s, f)
        if total <= 0:
            out.append(_Spread(a.task_uid, ds, ds, work, 0.0, 0.0))
            continue
        rate = work / total
        out.append(_Spread(a.task_uid, ds, df, head_min * rate, tail_min * rate, rate))
    return out


SplitParts = dict[int, tuple[tuple[datetime, datetime], ...]]


def split_parts(plan: Plan, schedule: Schedule) -> SplitParts:
    """The working parts of each split task as scheduled (empty for a plan without splits)."""
    split = [t for t in plan.tasks if t.splits]
    if not split:
        return {}
    clocks = TaskClocks(plan)
    out: SplitParts = {}
    for t in split:
        times = schedule.get(t.uid)
        parts = clocks.parts(t, times) if times is not None else ()
        if parts:
            out[t.uid] = parts
    return out


def _part_spreads(
    task_uid: int,
    parts: tuple[tuple[datetime, datetime], ...],
    work: float,
    cal: DayCalendar,
    first_day: date,
) -> list[_Spread]:
    """A split task's work laid over its working parts only, evenly over their working time."""
    spans = [(s, f, cal.span(s, f)) for s, f in parts if f > s]
    total = sum(minutes for _, _, (_, _, minutes) in spans)
    if total <= 0:  # no working time of the person in the parts: all on the first day
        ds = (parts[0][0].date() - first_day).days
        return [_Spread(task_uid, ds, ds, work, 0.0, 0.0)]
    rate = work / total
    out: list[_Spread] = []
    for s, f, (head, tail, minutes) in spans:
        if minutes <= 0:
            continue
        ds, df = (s.date() - first_day).days, (f.date() - first_day).days
        if ds == df:
            out.append(_Spread(task_uid, ds, ds, minutes * rate, 0.0, 0.0))
        else:
            out.append(_Spread(task_uid, ds, df, head * rate, tail * rate, rate))
    return out


def _day_minutes_row(cal: DayCalendar, first_day: date, n: int) -> FloatArray:
    import numpy as np

    return np.array(
        [cal.day_minutes(first_day + timedelta(days=k)) for k in range(n)], dtype=np.float64
    )


def _lay(spreads: list[_Spread], day_minutes: FloatArray) -> FloatArray:
    """Work per day of a set of spreads (vectorised over the days between first and last)."""
    import numpy as np

    n = day_minutes.shape[0]
    load = np.zeros(n + 1, dtype=np.float64)
    diff = np.zeros(n + 1, dtype=np.float64)
    for sp in spreads:
        load[sp.first] += sp.head
        if sp.last != sp.first:
            load[sp.last] += sp.tail
            if sp.last > sp.first + 1:
                diff[sp.first + 1] += sp.rate
                diff[sp.last] -= sp.rate
    return load[:n] + np.cumsum(diff)[:n] * day_minutes


def workload(
    plan: Plan,
    schedule: Schedule,
    resource_uids: Iterable[int] | None = None,
    first_day: date | None = None,
    last_day: date | None = None,
) -> Workload:
    """Work and capacity per day for work resources (all, or those given)."""
    import numpy as np

    first = first_day or schedule.start.date()
    last = last_day or schedule.finish.date()
    n = max(1, (last - first).days + 1)
    wanted = None if resource_uids is None else set(resource_uids)
    people = [
        r
        for r in plan.resources
        if r.type is ResourceType.WORK and (wanted is None or r.uid in wanted)
    ]
    cals: dict[int | None, DayCalendar] = {}
    rows: dict[int | None, FloatArray] = {}
    by_res: dict[int, list[Assignment]] = {r.uid: [] for r in people}
    for a in plan.assignments:
        got = by_res.get(a.resource_uid)
        if got is not None:
            got.append(a)
    work = np.zeros((len(people), n), dtype=np.float64)
    capacity = np.zeros((len(people), n), dtype=np.float64)
    parts = split_parts(plan, schedule)
    for i, res in enumerate(people):
        cal = _resource_calendar(plan, res, cals)
        key = res.calendar_uid if res.calendar_uid in plan.calendars else None
        day_minutes = rows.get(key)
        if day_minutes is None:
            day_minutes = rows[key] = _day_minutes_row(cal, first, n)
        spreads = _spreads(
            plan, schedule, res, cal, first, assignments=by_res[res.uid], split_parts=parts
        )
        inside = [sp for sp in spreads if sp.first >= 0 and sp.last < n]
        work[i] = _lay(inside, day_minutes)
        for sp in spreads:
            if (sp.first < 0 or sp.last >= n) and sp.last >= 0 and sp.first < n:
                work[i] += _clip(sp, n, day_minutes)
        if res.availability:
            units = np.array(
                [max_units_on(res, first + timedelta(days=k)) for k in range(n)], dtype=np.float64
            )
            capacity[i] = day_minutes * units
        else:
            capacity[i] = day_minutes * res.max_units
    return Workload(
        first, [r.uid for r in people], work, capacity, {r.uid: i for i, r in enumerate(people)}
    )


def workload_by_task(
    plan: Plan, schedule: Schedule, resource_uid: int, first_day: date, n_days: int
) -> dict[int, FloatArray]:
    """One person's work per day split by task (for a stacked chart)."""
    import numpy as np

    res = plan.resource(resource_uid)
    cal = DayCalendar(plan, res.calendar_uid if res.calendar_uid in plan.calendars else None)
    day_minutes = _day_minutes_row(cal, first_day, n_days)
    out: dict[int, FloatArray] = {}
    parts = split_parts(plan, schedule)
    for sp in _spreads(plan, schedule, res, cal, first_day, split_parts=parts):
        if sp.last < 0 or sp.first >= n_days:
            continue
        clipped = _clip(sp, n_days, day_minutes)
        out[sp.task_uid] = out.get(sp.task_uid, np.zeros(n_days)) + clipped
    return out


def _clip(sp: _Spread, n: int, day_minutes: FloatArray) -> FloatArray:
    """Lay one spread on a window of n days even when it starts before or ends after it."""
    import numpy as np

    row = np.zeros(n, dtype=np.float64)
    if 0 <= sp.first < n:
        row[sp.first] += sp.head
    if sp.last != sp.first and 0 <= sp.last < n:
        row[sp.last] += sp.tail
    lo, hi = max(sp.first + 1, 0), min(sp.last, n)
    if hi > lo:
        row[lo:hi] += sp.rate * day_minutes[lo:hi]
    return row


@dataclass(frozen=True, slots=True)
class Overallocation:
    """A stretch of time in which a person's assignment units exceed their max units."""

    resource_uid: int
    start: datetime
    finish: datetime
    units: float
    max_units: float
    task_uids: tuple[int, ...]


def overallocations(plan: Plan, schedule: Schedule) -> list[Overallocation]:
    """Every period in which someone is booked beyond max units, in resource then time order."""
    out: list[Overallocation] = []
    by_res: dict[int, list[tuple[datetime, datetime, float, int]]] = {}
    parts = split_parts(plan, schedule)
    for a in plan.assignments:
        times = schedule.get(a.task_uid)
        if times is None or times.summary or times.finish <= times.start:
            continue
        booked = by_res.setdefault(a.resource_uid, [])
        if parts and a.task_uid in parts:  # free during the pauses
            booked.extend((s, f, a.units, a.task_uid) for s, f in parts[a.task_uid] if f > s)
            continue
        booked.append((times.start, times.finish, a.units, a.task_uid))
    for res in plan.resources:
        if res.type is not ResourceType.WORK or res.uid not in by_res:
            continue
        out.extend(_sweep(res, by_res[res.uid]))
    return out


def _sweep(
    res: Resource, spans: list[tuple[datetime, datetime, float, int]]
) -> list[Overallocation]:
    events: list[tuple[datetime, int, float, int]] = []
    for s, f, u, t in spans:
        events.append((s, 1, u, t))
        events.append((f, 0, u, t))  # finishes sort before starts at the same moment
    for av in res.availability:  # the limit changes here: look again even if no task does
        if av.start is not None:
            events.append((av.start, 2, 0.0, -1))
        if av.finish is not None:
            events.append((av.finish + timedelta(minutes=1), 2, 0.0, -1))
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[Overallocation] = []
    level = 0.0
    active: dict[int, float] = {}
    open_at: datetime | None = None
    peak = 0.0
    involved: set[int] = set()
    k = 0
    while k < len(events):
        moment = events[k][0]
        while k < len(events) and events[k][0] == moment:
            _, kind, u, t = events[k]
            if kind == 2:
                pass
            elif kind == 1:
                level += u
                active[t] = active.get(t, 0.0) + u
            else:
                level -= u
                active[t] = active.get(t, 0.0) - u
                if active[t] <= _EPS:
                    del active[t]
            k += 1
        limit = max_units_on(res, moment)
        if level > limit + _EPS:
            if open_at is None:
                open_at, peak, involved = moment, level, set(active)
            else:
                peak = max(peak, level)
                involved.update(active)
        elif open_at is not None:
            out.append(
                Overallocation(res.uid, open_at, moment, peak, limit, tuple(sorted(involved)))
            )
            open_at = None
    return out


def overallocated_resources(
    plan: Plan, schedule: Schedule, spans: TaskSpans | None = None
) -> set[int]:
    """Uids of people booked beyond their max units at some moment.

    The same people :func:`overallocations` names, found without building its
    periods. ``spans`` are the assigned tasks' spans if the caller has read them.
    """
    if spans is None:
        spans = task_spans(schedule, (a.task_uid for a in plan.assignments))
    people = [r for r in plan.resources if r.type is ResourceType.WORK]
    if len({r.uid for r in people}) != len(people):  # one uid twice: let the full sweep judge
        return {o.resource_uid for o in overallocations(plan, schedule)}
    parts = split_parts(plan, schedule)
    # People on a split task are free during its pauses: the full sweep over its parts judges them.
    paused = {a.resource_uid for a in plan.assignments if a.task_uid in parts} if parts else set()
    limits = {r.uid: r.max_units + _EPS for r in people if not r.availability}
    for uid in paused:
        limits.pop(uid, None)
    if numpy_pays(len(plan.assignments)):
        out = _overbooked_arrays(plan.assignments, spans, limits)
    else:
        out = _overbooked(plan.assignments, spans, limits)
    limited = {r.uid: r for r in people if r.availability or r.uid in paused}
    if limited:  # max units change over time, or pauses: the full sweep, for these people only
        spans_of: dict[int, list[tuple[datetime, datetime, float, int]]] = {}
        for a in plan.assignments:
            times = schedule.get(a.task_uid) if a.resource_uid in limited else None
            if times is None or times.summary or times.finish <= times.start:
                continue
            booked = spans_of.setdefault(a.resource_uid, [])
            if a.task_uid in parts:
                booked.extend((s, f, a.units, a.task_uid) for s, f in parts[a.task_uid] if f > s)
            else:
                booked.append((times.start, times.finish, a.units, a.task_uid))
        out.update(uid for uid, got in spans_of.items() if _sweep(limited[uid], got))
    return out


def numpy_pays(size: int) -> bool:
    """Whether a bulk computation over ``size`` items should use numpy.

    Small ones are quicker in plain Python. numpy costs ~0.15 s to import:
    worth it when it is loaded already (the window loads it) or the work is large.
    """
    return size >= _NUMPY_FROM and ("numpy" in sys.modules or size >= _NUMPY_IMPORT_FROM)


_NUMPY_FROM = 2000
# The over-allocation sweep gains ~1 ms per 1000 assignments in numpy: its import
# pays off only past ~150k of them.
_NUMPY_IMPORT_FROM = 200_000


def _overbooked(
    assignments: list[Assignment], spans: TaskSpans, limits: dict[int, float]
) -> set[int]:
    """The people of ``limits`` (uid -> max units + tolerance) booked beyond it, in plain Python."""
    keys: dict[int, list[int]] = {uid: [] for uid in limits}
    units: dict[int, list[float]] = {uid: [] for uid in limits}
    row, start, finish, summary = spans.row, spans.start, spans.finish, spans.summary
    for a in assignments:
        mine = keys.get(a.resource_uid)
        i = row.get(a.task_uid)
        if mine is None or i is None or summary[i]:
            continue
        s, f = start[i], finish[i]
        if f <= s:
            continue
        # A moment and its kind in one integer: finishes (0) sort before starts (1),
        # and a stable sort keeps the assignments' order within both, as _sweep does.
        mine.append(s * 2 + 1)
        mine.append(f * 2)
        u = a.units
        got = units[a.resource_uid]
        got.append(u)
        got.append(-u)
    return {uid for uid, mine in keys.items() if mine and _ever_over(mine, units[uid], limits[uid])}


def _overbooked_arrays(
    assignments: list[Assignment], spans: TaskSpans, limits: dict[int, float]
) -> set[int]:
    """:func:`_overbooked` in numpy: the same events, order and sums, for large plans."""
    import numpy as np

    uids = np.array(sorted(limits), dtype=np.int64)
    if not len(uids) or not spans.row:
        return set()
    row = spans.row
    rows = np.array([row.get(a.task_uid, -1) for a in assignments], dtype=np.intp)
    res = np.array([a.resource_uid for a in assignments], dtype=np.int64)
    units = np.array([a.units for a in assignments], dtype=np.float64)
    known = rows >= 0
    rows[~known] = 0
    start = np.array(spans.start, dtype=np.int64)[rows]
    finish = np.array(spans.finish, dtype=np.int64)[rows]
    summary = np.array(spans.summary, dtype=bool)[rows]
    person = np.minimum(np.searchsorted(uids, res), len(uids) - 1)
    keep = known & ~summary & (finish > start) & (uids[person] == res)
    start, finish, units, person = start[keep], finish[keep], units[keep], person[keep]
    # Each span's start then finish, in assignment order, as _overbooked lays them out.
    keys = np.empty(2 * len(start), dtype=np.int64)
    keys[0::2] = start * 2 + 1
    keys[1::2] = finish * 2
    deltas = np.empty(2 * len(start), dtype=np.float64)
    deltas[0::2] = units
    deltas[1::2] = -units
    who = np.repeat(person, 2)
    order = np.lexsort((keys, who))  # by person, then key; stable, so ties keep that order
    keys, deltas, who = keys[order], deltas[order], who[order]
    moments = keys >> 1
    last = np.ones(len(keys), dtype=bool)  # the last change of a person at a moment
    last[:-1] = (moments[1:] != moments[:-1]) | (who[1:] != who[:-1])
    bounds = np.flatnonzero(who[1:] != who[:-1]) + 1
    out: set[int] = set()
    for lo, hi in zip(
        np.concatenate(([0], bounds)).tolist(),
        np.concatenate((bounds, [len(keys)])).tolist(),
        strict=True,
    ):
        if hi <= lo:
            continue
        uid = int(uids[who[lo]])
        # cumsum adds in order, one value after another: the levels _sweep reaches
        over = np.cumsum(deltas[lo:hi])[last[lo:hi]] > limits[uid]
        first = int(np.argmax(over))
        if over[first] and not over[first + 1 :].all():
            out.add(uid)
    return out


def _ever_over(keys: list[int], deltas: list[float], limit: float) -> bool:
    """Whether the booked units, summed in moment order, pass ``limit`` and then drop back.

    ``keys`` are moment x 2 + kind (see overallocated_resources), ``deltas`` the
    units each adds (negative at a finish). The level is checked once all changes
    at a moment are in, and an over-allocation counts once it has ended: :func:`_sweep`'s rule.
    """
    order = sorted(range(len(keys)), key=keys.__getitem__)
    moments = [keys[k] >> 1 for k in order]
    levels = list(accumulate([deltas[k] for k in order]))
    n = len(moments)
    over = False
    for k in range(n):
        if k + 1 < n and moments[k + 1] == moments[k]:
            continue  # more changes at this moment
        if levels[k] > limit:
            over = True
        elif over:
            return True
    return False
