"""The ``actual_start`` and ``actual_finish`` keys of ``gantry schedule --json``'s tasks.

Each is the date the sheet's Actual Start and Actual Finish columns show: the task's own,
else, for a task tracked by % complete alone (a plan saved before typing % stored the
date), its scheduled Start once it has started and its scheduled Finish once it is
finished, as MS Project records them; a summary's rolled up from its subtasks
(app/domain/summary_actuals.py). ``null``: NA (not started, not finished).
"""

from __future__ import annotations

from datetime import datetime

from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.started import has_started
from app.domain.summary_actuals import lacks_dates, shown_actuals, summary_actuals
from app.domain.task import Task


def actual_columns(plan: Plan, schedule: Schedule) -> dict[str, list[str | None]]:
    """Each task's actual start and finish (ISO text, None: NA) in row order."""
    tasks = plan.tasks
    if not any(map(has_started, tasks)):  # nothing tracked: no task is looked up
        none: list[str | None] = [None] * len(tasks)
        return {"actual_start": none, "actual_finish": list(none)}
    rolled = summary_actuals(plan, schedule)
    texts: dict[datetime | None, str | None] = {None: None}
    starts: list[str | None] = []
    finishes: list[str | None] = []
    for task in tasks:
        start, finish = rolled.get(task.uid) or _own(task, schedule)
        starts.append(_iso(start, texts))
        finishes.append(_iso(finish, texts))
    return {"actual_start": starts, "actual_finish": finishes}


def _own(task: Task, schedule: Schedule) -> tuple[datetime | None, datetime | None]:
    """A task's actual dates, its scheduled ones standing in for those its progress implies
    (its times looked up only then: no TaskTimes is built for the others)."""
    return shown_actuals(task, schedule.get(task.uid) if lacks_dates(task) else None)


def _iso(moment: datetime | None, texts: dict[datetime | None, str | None]) -> str | None:
    if moment not in texts:
        texts[moment] = moment.replace(microsecond=0).isoformat() if moment else None
    return texts[moment]
