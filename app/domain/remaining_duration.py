"""Remaining Duration as a column shows it: duration x (1 - % complete), in one unit (days,
as slack is), as MS Project's Tracking table shows it. One rule for the window's column and
printout (app/report/columns.py) and the client workbook's Plan sheet, which reads the cell
back as progress when it is not this text (app/io/workbook_cells.RemainingTexts)."""

from __future__ import annotations

from app.domain.notation import format_column_span
from app.domain.percent_shown import done_minutes
from app.domain.project import Project
from app.domain.schedule import TaskTimes
from app.domain.task import Task


def remaining_minutes(task: Task, times: TaskTimes | None) -> tuple[int, bool, bool]:
    """The working minutes left of ``task`` and whether they are elapsed and estimated (a
    summary's: from its rolled-up duration and % complete, never elapsed or estimated)."""
    if times is not None and times.summary:
        minutes = times.duration_minutes
        return minutes - done_minutes(minutes, times.percent_complete), False, False
    minutes = times.duration_minutes if times is not None else task.duration_minutes
    return minutes - done_minutes(minutes, task.percent_complete), task.elapsed, task.estimated


def remaining_text(task: Task, times: TaskTimes | None, project: Project) -> str:
    """Remaining Duration: duration x (1 - % complete), in days as slack is (one unit for the
    whole column, as MS Project shows it), as the sheet and the printout show it."""
    left, elapsed, estimated = remaining_minutes(task, times)
    return format_column_span(left, project, elapsed=elapsed, estimated=estimated)
