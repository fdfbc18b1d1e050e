"""The bulk of :class:`app.domain.usage.Usage` in numpy: flat assignments laid over days,
people's over-allocated stretches, and the assignments' fields as columns, all at once.

At 100k tasks a per-assignment Python loop (reading each task's TaskTimes, then
its calendar) took 3-4 s. Almost every assignment is flat on an unsplit task:
its spread is a first and last day, the work of those two days and a rate per
working minute, worked out here from the schedule's minute columns with the
same arithmetic, in the same order, as :func:`app.domain.workload._spreads`
(so every figure is bit for bit the same). The few others (contours, split
tasks, summaries, materials) stay with the per-assignment code.

Likewise the over-allocation sweep of a person whose bookings are their tasks'
whole spans at fixed max units is :func:`app.domain.overallocation_sweep._sweep` on
arrays: the same events in the same order, levels summed one after another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter, is_, not_
from typing import TYPE_CHECKING

import numpy as np

from app.domain.contours import WorkContour
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.schedule import Schedule, ScheduleTimes, TaskTimes
from app.domain.workload import DayCalendar
from app.domain.worktime import MINUTES_PER_DAY, to_minutes

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]

_EPS = 1e-6  # as app.domain.overallocation: rounding, not over-allocation


def rows_of(uids: IntArray, wanted: IntArray) -> IntArray:
    """Where each of ``wanted`` is in ``uids`` (the last place if twice, as a dict built from
    them would say), -1 where it is not: a dict lookup per item, in numpy."""
    if not len(uids):
        return np.full(len(wanted), -1, dtype=np.int64)
    order = np.argsort(uids, kind="stable")
    ranked = uids[order]
    at = np.searchsorted(ranked, wanted, side="right") - 1
    at_ok = np.clip(at, 0, len(ranked) - 1)
    found = (at >= 0) & (ranked[at_ok] == wanted)
    return np.where(found, order[at_ok], -1).astype(np.int64)


@dataclass(frozen=True, slots=True, eq=False)
class TaskMinutes:
    """When scheduled tasks run: ``uids[k]``'s values are at k; moments are minute counts."""

    uids: IntArray
    start: IntArray
    finish: IntArray
    duration: IntArray
    summary: BoolArray


def task_minutes(schedule: Schedule, uids: Iterable[int]) -> TaskMinutes:
    """The spans of the tasks ``uids`` (a schedule fresh from the scheduler gives all of them
    from its columns, building no TaskTimes)."""
    times = schedule.times
    if isinstance(times, ScheduleTimes):
        spans = times.spans()
        if spans is not None:
            return TaskMinutes(
                np.array(spans.uids, dtype=np.int64),
                np.array(spans.start, dtype=np.int64),
                np.array(spans.finish, dtype=np.int64),
                np.array(spans.duration_minutes, dtype=np.int64),
                np.array(spans.summary, dtype=bool),
            )
    wanted = list(dict.fromkeys(uids))
    found: list[tuple[int, TaskTimes]] = []
    for uid in wanted:
        got = times.get(uid)
        if got is not None:
            found.append((uid, got))
    return TaskMinutes(
        np.array([uid for uid, _ in found], dtype=np.int64),
        np.array([to_minutes(t.start) for _, t in found], dtype=np.int64),
        np.array([to_minutes(t.finish) for _, t in found], dtype=np.int64),
        np.array([t.duration_minutes for _, t in found], dtype=np.int64),
        np.array([t.summary for _, t in found], dtype=bool),
    )


def uneven_spans(entered: FloatArray, units: FloatArray, duration: IntArray) -> BoolArray:
    """Flat assignments whose own span is not their task's: entered work needing, at their
    units, more or less than the task's duration beyond rounding
    (:func:`app.domain.contours.fills_task` on arrays)."""
    ok = (entered > 0) & (units > 0)
    need = np.divide(entered, units, out=np.zeros(len(units)), where=ok)
    slack = 1.0 + np.divide(0.5, units, out=np.zeros(len(units)), where=ok)
    out: BoolArray = ok & (np.abs(need - duration) > slack)
    return out


