"""Progress read from a file that keeps % complete but no actual dates (a client's workbook,
a CSV, a GanttProject file), as a % typed in the window sets it.

Read as it stands, a task at 40 % had no actual start: it counted as not started and its
start was free to move. Every such reader (CSV, any workbook's task sheet, .gan) calls
:func:`start_tasks_under_way` once its plan is built.
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.plan import Plan
from app.domain.scheduler import schedule as run_schedule
from app.domain.tracking import typed_progress


def start_tasks_under_way(plan: Plan) -> None:
    """A task read with a % complete above 0 has started: it takes its scheduled start as its
    actual start (and, done, its finish as its actual finish), as a % typed in the sheet or in
    MS Project sets them (app.domain.tracking.typed_progress). Summaries roll up and get no
    dates; a plan with no task under way is not scheduled."""
    started = [t for t in plan.tasks if t.percent_complete > 0 and t.actual_start is None]
    if not started:
        return
    sched = run_schedule(plan)
    plan.update_tasks(
        replace(t, **typed_progress(t, sched.get(t.uid), t.percent_complete)) for t in started
    )
