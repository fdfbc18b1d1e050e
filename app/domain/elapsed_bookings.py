"""An elapsed-duration task's span as its people's bookings for the over-allocation sweep
(and leveling, which books the same spans): it runs around the clock, so the work outside
a person's working time is an over-allocation at any units, as MS Project flags a person on
an 8-hour calendar working 24 hours a day. The span is cut at the edges of the person's
working time; the pieces outside it are :class:`~app.domain.overallocation_sweep.OffTime`
spans (``OffHours`` on a day with working time)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from app.domain.elapsed_laying import clock_days
from app.domain.overallocation_sweep import Booked, OffHours, OffTime

if TYPE_CHECKING:
    from app.domain.workload import DayCalendar


def clock_bookings(
    start: datetime, finish: datetime, units: float, task_uid: int, cal: DayCalendar
) -> list[Booked]:
    """An elapsed task's span booked at ``units``: the person's working time in it as plain
    spans, the rest as OffHours (a day with working time) or OffTime (a day off) spans, each
    run of one kind in one piece."""
    pieces: list[tuple[datetime, datetime, int]] = []  # kind: 0 working, 1 off hours, 2 day off
    for day, lo, hi in clock_days(start, finish):
        midnight = datetime.combine(day, time())
        gap_kind = 1 if cal.day_minutes(day) > 0 else 2
        at = lo
        for w_lo, w_hi in cal.intervals(day):
            a = max(lo, midnight + timedelta(minutes=w_lo))
            b = min(hi, midnight + timedelta(minutes=w_hi))
            if b <= a:
                continue
            if a > at:
                pieces.append((at, a, gap_kind))
            pieces.append((a, b, 0))
            at = b
        if hi > at:
            pieces.append((at, hi, gap_kind))
    merged: list[tuple[datetime, datetime, int]] = []
    for s, f, kind in pieces:
        if merged and merged[-1][2] == kind and merged[-1][1] == s:
            merged[-1] = (merged[-1][0], f, kind)
        else:
            merged.append((s, f, kind))
    out: list[Booked] = []
    for s, f, kind in merged:
        if kind == 0:
            out.append((s, f, units, task_uid))
        elif kind == 1:
            out.append(OffHours(s, f, units, task_uid))
        else:
            out.append(OffTime(s, f, units, task_uid))
    return out
