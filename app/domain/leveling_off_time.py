"""The over-allocations leveling leaves because no delay reaches them: work in a person's
non-working time on a task that never moves (a manual task over a weekend or through a
night, a task finished on a Saturday) or that no move lays on the person's calendar (an
elapsed task runs around the clock, a task may ignore its people's calendars). The over-allocation sweep flags that work at any
units (:class:`~app.domain.overallocation_sweep.OffTime`); leveling moves neither task, so
the person stays over-allocated and the result names them, with what would clear it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from app.domain.engine_spans import TaskSpan, span_reader
from app.domain.leveling_result import LevelingResult, Unresolved
from app.domain.overallocation_spans import booked_spans, may_lie_off_hours
from app.domain.overallocation_sweep import OffHours, OffTime, off_time_words
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import ResourceType
from app.domain.schedule import Schedule
from app.domain.task import Task
from app.domain.workload import DayCalendar, entered_tasks, inactive_tasks, split_parts


def off_time_named(
    plan: Plan,
    schedule: Schedule,
    result: LevelingResult,
    only: set[int] | None,
    leveled: Callable[[], tuple[Plan, Schedule]] | None = None,
) -> LevelingResult:
    """``result`` naming each person (of ``only``, None: all) who works in their non-working
    time on a task leveling cannot lay on their calendar (manual, elapsed, ignoring resource
    calendars, finished), by person then task as the rest of the list.

    ``schedule`` holds the tasks leveling left where they were; a task it moved (an elapsed
    one delayed past the end of its person's shift) is judged where the delays put it:
    ``leveled()`` gives the plan with the result's delays and its schedule, asked only when
    leveling moved such a task."""
    off = inactive_tasks(plan)
    fixed = {
        t.uid: t
        for t in plan.tasks
        if (may_lie_off_hours(t) or t.actual_finish is not None) and t.uid not in off
    }
    if not fixed:
        return result
    parts = split_parts(plan, schedule, fixed)
    span = span_reader(plan, schedule)  # no TaskTimes built for the candidates
    moved = {u for u in result.placed if u in fixed}
    if moved and leveled is not None:
        # Where the delays put them: their spans (and parts, pauses) in the leveled schedule.
        copy, after = leveled()
        for uid in moved:
            parts.pop(uid, None)
        parts.update(split_parts(copy, after, moved))
        span = _either(span, span_reader(copy, after), moved)
    cals: dict[int | None, DayCalendar] = {}
    entered = entered_tasks(plan)
    left = {(u.resource_uid, u.task_uid): u for u in result.unresolved}
    added = False
    for a in plan.assignments:
        task = fixed.get(a.task_uid)
        key = (a.resource_uid, a.task_uid)
        if task is None or key in left or (only is not None and a.resource_uid not in only):
            continue
        if plan.resource(a.resource_uid).type is not ResourceType.WORK:
            continue
        booked = booked_spans(plan, a, span(a.task_uid), parts, cals, entered)
        spans = [s for s in booked if isinstance(s, OffTime)]
        if spans:
            hours = [isinstance(s, OffHours) for s in spans]  # else on a day off
            words = off_time_words(not all(hours), any(hours))
            left[key] = Unresolved(*key, _reason(task, words), min(s.start for s in spans))
            added = True
    if not added:
        return result
    unresolved = tuple(u for _key, u in sorted(left.items(), key=lambda kv: kv[0]))
    return replace(result, unresolved=unresolved)


def _either(
    before: Callable[[int], TaskSpan | None],
    after: Callable[[int], TaskSpan | None],
    moved: set[int],
) -> Callable[[int], TaskSpan | None]:
    """A task's span from ``after`` when it is one of ``moved``, else from ``before``."""

    def read(uid: int) -> TaskSpan | None:
        return after(uid) if uid in moved else before(uid)

    return read


def _reason(task: Task, words: str) -> str:
    """What the person does on ``task`` and what would clear it, naming the task."""
    name = quoted(task.name, NAME_LIMIT)
    if task.manual:
        return f"{words} on {name}, a manual task: move it or its person's calendar"
    if task.elapsed:  # a delay moves it, but it still runs through the nights and weekends
        return f"{words} on {name}, an elapsed task: it runs around the clock"
    if task.ignore_resource_calendar:
        return f"{words} on {name}, which ignores its people's calendars"
    return f"{words} on {name}, a finished task: correct its actual dates or its person's calendar"
