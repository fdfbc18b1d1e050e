"""The Plan sheet's Actual Start, Actual Finish and Remaining Duration columns: written
with the client workbook, read back as progress the client reports.

A Remaining Duration the client changes is taken as MS Project takes it: the duration
becomes the work done plus what remains, and % complete follows (a 4d task at 50 % given
1d remaining: 3d, 67 %); on a task not started only the duration changes, and 0d finishes
the task (app/domain/tracking_edits.py typed_remaining_duration). The cell counts as
edited when its text is not the one the plan as exported shows; a summary's is its
subtasks', told and not taken.

A client reports when a task really started or finished; these cells take it, as the
window's Actual Start and Actual Finish cells do (app/domain/tracking_edits.py): an
actual start starts the task there (its duration and % complete stay), an actual
finish completes it (100 %, its duration the working time from its actual start);
a blank cell reports nothing (a column the client added to an older workbook is
blank on most rows; progress is taken back in % Complete). A cell counts as edited when the
date it holds is not the task's (to the minute), so a workbook re-saved unchanged, or
one written before these columns existed, changes nothing. A summary's actual dates
come from its subtasks: written empty, a date typed there is told and not taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from app.domain.diff import norm
from app.domain.errors import AppError, InputError
from app.domain.notation import parse_duration
from app.domain.plan import Plan
from app.domain.schedule import TaskTimes
from app.domain.task import Task
from app.domain.tracking_edits import (
    task_clock,
    typed_actual_finish,
    typed_actual_start,
    typed_remaining_duration,
    typed_span,
)
from app.io.sheet_values import CellError, is_blank, read_date, ref_text, typed_alone
from app.io.workbook_cells import cell_text

ACTUAL_START_TITLE = "Actual Start"
ACTUAL_FINISH_TITLE = "Actual Finish"
ACTUAL_TITLES = (ACTUAL_START_TITLE, ACTUAL_FINISH_TITLE)
REMAINING_TITLE = "Remaining Duration"
# The progress columns, last on the Plan sheet, in the order of MS Project's Tracking table.
TRACKING_TITLES = (*ACTUAL_TITLES, REMAINING_TITLE)
ACTUAL_WIDTH = 12


def actual_cells(task: Task, summary: bool) -> tuple[datetime | None, datetime | None]:
    """The two cells a task's row shows (a summary's: empty, its subtasks' decide)."""
    if summary:
        return None, None
    return task.actual_start, task.actual_finish


def actual_columns(header: Sequence[str], taken: set[int]) -> dict[str, int]:
    """Where the Actual Start, Actual Finish and Remaining Duration columns are, by title (a
    custom field column so named keeps its own)."""
    found: dict[str, int] = {}
    for i, title in enumerate(header):
        if title in TRACKING_TITLES and i not in taken and title not in found:
            found[title] = i
    return found


def edited_remaining(
    plan: Plan, task: Task, times: TaskTimes | None, written: str | None, value: object
) -> Task | None:
    """``task`` with the Remaining Duration the client typed, as MS Project takes it: the
    duration becomes the work done plus what remains, % complete follows (None: the cell
    as exported, ``written``, or blank). CellError for text that is no duration."""
    typed = ref_text(value) if isinstance(value, int | float) else str(value or "").strip()
    if not typed or cell_text(value) == written:
        return None
    try:
        minutes = typed_span(task, parse_duration(typed, plan.project), "remaining duration")
        fields = typed_remaining_duration(task, times, minutes, task_clock(plan, task))
    except AppError as exc:
        raise CellError(str(exc)) from None
    return replace(task, **fields) if fields else None


def edited_actual(
    plan: Plan, task: Task, times: TaskTimes | None, title: str, value: object, day_first: bool
) -> Task | None:
    """``task`` with the actual date cell ``title`` holds, when the client changed it (None:
    as exported). CellError for a cell that is no date or a finish before the start.
    ``times``: the task's scheduled dates as exported."""
    project = plan.project
    start = title == ACTUAL_START_TITLE
    own = task.actual_start if start else task.actual_finish
    at = project.default_start_time if start else project.default_finish_time
    if is_blank(value):
        return None  # nothing reported
    if cell_text(value) == cell_text(own):
        return None  # as exported: a midnight written by an older Gantry as a date alone
    moment = read_date(typed_alone(value, own), at, day_first)
    if norm(moment) == norm(own):
        return None
    try:
        return replace(task, **_fields(plan, task, times, start, moment))
    except InputError as exc:
        raise CellError(str(exc)) from None


def _fields(
    plan: Plan, task: Task, times: TaskTimes | None, start: bool, moment: datetime
) -> dict[str, Any]:
    """The fields one actual date typed sets, as the window's cell sets them."""
    clock = task_clock(plan, task)
    if start:
        return typed_actual_start(task, moment, clock)
    return typed_actual_finish(task, times, moment, clock)
