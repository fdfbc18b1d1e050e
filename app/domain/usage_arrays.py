"""The bulk of :class:`app.domain.usage.Usage` in numpy: flat assignments laid over days and
people's over-allocated stretches, all at once.

At 100k tasks a per-assignment Python loop (reading each task's TaskTimes, then
its calendar) took 3-4 s. Almost every assignment is flat on an unsplit task:
its spread is a first and last day, the work of those two days and a rate per
working minute, worked out here from the schedule's minute columns with the
same arithmetic, in the same order, as :func:`app.domain.workload._spreads`
(so every figure is bit for bit the same). The few others (contours, split
tasks, summaries, materials) stay with the per-assignment code.

Likewise the over-allocation sweep of a person whose bookings are their tasks'
whole spans at fixed max units is :func:`app.domain.overallocation._sweep` on
arrays: the same events in the same order, levels summed one after another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from app.domain.schedule import Schedule, ScheduleTimes, TaskTimes
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
    p's max units. As :func:`app.domain.overallocation._sweep`: finishes before
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