@dataclass(frozen=True, slots=True, eq=False)
class FlatSpreads:
    """One spread per assignment laid (see :class:`app.domain.workload._Spread`), as arrays."""

    first: IntArray
    last: IntArray
    head: FloatArray
    tail: FloatArray
    rate: FloatArray


def flat_spreads(
    index: Callable[[int], int],
    start: IntArray,
    finish: IntArray,
    work: FloatArray,
    origin_ordinal: int,
) -> FlatSpreads:
    """Flat assignments on one calendar (``index``: its work index), each over its task's span.

    ``work`` > 0 for each. As :func:`app.domain.workload._spreads`: a task within one
    day (or without working time) puts all its work on its first day; otherwise the
    first and last days get their working minutes' share and the days between a rate.
    """
    first = start // MINUTES_PER_DAY - origin_ordinal
    last = finish // MINUTES_PER_DAY - origin_ordinal
    n = len(start)
    head = work.astype(np.float64, copy=True)
    tail = np.zeros(n, dtype=np.float64)
    rate = np.zeros(n, dtype=np.float64)
    span = np.flatnonzero((first != last) & (finish > start))
    if len(span):
        s, f = start[span].tolist(), finish[span].tolist()
        ia = np.fromiter(map(index, s), np.int64, len(s))
        ib = np.fromiter(map(index, f), np.int64, len(f))
        next_day = (first[span] + origin_ordinal + 1) * MINUTES_PER_DAY
        own_day = (last[span] + origin_ordinal) * MINUTES_PER_DAY
        a_next, b_midnight = _midnight_indexes(index, next_day, own_day)
        total = ib - ia
        ok = total > 0
        at = span[ok]
        r = work[at] / total[ok]
        head[at] = (a_next - ia)[ok] * r
        tail[at] = (ib - b_midnight)[ok] * r
        rate[at] = r
        last[span[~ok]] = first[span[~ok]]
    one = np.flatnonzero((first == last) | (finish <= start))
    last[one] = first[one]
    return FlatSpreads(first, last, head, tail, rate)


