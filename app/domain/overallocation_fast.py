"""The quick answers :func:`~app.domain.overallocation.overallocated_resources` and the
column sweep build on: whether a person's bookings ever pass their max units, without
building the periods (in plain Python, or numpy arrays for large plans), and whose
assignments do not fill their tasks at their units (those people need the full sweep
of their own spans: :mod:`~app.domain.overallocation_sweep`)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate, repeat
from operator import attrgetter

from app.domain.overallocation_sweep import _EPS
from app.domain.resource import Assignment
from app.domain.task_spans import TaskSpans


def _all_fill(
    mine: Sequence[Assignment], duration: list[int], row: dict[int, int], summary: list[bool]
) -> bool:
    """Whether each flat assignment spans its whole task at its own units (the fast sweeps'
    bookings); an assignment without entered work, or on a summary, always does."""
    for a in mine:
        w, u = a.work_minutes, a.units
        if w and u > 0:
            i = row.get(a.task_uid)
            # fills_task of a flat assignment, inline (a call per assignment costs ~1 us)
            if i is not None and not summary[i] and abs(w / u - duration[i]) > 1.0 + 0.5 / u:
                return False
    return True


def _uneven_people(assignments: list[Assignment], spans: TaskSpans, use_numpy: bool) -> set[int]:
    """The people with a flat assignment that does not span its whole task at its units
    (:func:`app.domain.contours.fills_task`): their own spans are swept. ``use_numpy``:
    read them with numpy arrays (large plans: :func:`~app.domain.overallocation.numpy_pays`)."""
    row, durations, summary = spans.row, spans.duration_minutes, spans.summary
    if not use_numpy:
        out: set[int] = set()
        for a in assignments:
            w, u = a.work_minutes, a.units
            if w and u > 0:
                i = row.get(a.task_uid)
                if i is not None and not summary[i] and abs(w / u - durations[i]) > 1.0 + 0.5 / u:
                    out.add(a.resource_uid)
        return out
    import numpy as np

    n = len(assignments)
    work = np.fromiter(map(_WORK, assignments), np.float64, n)
    units = np.fromiter(map(_UNITS, assignments), np.float64, n)
    at = np.fromiter(map(row.get, map(_TASK, assignments), repeat(-1)), np.int64, n)
    ok = (work > 0) & (units > 0) & (at >= 0)
    if ok.any():  # a summary's people work its whole span (their work follows its duration)
        ok[ok] = ~np.array(summary, dtype=bool)[at[ok]]
    if not ok.any():
        return set()
    k = np.flatnonzero(ok)
    dur = np.array(durations, dtype=np.float64)[at[k]]
    peak = units[k]
    odd = k[np.abs(work[k] / peak - dur) > 1.0 + 0.5 / peak]
    return {assignments[j].resource_uid for j in odd.tolist()}


_WORK, _UNITS, _TASK = attrgetter("work_minutes"), attrgetter("units"), attrgetter("task_uid")


def _overbooked(
    assignments: list[Assignment], spans: TaskSpans, limits: dict[int, float]
) -> set[int]:
    """The people of ``limits`` (uid -> max units + tolerance) booked beyond it, in plain Python."""
    keys: dict[int, list[int]] = {uid: [] for uid in limits}
    units: dict[int, list[float]] = {uid: [] for uid in limits}
    row, start, finish = spans.row, spans.start, spans.finish
    for a in assignments:
        mine = keys.get(a.resource_uid)
        i = row.get(a.task_uid)
        if mine is None or i is None:
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
    person = np.minimum(np.searchsorted(uids, res), len(uids) - 1)
    keep = known & (finish > start) & (uids[person] == res)
    start, finish, units, person = start[keep], finish[keep], units[keep], person[keep]
    # The numpy sweep the Usage view runs (same events, order and sums as _overbooked);
    # a person counts once a stretch above their max units has ended.
    from app.domain.usage_arrays import over_stretches

    max_units = np.array([limits[int(u)] - _EPS for u in uids], dtype=np.float64)
    who, _starts, _ends = over_stretches(person, start, finish, units, max_units)
    return {int(uids[w]) for w in who.tolist()}


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
