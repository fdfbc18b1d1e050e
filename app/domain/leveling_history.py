"""The pauses of a task under way that are over by the status date: history, never leveling's
to take out.

A started task's leveling delay is the pause leveling gave its work left
(:mod:`~app.domain.leveling_resume`); Clear Leveling and leveling again take that much pause
back out at the resume point. But the delay may be older than the task's start (a start
delay the task was leveled by before it began), and the pause there the user's own: the
person was off, and the work done stands around it. A pause that ends by the project's
status date has happened, whoever made it: it stays where it is (MS Project keeps a task's
splits before the status date when it levels the work left). Without a status date only
the pauses before the work done are history, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain.leveling_resume import delay_is_pause
from app.domain.plan import Plan
from app.domain.splits import TaskClocks, normalized, segments
from app.domain.task import Task


def history_pauses(plan: Plan, task: Task, clocks: TaskClocks | None = None) -> frozenset[int]:
    """Where the pauses of ``task`` that end by the status date stop its work (their
    ``after_minutes``); none for a task not under way or a plan without a status date.
    ``clocks``: the plan's task clocks, when the caller has them."""
    status = plan.project.status_date
    start = task.actual_start
    if status is None or start is None or not task.splits or not delay_is_pause(task):
        return frozenset()
    if status <= start:
        return frozenset()
    clock = (clocks or TaskClocks(plan)).of(task)
    passed = clock.between(start, status)  # working minutes of its span by the status date
    duration = task.duration_minutes
    parts = segments(task.splits, duration)
    splits = normalized(task.splits, duration)
    return frozenset(
        s.after_minutes for s, after in zip(splits, parts[1:], strict=True) if after[0] <= passed
    )


def history_reader(plan: Plan) -> Callable[[Task], frozenset[int]]:
    """:func:`history_pauses` of ``plan``'s tasks, one at a time, the task clocks built once
    when a task under way first needs them (most plans: never)."""
    clocks: list[TaskClocks] = []

    def read(task: Task) -> frozenset[int]:
        if plan.project.status_date is None or not task.splits or not delay_is_pause(task):
            return frozenset()
        if not clocks:
            clocks.append(TaskClocks(plan))
        return history_pauses(plan, task, clocks[0])

    return read
