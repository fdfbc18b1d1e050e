"""A split task's work left moved later past the days its person typed
(:mod:`app.domain.actual_days`), kept out of the task's pauses.

The work left after hours typed day by day starts no earlier than the last day done. On a
task without splits it moves by working time on the person's calendar; on a split task it
moves by the working time of the task's parts, so none of it lands in a pause (MS Project
keeps a split's gap free of remaining work) and a day typed inside a pause leaves the work
left where it resumes after the pause.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from itertools import pairwise

from app.domain.contours import Piece
from app.domain.edited_work import WorkPiece, edited_total
from app.domain.worktime import WorkTime, from_minutes, to_minutes

Gap = tuple[int, int]  # a pause, as the person's working-time indexes [from, to)


def gapped_tail(
    tail: Sequence[WorkPiece],
    worktime: WorkTime,
    last: datetime,
    work: float,
    parts: Sequence[tuple[datetime, datetime]],
) -> list[Piece]:
    """``tail`` (the work left as laid, in the task's ``parts``) moved to start no earlier
    than ``last`` by the parts' working time, scaled to ``work`` minutes, as pieces; a piece
    reaching a pause is cut there and goes on after it."""
    total = edited_total(tail)
    if not tail or total <= 0 or work <= 0:
        return []
    index = worktime.index
    gaps = [
        (index(to_minutes(a[1])), index(to_minutes(b[0])))
        for a, b in pairwise(parts)
        if index(to_minutes(b[0])) > index(to_minutes(a[1]))
    ]
    shift = max(
        0, _inside(index(to_minutes(last)), gaps) - _inside(index(to_minutes(tail[0].start)), gaps)
    )
    scale = work / total
    out: list[Piece] = []
    for p in tail:
        lo, hi = index(to_minutes(p.start)), index(to_minutes(p.finish))
        if p.minutes <= 0:
            continue
        if hi <= lo:  # done in non-working time: kept where it was laid
            out.append((p.start, p.finish, p.minutes * scale, 0.0))
            continue
        a, b = _inside(lo, gaps) + shift, _inside(hi, gaps) + shift
        per = p.minutes * scale / (b - a)
        for s, f in _spans(a, b, gaps):
            start = from_minutes(worktime.at_start(s))
            finish = from_minutes(worktime.at_end(f))
            out.append((start, finish, per * (f - s), per))
    return out


def _inside(i: int, gaps: Sequence[Gap]) -> int:
    """Working index ``i`` counted without the pauses before it (a moment in a pause counts
    as the pause's start)."""
    return i - sum(min(max(i - g0, 0), g1 - g0) for g0, g1 in gaps)


def _spans(a: int, b: int, gaps: Sequence[Gap]) -> list[tuple[int, int]]:
    """The working indexes holding parts-time ``a``..``b``, cut at the pauses."""
    out: list[tuple[int, int]] = []
    skipped = 0
    lo = a
    for g0, g1 in gaps:
        start = g0 - skipped  # the pause's place in parts time
        if start >= b:
            break
        if start > lo:
            out.append((lo + skipped, start + skipped))
            lo = start
        skipped += g1 - g0
    if b > lo:
        out.append((lo + skipped, b + skipped))
    return out
