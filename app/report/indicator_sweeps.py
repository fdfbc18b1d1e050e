"""The slow and exact parts of the task sheet's over-allocated mark (app.report.indicators):
the one-change-at-a-time sweep for tasks booked twice or at no units, and which people's
work is uneven enough (shaped contours, typed work) to take the full sweep."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection

from app.domain.contours import WorkContour, fills_task
from app.domain.resource import Assignment
from app.domain.task_spans import TaskSpans

EPS = 1e-6  # units above max units by less than this are rounding (as app.domain.overallocation)


def over_slow(events: list[tuple[int, float, int]], limit: float) -> set[int]:
    """The sweep of :meth:`TaskIndicators._over_at` one change at a time, keeping each task's
    units (for a task booked twice, or at no units)."""
    level = 0.0
    active: dict[int, float] = {}
    out: set[int] = set()
    n = len(events)
    for k, (key, units, task) in enumerate(events):
        level += units
        left = active.get(task, 0.0) + units
        if left <= EPS:
            active.pop(task, None)
        else:
            active[task] = left
        if k + 1 < n and events[k + 1][0] >> 1 == key >> 1:
            continue  # more changes at this moment
        if level > limit:
            out.update(active)
    return out


def any_in(moments: list[int], first: int, last: int) -> bool:
    """Whether a moment of the sorted ``moments`` falls in [first, last)."""
    at = bisect_left(moments, first)
    return at < len(moments) and moments[at] < last


def uneven_people(mine: Collection[Assignment], spans: TaskSpans) -> bool:
    """Whether an assignment of one person books other than its task's span at its units: a
    shaped contour, or work (less its overtime) that does not fill its task at its units, as
    typed work does (:func:`~app.domain.overallocation.booked_spans`' own pieces, which may
    lie on a day off). Those people take the full sweep."""
    row, duration, summary = spans.row, spans.duration_minutes, spans.summary
    flat = WorkContour.FLAT
    for a in mine:
        contour = a.contour
        if (contour is not flat and contour.shaped) or a.laid_delay > 0:
            return True
        w, u = a.work_minutes, a.units
        if w and u > 0:
            i = row.get(a.task_uid)
            if i is None or summary[i]:
                continue
            regular = w - min(a.overtime_work_minutes, w)
            if not fills_task(regular, u, contour, duration[i]):
                return True
    return False
