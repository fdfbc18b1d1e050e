"""The object ``gantry schedule --json`` prints (DESIGN.md, "Command line").

Keys may be added; none may be renamed: scripts and tests rely on them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.domain.plan import Plan
from app.domain.schedule import Schedule


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 local time to the second, ``YYYY-MM-DDTHH:MM:SS``."""
    return None if moment is None else moment.replace(microsecond=0).isoformat()


def schedule_to_dict(plan: Plan, schedule: Schedule) -> dict[str, Any]:
    """Project span and one entry per task, in outline order."""
    wbs = plan.wbs_codes()
    tasks: list[dict[str, Any]] = []
    for i, task in enumerate(plan.tasks):
        times = schedule.get(task.uid)
        entry: dict[str, Any] = {
            "uid": task.uid,
            "wbs": wbs[i],
            "name": task.name,
            "milestone": task.milestone,
            "summary": plan.is_summary(task.uid),
            "percent_complete": task.percent_complete,
        }
        if times is None:  # an inactive task the scheduler left out
            entry.update(
                start=None,
                finish=None,
                duration_minutes=task.duration_minutes,
                critical=False,
                total_slack_minutes=None,
                free_slack_minutes=None,
                early_start=None,
                early_finish=None,
                late_start=None,
                late_finish=None,
                work_minutes=0,
            )
        else:
            entry.update(
                start=iso(times.start),
                finish=iso(times.finish),
                duration_minutes=times.duration_minutes,
                critical=times.critical,
                total_slack_minutes=times.total_slack_minutes,
                free_slack_minutes=times.free_slack_minutes,
                early_start=iso(times.early_start),
                early_finish=iso(times.early_finish),
                late_start=iso(times.late_start),
                late_finish=iso(times.late_finish),
                work_minutes=times.work_minutes,
            )
        tasks.append(entry)
    return {
        "project": {
            "name": plan.project.name,
            "start": iso(schedule.start),
            "finish": iso(schedule.finish),
        },
        "tasks": tasks,
    }
