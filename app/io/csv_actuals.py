"""A CSV's Actual Start and Actual Finish columns (MS Project's Tracking table exports them),
read as the window's cells take those dates (app/domain/tracking_edits.py).

An Actual Start starts the task there (its duration and % complete stay); an Actual Finish
finishes it: 100 % complete, started at its Actual Start (its scheduled start when none came),
its duration the working time between them. A blank cell or MS Project's ``NA`` reports
nothing. A summary's dates come from its subtasks (MS Project writes them rolled up): not
read. A cell that is no date, or a finish before the start, is refused naming the cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, time

from app.domain.errors import AppError, FileFormatError
from app.domain.plan import Plan
from app.domain.scheduler import schedule as run_schedule
from app.domain.tracking_edits import task_clock, typed_actual_finish, typed_actual_start
from app.io.cell_error import CellError
from app.io.sheet_import import SheetRows
from app.io.sheet_mapping import ColumnMapping, fold
from app.io.sheet_values import is_blank, read_date

# The titles read, folded (app.io.sheet_mapping.fold), as MS Project and Gantry's sheet
# title them in English.
_START_TITLES = frozenset(("actual start", "act start", "actual start date"))
_FINISH_TITLES = frozenset(("actual finish", "act finish", "actual finish date", "actual end"))
_NOT_A_DATE = frozenset(("na", "n/a", "nd", "nv"))  # MS Project's "no date", in a few languages


def actual_date_columns(mapping: ColumnMapping, taken: set[int]) -> tuple[int | None, int | None]:
    """The Actual Start and Actual Finish columns of ``mapping``'s header (None: none), those
    in ``taken`` (mapped to a field, kept as a custom field) left out."""
    start = finish = None
    for col, title in enumerate(mapping.titles):
        if col in taken:
            continue
        folded = fold(title)
        if start is None and folded in _START_TITLES:
            start = col
        elif finish is None and folded in _FINISH_TITLES:
            finish = col
    return start, finish


def read_actual_dates(
    plan: Plan,
    data: SheetRows,
    rows: Sequence[tuple[int, Sequence[object]]],
    columns: tuple[int | None, int | None],
    day_first: bool | None,
) -> None:
    """Give each task its row's Actual Start, then its Actual Finish (``rows``: each task's
    (row index, cells) in task order). The finishes are taken on the plan scheduled with the
    starts, as the window takes a finish on the task as scheduled. FileFormatError naming the
    cell that holds no date or a finish before its start."""
    start_col, finish_col = columns
    project = plan.project
    if start_col is not None:
        for n, (i, row) in enumerate(rows):
            moment = _date(data, i, row, start_col, project.default_start_time, day_first)
            task = plan.tasks[n]
            if moment is not None and not plan.is_summary(task.uid):
                clock = task_clock(plan, task)
                plan.update_task(replace(task, **typed_actual_start(task, moment, clock)))
    if finish_col is None:
        return
    finishes: list[tuple[int, int, datetime]] = []
    for n, (i, row) in enumerate(rows):
        moment = _date(data, i, row, finish_col, project.default_finish_time, day_first)
        if moment is not None and not plan.is_summary(plan.tasks[n].uid):
            finishes.append((n, i, moment))
    if not finishes:
        return
    found = run_schedule(plan)
    for n, i, moment in finishes:
        task = plan.tasks[n]
        try:
            fields = typed_actual_finish(task, found.get(task.uid), moment, task_clock(plan, task))
        except AppError as exc:
            raise FileFormatError(f"{data.where(i, finish_col)}: {exc}") from None
        plan.update_task(replace(task, **fields))


def _date(
    data: SheetRows, i: int, row: Sequence[object], col: int, at: time, day_first: bool | None
) -> datetime | None:
    """The date cell ``col`` of row ``i`` holds (None: blank or NA)."""
    value = row[col] if col < len(row) else None
    if is_blank(value) or (isinstance(value, str) and value.strip().lower() in _NOT_A_DATE):
        return None
    try:
        return read_date(value, at, day_first)
    except (AppError, CellError) as exc:
        raise FileFormatError(f"{data.where(i, col)}: {exc}") from None