def _midnight_indexes(index: Callable[[int], int], *moments: IntArray) -> tuple[IntArray, ...]:
    """The work index at each of ``moments`` (midnights). Tasks share most days: when the
    days from the first to the last are not many more than the moments, each midnight
    of that range is looked up once and the moments read from it."""
    lo = min(int(m.min()) for m in moments)
    hi = max(int(m.max()) for m in moments)
    days = (hi - lo) // MINUTES_PER_DAY + 1
    if days > 4 * sum(len(m) for m in moments) + 1000:
        return tuple(np.fromiter(map(index, m.tolist()), np.int64, len(m)) for m in moments)
    midnights = range(lo, hi + 1, MINUTES_PER_DAY)
    at = np.fromiter(map(index, midnights), np.int64, days)
    return tuple(at[(m - lo) // MINUTES_PER_DAY] for m in moments)


def over_stretches(
    person: IntArray,
    start: IntArray,
    finish: IntArray,
    units: FloatArray,
    limits: FloatArray,
) -> tuple[IntArray, IntArray, IntArray]:
    """People's over-allocated stretches: ``(person, start, finish)`` (minute counts).

    Bookings (in the order the person's assignments are listed, grouped by person)
    run from ``start`` to ``finish`` (> start) at ``units``; ``limits[p]`` is person
    p's max units. As :func:`app.domain.overallocation_sweep._sweep`: finishes before
    starts at one moment, the level checked once a moment's changes are in, a
    stretch open while it passes max units (by more than rounding) and kept once
    it has ended.
    """
    none = np.zeros(0, dtype=np.int64)
    if not len(start):
        return none, none, none
    keys = np.empty(2 * len(start), dtype=np.int64)
    keys[0::2] = start * 2 + 1
    keys[1::2] = finish * 2
    deltas = np.empty(2 * len(start), dtype=np.float64)
    deltas[0::2] = units
    deltas[1::2] = -units
    who = np.repeat(person, 2)
    order = np.lexsort((keys, who))  # stable: ties keep the bookings' order
    keys, deltas, who = keys[order], deltas[order], who[order]
    cuts = np.flatnonzero(who[1:] != who[:-1]) + 1
    levels = np.empty(len(keys), dtype=np.float64)
    lows = [0, *cuts.tolist()]
    highs = [*cuts.tolist(), len(keys)]
    for lo, hi in zip(lows, highs, strict=True):  # each person's level from 0, added in order
        levels[lo:hi] = np.cumsum(deltas[lo:hi])
    moments = keys >> 1
    last = np.ones(len(keys), dtype=bool)  # a person's last change at a moment
    last[:-1] = (moments[1:] != moments[:-1]) | (who[1:] != who[:-1])
    at = np.flatnonzero(last)
    moments, who = moments[at], who[at]
    over = levels[at] > limits[who] + _EPS
    before = np.zeros(len(over), dtype=bool)
    before[1:] = over[:-1] & (who[1:] == who[:-1])
    opens = np.flatnonzero(over & ~before)
    closes = np.flatnonzero(~over & before)
    k = np.searchsorted(closes, opens)
    paired = k < len(closes)
    opens, k = opens[paired], k[paired]
    ends = closes[k]
    same = who[ends] == who[opens]  # a stretch still open at a person's end is not kept
    opens, ends = opens[same], ends[same]
    return who[opens], moments[opens], moments[ends]


def subtree_ends(levels: list[int]) -> IntArray:
    """For each row of an outline, the row just past its last descendant: the first row
    after it at its level or above (the end of the list if none)."""
    lv = np.array(levels, dtype=np.int64)
    n = len(lv)
    ends = np.full(n, n, dtype=np.int64)
    for level in np.unique(lv).tolist():
        rows = np.flatnonzero(lv == level)
        stops = np.flatnonzero(lv <= level)
        k = np.searchsorted(stops, rows, side="right")
        found = k < len(stops)
        ends[rows[found]] = stops[k[found]]
    return ends


@dataclass(frozen=True, slots=True, eq=False)
class FlatLaid:
    """Every flat assignment's spread (by assignment index, where ``mask``) and what it was
    laid from: start, finish, work and calendar decide it whole while the calendars and
    the day axis's origin stay (the caller's check), so an edit lays only those that moved."""

    mask: BoolArray
    start: IntArray
    finish: IntArray
    work: FloatArray
    cal: IntArray
    first: IntArray
    last: IntArray
    head: FloatArray
    tail: FloatArray
    rate: FloatArray

    @classmethod
    def lay(
        cls,
        before: FlatLaid | None,
        day_cals: list[DayCalendar],
        mask: BoolArray,
        start: IntArray,
        finish: IntArray,
        work: FloatArray,
        cal: IntArray,
        origin_ordinal: int,
    ) -> FlatLaid:
        """Lay the assignments of ``mask``, taking from ``before`` those laid from the same."""
        n = len(mask)
        first, last = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
        head, tail = np.zeros(n, dtype=np.float64), np.zeros(n, dtype=np.float64)
        rate = np.zeros(n, dtype=np.float64)
        todo = mask
        if before is not None and len(before.mask) == n:
            keep = (
                mask
                & before.mask
                & (before.start == start)
                & (before.finish == finish)
                & (before.work == work)
                & (before.cal == cal)
            )
            for mine, theirs in (
                (first, before.first),
                (last, before.last),
                (head, before.head),
                (tail, before.tail),
                (rate, before.rate),
            ):
                mine[keep] = theirs[keep]
            todo = mask & ~keep
        for c, day_cal in enumerate(day_cals):
            at = np.flatnonzero(todo & (cal == c))
            if not len(at):
                continue
            laid = flat_spreads(
                day_cal.worktime.index, start[at], finish[at], work[at], origin_ordinal
            )
            first[at], last[at] = laid.first, laid.last
            head[at], tail[at], rate[at] = laid.head, laid.tail, laid.rate
        return cls(mask, start, finish, work, cal, first, last, head, tail, rate)


@dataclass(frozen=True, slots=True, eq=False)
class AssignmentColumns:
    """The assignments of the people and materials grouped by person, and the fields the
    table reads from each, as arrays. Taken whole from the table before an edit that left
    every assignment and person the same objects (a task's dates changed, say): reading
    66,666 assignments' fields again cost a tenth of a second at 100k tasks."""

    source: list[Assignment]  # plan.assignments as it was
    place: IntArray  # where each of them is in ``assignments`` (-1: not a person's)
    resources: tuple[Resource, ...]
    by_res: list[list[Assignment]]
    assignments: tuple[Assignment, ...]
    counts: IntArray
    res_of: IntArray
    task_uids: IntArray
    units: FloatArray
    entered: FloatArray
    shaped: BoolArray

    @classmethod
    def of(
        cls, plan: Plan, resources: tuple[Resource, ...], before: AssignmentColumns | None
    ) -> AssignmentColumns:
        """The columns of ``plan``'s assignments of ``resources`` (``before``'s if the same)."""
        source = plan.assignments
        if (
            before is not None
            and len(before.source) == len(source)
            and len(before.resources) == len(resources)
            and all(map(is_, before.resources, resources))
        ):
            changed = list(compress(range(len(source)), map(not_, map(is_, before.source, source))))
            if not changed:
                return before
            if len(changed) <= _FEW_CHANGED:
                patched = before.patched(source, changed)
                if patched is not None:
                    return patched
        res_row = {r.uid: i for i, r in enumerate(resources)}
        by_res: list[list[Assignment]] = [[] for _ in resources]
        for a in source:
            i = res_row.get(a.resource_uid)
            if i is not None:
                by_res[i].append(a)
        asg = tuple(a for mine in by_res for a in mine)
        n = len(asg)
        counts = np.array([len(m) for m in by_res], dtype=np.int64)
        flat = WorkContour.FLAT
        shaped = np.zeros(n, dtype=bool)
        contours = list(map(_CONTOUR, asg))
        for j in [j for j, c in enumerate(contours) if c is not flat]:
            shaped[j] = contours[j].shaped
        for column in (counts, shaped):
            column.setflags(write=False)
        place = {id(a): j for j, a in enumerate(asg)}
        made = cls(
            list(source),
            np.array([place.get(id(a), -1) for a in source], dtype=np.int64),
            resources,
            by_res,
            asg,
            counts,
            np.repeat(np.arange(len(resources), dtype=np.int64), counts),
            np.fromiter(map(_TASK, asg), np.int64, n),
            np.fromiter(map(_UNITS, asg), np.float64, n),
            np.fromiter(map(_WORK, asg), np.float64, n),
            shaped,
        )
        for column in (made.place, made.res_of, made.task_uids, made.units, made.entered):
            column.setflags(write=False)
        return made

    def patched(self, source: list[Assignment], changed: list[int]) -> AssignmentColumns | None:
        """These columns with the assignments at ``changed`` (indices in ``source``) put in
        their places; None when one of them moved to another person (regroup then)."""
        asg = list(self.assignments)
        by_res = list(self.by_res)
        units, entered = self.units.copy(), self.entered.copy()
        task_uids, shaped = self.task_uids.copy(), self.shaped.copy()
        lows = (np.cumsum(self.counts) - self.counts).tolist()
        copied: set[int] = set()
        for s in changed:
            new, j = source[s], int(self.place[s])
            if j < 0 or new.resource_uid != asg[j].resource_uid:
                return None
            i = int(self.res_of[j])
            if i not in copied:
                by_res[i] = list(by_res[i])
                copied.add(i)
            asg[j] = by_res[i][j - lows[i]] = new
            units[j], entered[j], task_uids[j] = new.units, new.work_minutes, new.task_uid
            shaped[j] = new.contour is not WorkContour.FLAT and new.contour.shaped
        for column in (units, entered, task_uids, shaped):
            column.setflags(write=False)
        return AssignmentColumns(
            list(source),
            self.place,
            self.resources,
            by_res,
            tuple(asg),
            self.counts,
            self.res_of,
            task_uids,
            units,
            entered,
            shaped,
        )


_FEW_CHANGED = 1000  # assignments replaced by an edit, patched in; more: read them all again
_CONTOUR, _UNITS = attrgetter("contour"), attrgetter("units")
_WORK, _TASK = attrgetter("work_minutes"), attrgetter("task_uid")
