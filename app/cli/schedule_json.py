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
    rows = plan.tasks
    task_cost = costs.task_cost
    task_work = costs.task_work_minutes
    for i, task in enumerate(rows):
        uid = task.uid
        times = schedule.get(uid)
        entry: dict[str, Any] = {
            "uid": uid,
            "wbs": wbs[i],
            "name": task.name,
            "milestone": task.milestone,
            # a summary is a row whose next row sits deeper (Plan.is_summary)
            "summary": i + 1 < len(rows) and rows[i + 1].outline_level > task.outline_level,
            "percent_complete": task.percent_complete,
            "cost": round(task_cost.get(uid, 0.0), 2),
        }
        if times is None:  # an inactive task the scheduler left out
            entry["start"] = entry["finish"] = None
            entry["duration_minutes"] = task.duration_minutes
            entry["critical"] = False
            entry["total_slack_minutes"] = entry["free_slack_minutes"] = None
            entry["early_start"] = entry["early_finish"] = None
            entry["late_start"] = entry["late_finish"] = None
        else:
            entry["start"] = texts[times.start]
            entry["finish"] = texts[times.finish]
            entry["duration_minutes"] = times.duration_minutes
            entry["critical"] = times.critical
            entry["total_slack_minutes"] = times.total_slack_minutes
            entry["free_slack_minutes"] = times.free_slack_minutes
            entry["early_start"] = texts[times.early_start]
            entry["early_finish"] = texts[times.early_finish]
            entry["late_start"] = texts[times.late_start]
            entry["late_finish"] = texts[times.late_finish]
        entry["work_minutes"] = task_work.get(uid, 0)
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
