"""Which tasks one leveling run may move: MS Project's "Level from … To …" and Level Selection.

MS Project's Resource Leveling dialog levels the entire project or only from one
date to another, and Resource > Level Selection levels only the tasks selected.
Either way the other tasks stay as they are, their leveling delays kept, and their
people's bookings still count: a task that may move waits for a person busy on one
that may not. A task is in the range when it starts there (both days included) as
the plan stands, its leveling delays in: what the Gantt shows when the range is
chosen. A selected summary task brings its subtasks (a summary itself never moves).
Clear Leveling of selected tasks clears those tasks only, by the same reading.

:func:`leveling_scope` says which leaf tasks may move (None: every one);
:func:`checked_range` and :func:`selected_leaves` refuse what cannot be leveled.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from app.domain.errors import InputError
from app.domain.leveling_options import LevelingOptions
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.schedule_times import ScheduleTimes, summary_uids
from app.domain.worktime import to_minutes


def checked_range(level_from: date | None, level_to: date | None) -> None:
    """Refuse a date range leveling cannot use: one end without the other, or a "To"
    before the "From" (InputError, naming both)."""
    if (level_from is None) != (level_to is None):
        raise InputError("a leveling range needs both its dates (from and to)")
    if level_from is not None and level_to is not None and level_to < level_from:
        raise InputError(
            f"the leveling range ends ({level_to.isoformat()}) before it starts "
            f"({level_from.isoformat()})"
        )


def selected_leaves(plan: Plan, uids: Iterable[int]) -> frozenset[int]:
    """The leaf tasks ``uids`` name, a summary's subtasks for a summary; InputError for a
    UID the plan lacks (named, with how many tasks it has)."""
    chosen: set[int] = set()
    for uid in uids:
        if not plan.has_task(uid):
            raise InputError(f"no task with UID {uid} (the plan has {len(plan.tasks)} tasks)")
        if plan.is_summary(uid):
            chosen.update(t.uid for t in plan.descendants(uid) if not plan.is_summary(t.uid))
        else:
            chosen.add(uid)
    return frozenset(chosen)


def leveling_scope(
    plan: Plan,
    schedule: Schedule,
    options: LevelingOptions,
    selected: Iterable[int] | None = None,
) -> frozenset[int] | None:
    """The leaf tasks a leveling run with ``options`` may move (None: every task).

    ``schedule``: the plan's as it stands (its leveling delays in), where the range
    reads each task's start; ``selected``: Level Selection's tasks (None: all).
    """
    if options.entire_project and selected is None:
        return None
    leaves = _leaves(schedule) if selected is None else selected_leaves(plan, selected)
    if options.level_from is None or options.level_to is None:
        return leaves
    checked_range(options.level_from, options.level_to)
    low = to_minutes(datetime.combine(options.level_from, time()))
    high = to_minutes(datetime.combine(options.level_to + timedelta(days=1), time()))
    starts = _starts(schedule)
    return frozenset(u for u in leaves if u in starts and low <= starts[u] < high)


def _leaves(schedule: Schedule) -> frozenset[int]:
    """The leaf tasks the schedule has."""
    summaries = summary_uids(schedule.times)
    return frozenset(u for u in schedule.times if u not in summaries)


def _starts(schedule: Schedule) -> dict[int, int]:
    """Each task's start in clock minutes, from the arrays when the schedule has them (no
    TaskTimes built: a second at 100k tasks)."""
    times = schedule.times
    spans = times.spans() if isinstance(times, ScheduleTimes) else None
    if spans is not None:
        return dict(zip(spans.uids, spans.start, strict=True))
    return {u: to_minutes(t.start) for u, t in times.items()}
