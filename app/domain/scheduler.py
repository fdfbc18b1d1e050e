"""Scheduler entry point.

BOOTSTRAP VERSION: a plain forward pass over 8-hour weekdays, to be replaced
by the full CPM engine (calendars, constraints, backward pass).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.domain.plan import Plan
from app.domain.schedule import Schedule, TaskTimes


def _add(start: datetime, minutes: int) -> datetime:
    day = start
    while day.weekday() >= 5:
        day = datetime(day.year, day.month, day.day, 8) + timedelta(days=1)
    days, rest = divmod(minutes, 480)
    while days:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day + timedelta(minutes=rest)


def schedule(plan: Plan) -> Schedule:
    """Compute dates for every task."""
    times: dict[int, TaskTimes] = {}
    start = plan.project.start
    finish_of: dict[int, datetime] = {}
    preds: dict[int, list[int]] = {}
    for lk in plan.links:
        preds.setdefault(lk.successor, []).append(lk.predecessor)
    for t in plan.tasks:
        s = max([finish_of.get(p, start) for p in preds.get(t.uid, [])] + [start])
        f = _add(s, t.duration_minutes)
        finish_of[t.uid] = f
        times[t.uid] = TaskTimes(s, f, t.duration_minutes, s, f, s, f)
    end = max(finish_of.values(), default=start)
    return Schedule(start, end, times)
