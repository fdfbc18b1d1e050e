"""Dates a client typed on the Plan sheet of a workbook without round-trip data.

Read back, such a sheet gives each task its Start (as Start No Earlier Than where links
alone place it earlier) and its Duration; the Finish cell was left unread. A client's
Finish typed a week later went without a word, and a Start typed past its Finish (the
Finish left as it was) stopped the whole read with "finish ... is before start". The full
workbook takes both (app/io/roundtrip_typed_dates.py); so does this read now, as MS
Project takes them:

- a Start typed past its Finish moves the task there with its duration kept (Start No
  Earlier Than), the Finish cell left unread;
- a Start typed alone (the task held there, Start No Earlier Than) moves the task with its
  duration: its Finish cell is not where the plan now finishes it, which is said;
- a Finish that is not where its Start and Duration place the task is taken as typed: the
  task's duration becomes the working time from its start to it;
- a Finish Variance that does not match the Finish and Baseline Finish beside it is said
  to be computed (it is not read).

Each is said in a note naming the task and the cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from app.domain.errors import AppError
from app.domain.notation import format_duration
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.scheduler import schedule
from app.domain.status_report import finish_variance, signed_days
from app.domain.task import ConstraintType, Task
from app.domain.tracking_edits import duration_between, task_clock
from app.domain.workload import DayCalendar
from app.io.cell_error import CellError
from app.io.csv_actuals import actual_date_columns
from app.io.sheet_import import SheetRows
from app.io.sheet_mapping import ColumnMapping
from app.io.sheet_values import is_blank, read_duration_cell
from app.io.workbook_cells import cell_text

_NAMED = 3  # rows named in the variance note; the rest counted
_SLACK_MINUTES = 5  # a Remaining Duration is written to two decimals of its unit


def _moment(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


def _date(row: Sequence[object], col: int | None) -> datetime | None:
    """The date (calamine reads a date cell as one) in ``col`` of ``row`` (None: none)."""
    if col is None or col >= len(row):
        return None
    value = row[col]
    return value if isinstance(value, datetime) else None


def _column(mapping: ColumnMapping, title: str) -> int | None:
    """The column titled ``title`` (None: none)."""
    titles = [str(t).strip() for t in mapping.titles]
    return titles.index(title) if title in titles else None


def _duration_kept(plan: Plan, task: Task, row: Sequence[object], col: int | None) -> bool | None:
    """Whether the row's Remaining Duration is what its Duration and % Complete leave, as
    written (a Duration typed leaves it as it was); None: no such cell to tell by."""
    value = row[col] if col is not None and col < len(row) else None
    if col is None or is_blank(value):
        return None
    try:
        left = read_duration_cell(value, plan.project, "d").minutes
    except (AppError, CellError):
        return None
    expected = task.duration_minutes * (100.0 - task.percent_complete) / 100.0
    return abs(left - expected) <= _SLACK_MINUTES


def _task_rows(data: SheetRows, mapping: ColumnMapping) -> list[int]:
    """The indexes of the rows read as tasks (those with a name)."""
    name = mapping.columns["name"]
    first = mapping.header_row + 1
    return [
        i
        for i in range(first, len(data.rows))
        if name < len(data.rows[i]) and not is_blank(data.rows[i][name])
    ]


def starts_past_finish(data: SheetRows, mapping: ColumnMapping) -> tuple[SheetRows, list[str]]:
    """``data`` with the Finish cell of each row whose Start was typed past it left blank
    (the task moves with its duration), and a note for each."""
    start, finish = mapping.columns.get("start"), mapping.columns.get("finish")
    name = mapping.columns["name"]
    if start is None or finish is None:
        return data, []
    blanked: dict[int, object] = {}
    notes = []
    for i in _task_rows(data, mapping):
        row = data.rows[i]
        begin, end = _date(row, start), _date(row, finish)
        if begin is None or end is None or end >= begin:
            continue
        blanked[i] = None
        notes.append(
            f"{quoted(str(row[name]).strip())}: Start {_moment(begin)} typed past its Finish "
            f"{_moment(end)} ({data.where(i, start)}); the task moves there with its duration "
            "(Start No Earlier Than), as MS Project moves it"
        )
    if not blanked:
        return data, []
    rows = list(data.rows)
    for i in blanked:
        cells = list(rows[i])
        cells[finish] = ""
        rows[i] = cells
    return replace(data, rows=rows), notes


def typed_finishes(
    plan: Plan, data: SheetRows, mapping: ColumnMapping
) -> tuple[list[str], set[int]]:
    """Take the dates typed on each row whose Start, Duration and Finish cells disagree (the
    sheet as written agrees; a row moved by its links alone still does; a task under way,
    which may wait on its links: its Finish is not where the plan finishes it), and say so, with
    the rows whose Finish was typed. A task held at its Start cell (Start No Earlier Than,
    kept only where the Start is not where links place it) had its Start typed: it keeps its
    duration. Otherwise its Finish was typed: the duration becomes the working time from
    its start to it. One typed before its start is named, not taken."""
    start, finish = mapping.columns.get("start"), mapping.columns.get("finish")
    rows = _task_rows(data, mapping)
    if start is None or finish is None or len(rows) != len(plan.tasks):
        return [], set()
    typed_rows = {}
    found = schedule(plan)
    actual, _finish = actual_date_columns(mapping, set(mapping.columns.values()))
    for task, i in zip(plan.tasks, rows, strict=True):
        typed, begin = _date(data.rows[i], finish), _date(data.rows[i], start)
        if typed is None or begin is None or plan.is_summary(task.uid):
            continue
        if task.actual_finish is not None or task.manual:
            continue  # its Actual Finish cell says when it finished; its own dates
        started = _date(data.rows[i], actual)
        if started is not None and started != begin:
            continue  # an Actual Start typed: the task moves there, its duration kept
        if started is not None:  # under way: a wait on its links is no typing
            times = found.get(task.uid)
            if times is not None and times.finish != typed:
                typed_rows[task.uid] = (i, begin, typed)
            continue
        clock = task_clock(plan, task)
        if typed < begin or duration_between(task, begin, typed, clock) != task.duration_minutes:
            typed_rows[task.uid] = (i, begin, typed)
    if not typed_rows:
        return [], set()
    notes = []
    remaining = _column(mapping, "Remaining Duration")
    for uid, (i, begin, typed) in typed_rows.items():
        task, times = plan.task(uid), found.get(uid)
        if times is None:
            continue
        name = quoted(task.name)
        kept = _duration_kept(plan, task, data.rows[i], remaining)
        if kept is not True and not (
            task.constraint_type is ConstraintType.SNET and task.constraint_date == begin
        ):
            if kept is None:  # no Remaining Duration to tell a Duration typed from a Finish
                notes.append(
                    f"{name}: its Finish, {_moment(typed)} ({data.where(i, finish)}), is not "
                    "where its Start and Duration place it; the Duration is read, the Finish "
                    f"is not (the plan finishes it {_moment(times.finish)})"
                )
            continue  # the Duration was typed: read as typed, its Finish follows
        if task.constraint_type is ConstraintType.SNET and task.constraint_date == begin:
            notes.append(
                f"{name}: Start {_moment(begin)} typed ({data.where(i, start)}); the task "
                f"moves with its duration (Start No Earlier Than): Finish {_moment(typed)} "
                f"-> {_moment(times.finish)}"
            )
            continue
        where = data.where(i, finish)
        if typed < times.start:
            notes.append(
                f"{name}: the Finish typed, {_moment(typed)} ({where}), is before its Start "
                f"{_moment(times.start)}; not taken, it keeps its Finish {_moment(times.finish)}"
            )
            continue
        minutes = duration_between(task, times.start, typed, task_clock(plan, task))
        old = format_duration(task.duration_minutes, plan.project, task.elapsed)
        new = format_duration(minutes, plan.project, task.elapsed)
        if minutes == task.duration_minutes:
            notes.append(
                f"{name}: the Finish typed, {_moment(typed)} ({where}), changes nothing on the "
                f"task's working time; it keeps its Finish {_moment(times.finish)}"
            )
            continue
        plan.update_task(replace(task, duration_minutes=minutes, milestone=minutes == 0))
        notes.append(
            f"{name}: Finish {_moment(times.finish)} -> {_moment(typed)} typed ({where}); "
            f"the plan makes it Duration {old} -> {new}"
        )
    return notes, {i for i, _b, _t in typed_rows.values()}


def typed_variance_note(
    plan: Plan, data: SheetRows, mapping: ColumnMapping, typed_rows: set[int]
) -> str | None:
    """The rows whose Finish Variance is not the Finish against the Baseline Finish beside
    it: computed, not read (None: every one matches, or the sheet has none). The rows in
    ``typed_rows`` (a Finish or Start typed, said apart) are left out."""
    titles = [str(t).strip() for t in mapping.titles]
    if "Finish Variance" not in titles or "Baseline Finish" not in titles:
        return None
    variance, base = titles.index("Finish Variance"), titles.index("Baseline Finish")
    finish = mapping.columns.get("finish")
    cal = DayCalendar(plan, None)
    typed = []
    for i in _task_rows(data, mapping):
        if i in typed_rows:
            continue
        row = data.rows[i]
        now, then = _date(row, finish), _date(row, base)
        value = cell_text(row[variance] if variance < len(row) else None)
        if now is None or then is None or not value:
            continue
        minutes = finish_variance(cal, now, then)
        if minutes is not None and signed_days(plan.project, minutes) != value:
            typed.append(i + data.first_row + 1)
    if not typed:
        return None
    named = ", ".join(str(r) for r in typed[:_NAMED])
    more = f" and {len(typed) - _NAMED} more" if len(typed) > _NAMED else ""
    rows = f"row {named}" if len(typed) == 1 else f"rows {named}{more}"
    return (
        f"{data.sheet}: Finish Variance is computed from Finish and Baseline Finish; "
        f"values that do not match them are not read, {rows}"
    )
