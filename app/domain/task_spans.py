"""When each scheduled task runs, read from a schedule once for a reader of many tasks.

Costing a plan and checking it for over-allocations look at every assigned
task's start, finish, duration and summary flag. Reading them through
``schedule.get`` builds a :class:`~app.domain.schedule.TaskTimes` per task
(six datetimes and slack each); a fresh schedule hands them over as columns
of minute counts instead (no slack worked out), which builds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import attrgetter

from app.domain.schedule import Schedule, ScheduleTimes, TaskTimes

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
        spans = times.spans()
        if spans is not None:
            return TaskSpans(
                dict(zip(spans.uids, range(len(spans.uids)), strict=True)),
                spans.start,
                spans.finish,
                spans.duration_minutes,
                spans.summary,
            )
    wanted = list(dict.fromkeys(uids))
    got: list[TaskTimes | None] = list(map(times.get, wanted))
    found: list[TaskTimes] = list(filter(None, got))  # a task left out is None; TaskTimes are true
    if len(found) != len(got):
        wanted = [uid for uid, one in zip(wanted, got, strict=True) if one is not None]
    keys = _MomentKeys()
    return TaskSpans(
        dict(zip(wanted, range(len(wanted)), strict=True)),
        list(map(keys.__getitem__, map(_START, found))),
        list(map(keys.__getitem__, map(_FINISH, found))),
        list(map(_DURATION, found)),
        list(map(_SUMMARY, found)),
    )


_START, _FINISH = attrgetter("start"), attrgetter("finish")
_DURATION, _SUMMARY = attrgetter("duration_minutes"), attrgetter("summary")


class _MomentKeys(dict[datetime, int]):
    """Each moment as microseconds since year 1: exact and order-keeping for naive datetimes.

    Computed once per distinct moment (tasks share many starts and finishes).
    """

    def __missing__(self, moment: datetime) -> int:
        key = self[moment] = (moment - _EPOCH) // _MICROSECOND
        return key
