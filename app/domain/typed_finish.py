"""A Finish typed for a task, in the window's sheet or in a client's returned workbook.

As MS Project does for an automatically scheduled task, a new finish changes the
task's duration (the working time from its start to that finish on the calendar
the scheduler runs it on, app/domain/task_clock.py: a person's own days and
holidays when they work it, a split task's pauses not counted); it sets no constraint. The work done stays
and % complete follows (:func:`app.domain.tracking_edits.typed_duration_progress`):
a 4d task half done (2d) given a finish two working days later is 6d, 33 %. A
finished task's finish is its actual finish (typed_actual_finish). A manually
scheduled task's bar ends there too.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.schedule import TaskTimes
from app.domain.splits import work_within
from app.domain.task import Task
from app.domain.task_clock import TaskClock
from app.domain.tracking_edits import task_clock, typed_actual_finish, typed_duration_progress


def typed_finish(
    plan: Plan, task: Task, times: TaskTimes | None, finish: datetime
) -> tuple[str, dict[str, Any]]:
    """What a Finish typed for leaf ``task`` sets: ``("actual finish" | "finish", fields)``.

    ``times``: its scheduled dates (None: not scheduled yet; an automatic task then
    starts with the project). Raises InputError when the task has no start or the
    finish is before it.
    """
    if task.actual_finish is not None and not task.manual:
        # a finished task's finish is its actual finish, as MS Project links the two
        fields = typed_actual_finish(task, times, finish, task_clock(plan, task))
        return "actual finish", fields
    start = task.start if task.manual or times is None else times.start
    if start is None and not task.manual:
        start = plan.project.start  # just added, not yet scheduled: it starts with the project
    if start is None:
        raise InputError(f"{quoted(task.name)} has no start date yet")
    if finish < start:
        raise InputError(f"finish {_moment(finish)} is before the start {_moment(start)}")
    if task.elapsed:
        minutes = int((finish - start).total_seconds() // 60)
    else:
        # on the calendar the scheduler runs it on: its people's unless it ignores them
        minutes = TaskClock.of_task(plan, task).minutes_until(start, finish)
    if task.splits:
        minutes = work_within(task.splits, minutes)  # a pause is not duration (MS Project)
    # the work done stays, % complete follows
    progress = typed_duration_progress(task, times, minutes, task_clock(plan, task))
    if task.manual:
        return "finish", {"finish": finish, "duration_minutes": minutes, **progress}
    return "finish", {"duration_minutes": minutes, "milestone": minutes == 0, **progress}


def _moment(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"
