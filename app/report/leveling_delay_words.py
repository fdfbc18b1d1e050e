"""A task's leveling delay as MS Project's Leveling Delay field shows it, in elapsed days.

Apart from :mod:`app.report.indicators` (which gives it under its old name too): ``gantry
level`` says its longest delay this way, and importing the indicators' modules (the sheet's
columns, earned value, the status report) cost each run ~0.2 s it never used.
"""

from __future__ import annotations

from app.domain.leveling_elapsed import elapsed_delay
from app.domain.notation import format_duration
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.splits import TaskClocks
from app.domain.task import DurationUnit


def leveling_delay_text(
    plan: Plan, schedule: Schedule, uid: int, clocks: TaskClocks | None = None
) -> str:
    """Task ``uid``'s leveling delay as MS Project's Leveling Delay field shows it, in elapsed
    days (``14ed`` for ten working days over two weekends), as ``gantry diff`` says it.

    A started task's delay, a pause of its work left, cannot be measured so and stays in
    working time (``10d``), as does a task the schedule lacks.
    """
    task = plan.task(uid)
    elapsed = elapsed_delay(plan, schedule, uid, clocks)
    if elapsed is None:
        return format_duration(task.leveling_delay_minutes, plan.project)
    return format_duration(elapsed, plan.project, elapsed=True, unit=DurationUnit.DAYS)
