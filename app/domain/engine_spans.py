"""When a task runs, read from the scheduler's arrays rather than from a TaskTimes built for it.

A schedule builds a row's :class:`~app.domain.schedule.TaskTimes` the first time it is read:
slack over the task's links and six dates. Readers that want only the span (start, finish,
duration, summary flag: when an assignment books its person) paid that for every
assignment, and past 1 row in 16 read one by one the schedule built every row's TaskTimes
(3.6 s of a 100k-task leveling). :func:`span_reader` reads those four values straight from
the engine's arrays when the schedule computed them, as the cost book does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple, Protocol

from app.domain.plan import Plan
from app.domain.schedule import Schedule, ScheduleTimes
from app.domain.scheduling.carried import span_of
from app.domain.scheduling.results import EngineResults
from app.domain.worktime import from_minutes


class TaskSpan(Protocol):
    """What a reader of a task's span needs of its times (a TaskTimes has them)."""

    @property
    def start(self) -> datetime: ...

    @property
    def finish(self) -> datetime: ...

    @property
    def duration_minutes(self) -> int: ...

    @property
    def summary(self) -> bool: ...


class SpanTimes(NamedTuple):
    """A task's span as its TaskTimes gives it, without slack or early and late dates."""

    start: datetime
    finish: datetime
    duration_minutes: int
    summary: bool


def span_reader(plan: Plan, schedule: Schedule) -> Callable[[int], TaskSpan | None]:
    """A function giving a task's span by uid (None: not scheduled), equal to its TaskTimes'.

    Read from the engine's arrays at the task's plan row when the schedule computed them
    and that row holds the task; else (values assigned, a schedule read from a file) the
    TaskTimes itself."""
    get = schedule.get
    found = computed_engine(schedule)
    if found is None:
        return get
    times, engine = found
    rows, has = plan.index_of, plan.has_task

    def read(uid: int) -> TaskSpan | None:
        if has(uid):
            span = minutes_at(times, engine, rows(uid), uid)
            if span is not None:
                start, finish, duration, summary = span
                return SpanTimes(from_minutes(start), from_minutes(finish), duration, summary)
        return get(uid)

    return read


def computed_engine(schedule: Schedule) -> tuple[ScheduleTimes, EngineResults] | None:
    """The schedule's times and the engine's arrays they were computed from; None when its
    values were assigned, or read from a file (no arrays to read)."""
    times = schedule.times
    if not isinstance(times, ScheduleTimes) or times.assigned:
        return None
    engine = times.origin
    if not isinstance(engine, EngineResults):
        return None
    return times, engine


def minutes_at(
    times: ScheduleTimes, engine: EngineResults, row: int, uid: int
) -> tuple[int, int, int, bool] | None:
    """(start, finish, duration, summary) of task ``uid`` in minute counts, read from the
    engine's arrays at ``row`` (its plan row); None when that row does not hold it or the
    schedule has no times for it."""
    if row < len(engine.tasks) and engine.tasks[row].uid == uid and uid in times:
        start, finish, duration = span_of(engine, row)
        return start, finish, duration, engine.summary[row]
    return None
