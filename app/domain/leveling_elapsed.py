"""A leveling delay as MS Project shows it: elapsed time (``14 edays``), not working time.

Gantry keeps a task's leveling delay in working minutes of its calendar (the
scheduler starts the task that many working minutes after its early start).
MS Project's Leveling Delay field is elapsed: ten working days that span two
weekends read ``14 edays``. The elapsed length runs from where the task could
have started back to where it starts, so it needs the task's scheduled start.
"""

from __future__ import annotations

from app.domain.errors import PlanError
from app.domain.leveling_resume import delay_is_pause
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.worktime import WorkTime


def elapsed_delay(plan: Plan, schedule: Schedule, uid: int) -> int | None:
    """Task ``uid``'s leveling delay in elapsed minutes; None when it cannot be measured.

    Measured back from the scheduled start on the task's own calendar, else the
    project's (people on calendars of their own are not followed). None for a
    task the plan or schedule lacks, and for a started task, whose delay is a
    pause of its remaining work rather than a later start.
    """
    if not plan.has_task(uid):
        return None
    task = plan.task(uid)
    delay = task.leveling_delay_minutes
    if delay <= 0:
        return 0
    times = schedule.get(uid)
    if times is None or delay_is_pause(task):
        return None
    try:
        calendar = plan.calendar(task.calendar_uid)
    except PlanError:
        return None
    work = WorkTime.for_calendar(calendar, plan.calendars)
    could_start = work.subtract(times.start, delay)
    return round((times.start - could_start).total_seconds() / 60)
