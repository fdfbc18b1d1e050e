"""A Plan sheet's Actual Start and Actual Finish columns, read back.

A workbook written without its round-trip data (``--no-roundtrip``) shows each task's
actual dates, but a read that left them out worked them out again from the % complete: a
task finished half a day late read back as finished on time, and ``gantry diff`` of the
plan and its untouched workbook listed those moves as the client's. They are read as a
CSV's Tracking table is (app/io/csv_actuals.py), so a date the client typed there counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, time

from app.domain.errors import AppError
from app.domain.plan import Plan
from app.io.cell_error import CellError
from app.io.csv_actuals import actual_date_columns, read_actual_dates
from app.io.sheet_date_order import mapped_date_order
from app.io.sheet_import import SheetRows
from app.io.sheet_mapping import ColumnMapping
from app.io.sheet_values import is_blank, read_date


def sheet_actual_dates(
    plan: Plan, data: SheetRows, mapping: ColumnMapping, day_first: bool | None
) -> None:
    """Give ``plan``'s tasks the Actual Start and Actual Finish their rows in ``data`` hold
    (nothing when the sheet has neither column). FileFormatError naming a bad cell."""
    columns = actual_date_columns(mapping, set(mapping.columns.values()))
    if columns == (None, None):
        return
    name = mapping.columns["name"]
    first = mapping.header_row + 1
    rows: list[tuple[int, Sequence[object]]] = [
        (i, row)
        for i, row in enumerate(data.rows[first:], start=first)
        if name < len(row) and not is_blank(row[name])
    ]
    if len(rows) != len(plan.tasks):  # rows built otherwise (recurring, refused): not guessed
        return
    order = mapped_date_order(data, mapping, day_first).day_first
    before = {t.uid: t.duration_minutes for t in plan.tasks}
    read_actual_dates(plan, data, rows, columns, order)
    finish = mapping.columns.get("finish")
    if finish is None:
        return
    # An Actual Finish the Finish cell shows too is the one written: the task keeps the
    # Duration its cell holds (the sheet carries no calendar, so working the time out again
    # on the default one would lengthen a task across the plan's holiday)
    at = plan.project.default_finish_time
    for task, (_i, row) in zip(list(plan.tasks), rows, strict=True):
        kept = before[task.uid]
        if task.actual_finish is None or task.duration_minutes == kept:
            continue
        if _moment(row, finish, at, order) == task.actual_finish:
            plan.update_task(replace(task, duration_minutes=kept, milestone=kept == 0))


def _moment(row: Sequence[object], col: int, at: time, day_first: bool | None) -> datetime | None:
    """The date cell ``col`` of ``row`` holds (None: none, or not a date)."""
    value = row[col] if col < len(row) else None
    if is_blank(value):
        return None
    try:
        return read_date(value, at, day_first)
    except (AppError, CellError):
        return None
