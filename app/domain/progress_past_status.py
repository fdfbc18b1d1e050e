"""Progress recorded after the status date: tasks whose actuals are dated beyond it.

A consultant billing "through Friday" records the hours up to the status date; an actual
start, an actual finish or work done (a task's complete-through point, as its progress
bar and the progress line draw it: app.domain.progress_points) that lies after the status
date is work reported as done in the future, which a timesheet tool would question.
Gantry keeps it, as MS Project does, and counts such tasks where "Late work" is counted
(``gantry info``, ``gantry report --json``, the window's status bar) and ``gantry progress``
says so when it records one.

Only leaf tasks that are active and started count (a summary's progress is its subtasks').
"""

from __future__ import annotations

from datetime import datetime

from app.domain.actual_days import last_day_done
from app.domain.plan import Plan
from app.domain.progress_points import ProgressPoints
from app.domain.schedule import Schedule
from app.domain.task import Task

# Actual work more than this many times a task's work (500h on 40h) is kept, as MS Project
# keeps it (it raises Work), with a note: most often a typing slip.
FAR_BEYOND = 2.0


def done_until(
    task: Task,
    schedule: Schedule,
    points: ProgressPoints | None = None,
    plan: Plan | None = None,
) -> datetime | None:
    """The latest moment ``task``'s recorded progress reaches: its actual finish (a finished
    task without one: its scheduled finish), else the end of the last day its people's hours
    were typed on when all of them are kept day by day (``plan``'s, app.domain.actual_days),
    else where it is complete through, else its actual start; None for a task not started or
    not scheduled."""
    times = schedule.get(task.uid)
    if times is None or (task.percent_complete <= 0 and task.actual_start is None):
        return None
    if task.actual_finish is not None:
        return task.actual_finish
    if task.percent_complete >= 100:
        return times.finish
    typed = last_day_done(plan.assignments_of_task(task.uid)) if plan is not None else None
    if typed is not None:
        return typed
    reached = task.actual_start
    if task.percent_complete > 0 and points is not None:
        point = points.point(task.uid)
        if point is not None and (reached is None or point > reached):
            reached = point
    return reached if reached is not None else times.start


def past_status(plan: Plan, schedule: Schedule, status: datetime) -> list[int]:
    """The uids, in outline order, of the active leaf tasks whose recorded progress reaches
    past ``status`` (see :func:`done_until`)."""
    points = ProgressPoints(plan, schedule)
    out: list[int] = []
    for task in plan.tasks:
        if not task.active or plan.is_summary(task.uid):
            continue
        reached = done_until(task, schedule, points, plan)
        if reached is not None and reached > status:
            out.append(task.uid)
    return out


def past_status_warning(count: int) -> str | None:
    """The line saying ``count`` tasks have progress dated after the status date (None:
    none has)."""
    if not count:
        return None
    tasks = "task has" if count == 1 else "tasks have"
    return (
        f"{count} {tasks} progress dated after the status date (actual dates or work done "
        "beyond it); check the hours were not entered ahead"
    )
