"""The object ``gantry schedule --json`` prints (DESIGN.md, "Command line").

Keys may be added; none may be renamed: scripts and tests rely on them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.schedule import Schedule


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 local time to the second, ``YYYY-MM-DDTHH:MM:SS``."""
    if moment is None:
        return None
    if moment.microsecond:
        moment = moment.replace(microsecond=0)
    return moment.isoformat()


class _IsoTexts(dict[datetime | None, str | None]):
    """:func:`iso` of each moment, computed once (a plan's dates repeat across its tasks)."""

    def __missing__(self, moment: datetime | None) -> str | None:
        text = self[moment] = iso(moment)
        return text


def schedule_to_dict(plan: Plan, schedule: Schedule) -> dict[str, Any]:
    """Project span, one entry per task in outline order, and the resources with their totals."""
    wbs = plan.wbs_codes()
    costs = compute_costs(plan, schedule)
    tasks: list[dict[str, Any]] = []
    texts = _IsoTexts()
    for i, task in enumerate(plan.tasks):
        times = schedule.get(task.uid)
        entry: dict[str, Any] = {
            "uid": task.uid,
            "wbs": wbs[i],
            "name": task.name,
            "milestone": task.milestone,
            "summary": plan.is_summary(task.uid),
            "percent_complete": task.percent_complete,
            "cost": round(costs.task_cost.get(task.uid, 0.0), 2),
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
                work_minutes=costs.task_work_minutes.get(task.uid, 0),
            )
        else:
            entry.update(
                start=texts[times.start],
                finish=texts[times.finish],
                duration_minutes=times.duration_minutes,
                critical=times.critical,
                total_slack_minutes=times.total_slack_minutes,
                free_slack_minutes=times.free_slack_minutes,
                early_start=texts[times.early_start],
                early_finish=texts[times.early_finish],
                late_start=texts[times.late_start],
                late_finish=texts[times.late_finish],
                work_minutes=costs.task_work_minutes.get(task.uid, 0),
            )
        tasks.append(entry)
    return {
        "project": {
            "name": plan.project.name,
            "start": iso(schedule.start),
            "finish": iso(schedule.finish),
        },
        "tasks": tasks,
        "resources": [
            {
                "uid": r.uid,
                "name": r.name,
                "type": r.type.name.lower(),
                "max_units": r.max_units,
                "work_minutes": costs.resource_work_minutes.get(r.uid, 0),
                "cost": round(costs.resource_cost.get(r.uid, 0.0), 2),
                "overallocated": r.uid in costs.overallocated,
            }
            for r in plan.resources
        ],
        "cost": round(costs.total_cost, 2),
        "currency": costs.currency,
    }
