"""Remaining Duration as a column shows it: duration x (1 - % complete), in the task's own
duration unit, as MS Project's Tracking table shows it. One rule for the window's column and
printout (app/report/columns.py) and the client workbook's Plan sheet, which reads the cell
back as progress when it is not this text (app/io/workbook_cells.RemainingTexts)."""

from __future__ import annotations

from app.domain.notation import format_column_span
from app.domain.percent_shown import done_minutes
from app.domain.project import Project
from app.domain.schedule import TaskTimes
from app.domain.task import DurationUnit, Task


def remaining_minutes(
    task: Task, times: TaskTimes | None
) -> tuple[int, bool, bool, DurationUnit | None]:
    """The working minutes left of ``task``, whether they are elapsed and estimated, and the
    unit they show in: the task's own duration unit (``4h`` half done leaves ``2h``, ``2w``
    ``1w``), None for the project's (a task whose duration has no unit of its own, and a
    summary's: from its rolled-up duration and % complete, never elapsed or estimated)."""
    if times is not None and times.summary:
        minutes = times.duration_minutes
        return minutes - done_minutes(minutes, times.percent_complete), False, False, None
    minutes = times.duration_minutes if times is not None else task.duration_minutes
    left = minutes - done_minutes(minutes, task.percent_complete)
    return left, task.elapsed, task.estimated, task.duration_unit


def remaining_text(task: Task, times: TaskTimes | None, project: Project) -> str:
    """Remaining Duration: duration x (1 - % complete) in the task's duration unit, as MS
    Project shows it beside the Duration (``4h`` leaves ``4h``, not ``0.5d``; a duration
    without a unit of its own, and a summary, in the project's unit, as slack is), as the
    sheet, the printout and the client workbook show it."""
    left, elapsed, estimated, unit = remaining_minutes(task, times)
    return format_column_span(left, project, unit, elapsed=elapsed, estimated=estimated)
