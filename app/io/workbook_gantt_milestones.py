"""A milestone with a duration, read back from a workbook without its hidden _gantry sheet.

MS Project and Gantry let a task of 2d be marked Milestone; the Plan sheet has no column
for the mark, so its read made every task with a duration a plain task (a tester's 'Move
wave 3', 2d and a milestone, came back 'Milestone Yes -> No' with nobody typing a thing).
The Gantt sheet draws such a task as a milestone's diamond, not a bar: a row whose ID and
name are a task's, showing the diamond, keeps that task a milestone. Only the rows holding
the diamond are read when the workbook's XML allows (:func:`sheet_milestones`).

A milestone whose Start is past the Gantt sheet's last column (a plan longer than the
columns it gets) has no diamond drawn, and comes back a plain task of its duration.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.domain.plan import Plan
from app.io.excel_book import Book
from app.io.workbook_gantt_marks import marked_rows

GANTT_SHEET = "Gantt"
MARK = "◆"  # app/io/workbook_gantt_sheet.py draws a milestone so
_FIXED = 4  # ID, Task, Start, Finish before the timeline's columns


def _task_number(cell: object) -> int | None:
    """The ID in a Gantt row's first cell (None: not a task's row, a legend's say)."""
    if isinstance(cell, bool) or not isinstance(cell, int | float):
        return None
    return int(cell) if float(cell).is_integer() and cell > 0 else None


def _may_be_marked(plan: Plan) -> set[int]:
    """The IDs (rows, from 1) of the tasks with a duration, no milestone nor summary yet: the
    only ones the Gantt sheet's diamond can make milestones (none: the sheet is not read)."""
    summaries = plan.parent_uids().values()
    parents = {p for p in summaries if p is not None}
    return {
        k
        for k, t in enumerate(plan.tasks, start=1)
        if not t.milestone and t.duration_minutes != 0 and t.uid not in parents
    }


def sheet_milestones(plan: Plan, book: Book) -> None:
    """:func:`gantt_milestones` from ``book``'s Gantt sheet: only the rows holding the diamond,
    found in its XML (app/io/workbook_gantt_marks.py), else the whole sheet as calamine
    reads it; not read at all when no task could be marked."""
    wanted = _may_be_marked(plan) if GANTT_SHEET in book.names else set()
    if not wanted:
        return
    rows = None if book.has(GANTT_SHEET) else marked_rows(book.path, GANTT_SHEET, MARK, wanted)
    gantt_milestones(plan, book.rows(GANTT_SHEET).rows if rows is None else rows)


def gantt_milestones(plan: Plan, rows: Sequence[Sequence[object]]) -> None:
    """Mark Milestone each task of ``plan`` with a duration whose row of the Gantt sheet
    (``rows``, its cells) shows the diamond, the row's ID and name the task's."""
    tasks = plan.tasks
    for row in rows:
        number = _task_number(row[0]) if row else None
        if number is None or number > len(tasks) or len(row) <= _FIXED:
            continue
        task = tasks[number - 1]
        if task.milestone or task.duration_minutes == 0 or plan.is_summary(task.uid):
            continue
        if MARK not in row[_FIXED:]:  # the writer puts the mark alone in a cell: a scan in C
            continue
        if str(row[1] or "").strip() != task.name.strip():
            continue  # a row moved or renamed since: not this task's mark
        plan.update_task(replace(task, milestone=True))
