"""When each scheduled task runs, read from a schedule once for a reader of many tasks.

Costing a plan and checking it for over-allocations look at every assigned
task's start, finish, duration and summary flag. Reading them through
``schedule.get`` builds a :class:`~app.domain.schedule.TaskTimes` per task
(six datetimes and slack each); a fresh schedule hands them over as columns
of minute counts instead, which costs about half as much and builds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.schedule import Schedule, ScheduleTimes

_EPOCH = datetime(1, 1, 1)
_MICROSECOND = timedelta(microseconds=1)


@dataclass(frozen=True, slots=True)
class TaskSpans:
    """Start, finish, duration and summary flag of scheduled tasks, one list each.

    ``row[uid]`` is a task's position in the lists; a task the schedule left
    out has none. ``start`` and ``finish`` are integer moments that sort as
    the datetimes do (minute counts or microsecond counts, whichever the
    schedule gave): compare them with each other, never with a date.
    """

    row: dict[int, int]
    start: list[int]
    finish: list[int]
    duration_minutes: list[int]
    summary: list[bool]


def task_spans(schedule: Schedule, uids: Iterable[int]) -> TaskSpans:
    """The spans of the tasks ``uids`` (a schedule fresh from the scheduler gives them all)."""
    times = schedule.times
    if isinstance(times, ScheduleTimes):
        columns = times.columns(percent=False)
        if columns is not None:
            return TaskSpans(
                dict(zip(columns.uids, range(len(columns.uids)), strict=True)),
                columns.start,
                columns.finish,
                columns.duration_minutes,
                columns.summary,
            )
    row: dict[int, int] = {}
    start: list[int] = []
    finish: list[int] = []
    duration: list[int] = []
    summary: list[bool] = []
    get = schedule.get
    for uid in dict.fromkeys(uids):
        found = get(uid)
        if found is None:
            continue
        row[uid] = len(start)
        # Exact and order-keeping for any naive datetime (seconds included).
        start.append((found.start - _EPOCH) // _MICROSECOND)
        finish.append((found.finish - _EPOCH) // _MICROSECOND)
        duration.append(found.duration_minutes)
        summary.append(found.summary)
    return TaskSpans(row, start, finish, duration, summary)
