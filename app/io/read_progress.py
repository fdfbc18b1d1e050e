"""Progress read from a file that keeps % complete but no actual dates (a client's workbook,
a CSV, a GanttProject file), as a % typed in the window sets it.

Read as it stands, a task at 40 % had no actual start: it counted as not started and its
start was free to move. Every such reader (CSV, any workbook's task sheet, .gan) calls
:func:`start_tasks_under_way` once its plan is built.
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.finished import COMPLETE
from app.domain.plan import Plan
from app.domain.scheduler import schedule as run_schedule
from app.domain.started import has_started
from app.domain.task import Task
from app.domain.tracking import typed_progress


def start_tasks_under_way(plan: Plan) -> None:
    """A task read with a % complete above 0 has started: it takes its scheduled start as its
    actual start (and, done, its finish as its actual finish), as a % typed in the sheet or in
    MS Project sets them (app.domain.tracking.typed_progress). A task read with an Actual
    Finish is finished: 100 % complete, started at its scheduled start when no Actual Start
    came with it, as MS Project makes a task given an Actual Finish. Summaries roll up and get
    no dates; a plan with no such task is not scheduled."""
    started = [t for t in plan.tasks if _unrecorded(t)]
    if not started:
        return
    sched = run_schedule(plan)
    plan.update_tasks(
        replace(t, **typed_progress(t, sched.get(t.uid), _percent(t))) for t in started
    )


def _unrecorded(task: Task) -> bool:
    """Whether ``task``'s progress lacks a date MS Project would have recorded with it."""
    if not has_started(task):
        return False
    return task.actual_start is None or (task.actual_finish is not None and not _complete(task))


def _complete(task: Task) -> bool:
    return task.percent_complete >= COMPLETE


def _percent(task: Task) -> float:
    """The % complete the task's progress means: 100 once it has an Actual Finish."""
    return COMPLETE if task.actual_finish is not None else task.percent_complete
