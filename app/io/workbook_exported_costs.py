"""What each task cost when a Gantry workbook without its hidden ``_gantry`` sheet was
written, worked out again from the Plan sheet's own cells.

A Cost cell is computed, so a client who types a Duration (or a Finish) leaves it as it
was: it holds the cost at the duration exported, not what the plan read now costs. Compared
with the cost after the edit alone it was named as a Cost the client changed ("type a change
of cost in Fixed cost") though nobody touched it. A typed Duration leaves the Start and
Finish cells as written: the working time between them is the duration exported, unless the
Remaining Duration cell says the Duration is as written (the Finish was typed, read later by
app/io/workbook_sheet_typed.py) or the task was held at a typed Start (Start No Earlier
Than). A person's work follows it at their units, as the sheet's read gives it
(app/io/workbook_team_recovered.people_work).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from app.domain.costs import compute_costs
from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.resource import ResourceType
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.domain.tracking_edits import duration_between, task_clock
from app.io.cell_error import CellError
from app.io.sheet_import import SheetRows
from app.io.sheet_mapping import ColumnMapping
from app.io.sheet_values import is_blank, read_duration_cell

_SLACK_MINUTES = 5  # a Remaining Duration is written to two decimals of its unit


def exported_costs(
    plan: Plan, data: SheetRows, mapping: ColumnMapping, rows: Iterable[tuple[int, int]]
) -> dict[int, float] | None:
    """Each task's cost at the durations the sheet was written with (its summaries' too);
    None: every task's duration is as written (the plan's costs are the exported ones).

    ``rows``: (sheet row, task uid) of every task row."""
    durations = {
        uid: minutes
        for i, uid in rows
        if plan.has_task(uid) and not plan.is_summary(uid)
        if (minutes := _exported_minutes(plan, plan.task(uid), data.rows[i], mapping)) is not None
        and minutes != plan.task(uid).duration_minutes
    }
    if not durations:
        return None
    tasks = {uid: plan.task(uid) for uid in durations}
    assignments = plan.assignments
    people = {r.uid for r in plan.resources if r.type is ResourceType.WORK}
    try:
        for uid, minutes in durations.items():
            plan.update_task(replace(tasks[uid], duration_minutes=minutes))
        plan.assignments = [
            replace(a, work_minutes=round(durations[a.task_uid] * a.units))
            if a.task_uid in durations and a.resource_uid in people
            else a
            for a in assignments
        ]
        return dict(compute_costs(plan, schedule(plan)).task_cost)
    finally:
        plan.assignments = assignments
        for task in tasks.values():
            plan.update_task(task)


def _exported_minutes(
    plan: Plan, task: Task, row: Sequence[object], mapping: ColumnMapping
) -> int | None:
    """The duration ``row``'s cells say ``task`` was written with when its Duration cell was
    typed: the working time from its Start cell to its Finish cell (None: they cannot tell,
    or the Duration is as written)."""
    begin = _date(row, mapping.columns.get("start"))
    end = _date(row, mapping.columns.get("finish"))
    if begin is None or end is None or end < begin or task.manual:
        return None
    if task.constraint_type is ConstraintType.SNET and task.constraint_date == begin:
        return None  # a Start typed: the task moved with its duration
    if task.actual_start is not None:
        return None  # under way: a wait on its links is no typing
    left = _duration(plan, row, _column(mapping, "Remaining Duration"))
    expected = task.duration_minutes * (100.0 - task.percent_complete) / 100.0
    if left is not None and abs(left - expected) <= _SLACK_MINUTES:
        return None  # its Remaining Duration is as the Duration leaves it: a Finish typed
    return duration_between(task, begin, end, task_clock(plan, task))


def _column(mapping: ColumnMapping, title: str) -> int | None:
    titles = [str(t).strip() for t in mapping.titles]
    return titles.index(title) if title in titles else None


def _duration(plan: Plan, row: Sequence[object], col: int | None) -> int | None:
    value = row[col] if col is not None and col < len(row) else None
    if col is None or is_blank(value):
        return None
    try:
        return read_duration_cell(value, plan.project, "d").minutes
    except (AppError, CellError):
        return None


def _date(row: Sequence[object], col: int | None) -> datetime | None:
    if col is None or col >= len(row):
        return None
    value = row[col]
    return value if isinstance(value, datetime) else None
