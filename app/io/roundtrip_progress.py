"""Progress and dates a client reports in the returned workbook, taken as the window's
sheet takes them (the rules are the domain's, shared with the window):

- **Finish changed** on a task: its duration becomes the working time from its start
  to that finish and the work done stays, % complete following (a 4d task half done
  given a finish two working days later: 6d, 33 %); a finished task's finish is its
  actual finish (app/domain/typed_finish.py). No constraint is set, as MS Project
  sets none for a finish typed on an automatically scheduled task.
- **Start changed** on a task under way: its actual start, as the window links the two
  (tracking_edits.typed_actual_start); on a task not started it pins the start (SNET).
- **% Complete typed on a summary**: handed to its subtasks, earliest first, as MS Project
  and the window's sheet do (tracking_edits.typed_summary_percent); a subtask whose own
  progress the client typed keeps it.
- **Actual Start / Actual Finish / Remaining Duration** cells: see
  app/io/roundtrip_actuals.py.

The dates are measured on the schedule of the plan as exported, computed once, only when
a row needs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from app.domain.errors import FileFormatError, InputError
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule, TaskTimes
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.tracking_edits import task_clock, typed_actual_start, typed_summary_percent
from app.domain.typed_finish import typed_finish
from app.io.roundtrip_actuals import (
    ACTUAL_TITLES,
    REMAINING_TITLE,
    actual_columns,
    edited_actual,
    edited_remaining,
)
from app.io.roundtrip_notes import spread_note
from app.io.sheet_mapping import column_letter
from app.io.sheet_values import CellError, is_blank
from app.io.workbook_cells import RemainingTexts, cell_text
from app.io.workbook_work_columns import WORK_TITLES


class ClientProgress:
    """The client's dates and progress applied to the rows of the plan as exported."""

    def __init__(self, base: Plan, day_first: bool, sheet: str) -> None:
        self.base = base
        self.day_first = day_first
        self.sheet = sheet
        self.actual_cols: dict[str, int] = {}  # Actual Start / Finish (roundtrip_actuals)
        self._schedule: Schedule | None = None
        self.handed: dict[int, dict[str, Any]] = {}  # a summary's % given to its subtasks
        self.spread: list[tuple[Task, float, list[int]]] = []  # each summary's %, its subtasks
        self.typed: set[int] = set()  # tasks whose own progress the client typed
        self._remaining_texts = RemainingTexts(base.project)  # the cells as exported

    def times(self, uid: int) -> TaskTimes | None:
        """The task's dates as exported (None: a task the client added)."""
        if not self.base.has_task(uid):
            return None
        return self._base_schedule().get(uid)

    def finish(self, task: Task, moment: datetime, start: datetime | None) -> Task:
        """``task`` with a Finish typed (``start``: a Start typed in the same row, which the
        finish is measured from)."""
        times = self.times(task.uid)
        begun = task.actual_start if task.actual_start is not None else start
        measured = task  # a row the client added (not scheduled): from the Start typed
        if begun is not None and times is not None:
            times = replace(times, start=begun)
        elif begun is not None and not task.manual:
            measured = replace(task, start=begun)
        try:
            _what, fields = typed_finish(self.base, measured, times, moment)
        except InputError as exc:
            raise CellError(str(exc)) from None
        if "percent_complete" in fields or "actual_finish" in fields:
            self.typed.add(task.uid)
        return replace(task, **fields)

    def started_start(self, task: Task, moment: datetime) -> Task:
        """A Start typed on a task under way: its actual start."""
        self.typed.add(task.uid)
        return replace(task, **typed_actual_start(task, moment, task_clock(self.base, task)))

    def summary_percent(self, task: Task, percent: float) -> Task:
        """A summary's % complete typed: kept to hand to its subtasks (see :meth:`handed_to`)."""
        try:
            fields = typed_summary_percent(self.base, self._base_schedule(), task.uid, percent)
        except InputError as exc:
            raise CellError(str(exc)) from None
        own = fields.pop(task.uid, {})
        self.handed.update(fields)
        self.spread.append((task, percent, list(fields)))
        return replace(task, **own)

    def spread_notes(self) -> list[str]:
        """What each summary's % complete typed did to its subtasks, one note each (those
        whose own progress the client typed keep it, and are not named)."""
        tasks = {t.uid: t for t in self.base.tasks}
        status = self.base.project.status_date
        notes = []
        for summary, percent, uids in self.spread:
            handed = {u: self.handed[u] for u in uids if u not in self.typed}
            note = spread_note(summary, percent, handed, tasks, status)
            if note is not None:
                notes.append(note)
        return notes

    def columns(self, header: Sequence[str], read: set[int | None]) -> list[str]:
        """Find the Actual Start and Finish columns of the sheet's ``header``; the note
        naming the columns no one reads (``read``: those the import reads), if any."""
        self.actual_cols = actual_columns(header, {i for i in read if i is not None})
        unknown = unknown_columns_note(self.sheet, header, {*read, *self.actual_cols.values()})
        return [] if unknown is None else [unknown]

    def actual_cells(
        self, i: int, row: Sequence[object], task: Task, summary: bool, notes: list[str]
    ) -> Task:
        """``task`` with its Actual Start and Actual Finish cells (row ``i``) as the client
        left them; on a summary, rolled up from its subtasks, told in ``notes``, not taken."""
        for title, col in self.actual_cols.items():
            value = row[col] if col < len(row) else None
            if title == REMAINING_TITLE:
                task = self._remaining(i, col, value, task, summary, notes)
                continue
            if summary:
                if not is_blank(value):
                    notes.append(
                        f"Summary {quoted(task.name, NAME_LIMIT)}: {title} typed in the "
                        "workbook is computed from its subtasks; not taken"
                    )
                continue
            try:
                times = self.times(task.uid)
                edited = edited_actual(self.base, task, times, title, value, self.day_first)
            except CellError as exc:
                raise FileFormatError(f"{self.sheet}!{column_letter(col)}{i + 1}: {exc}") from None
            if edited is not None:
                self.typed.add(task.uid)
                task = edited
        return task

    def _remaining(
        self, i: int, col: int, value: object, task: Task, summary: bool, notes: list[str]
    ) -> Task:
        """``task`` with the Remaining Duration cell of row ``i`` as the client left it (see
        app/io/roundtrip_actuals.py); on a summary a changed one is told, not taken."""
        if is_blank(value):
            return task  # nothing reported (a column added to an older workbook)
        times = self.times(task.uid)
        base = self.base.task(task.uid) if times is not None else None
        written = None if base is None else self._remaining_texts(base, times)
        if summary:
            if cell_text(value) != written:
                notes.append(
                    f"Summary {quoted(task.name, NAME_LIMIT)}: {REMAINING_TITLE} typed in the "
                    "workbook is computed from its subtasks; not taken"
                )
            return task
        try:
            edited = edited_remaining(self.base, task, times, written, value)
        except CellError as exc:
            raise FileFormatError(f"{self.sheet}!{column_letter(col)}{i + 1}: {exc}") from None
        if edited is None:
            return task
        self.typed.add(task.uid)
        return edited

    def handed_to(self, tasks: Sequence[Task]) -> list[Task]:
        """``tasks`` with the progress a summary handed them, but for those whose own
        progress the client typed."""
        if not self.handed:
            return list(tasks)
        return [
            replace(t, **self.handed[t.uid])
            if t.uid in self.handed and t.uid not in self.typed
            else t
            for t in tasks
        ]

    def _base_schedule(self) -> Schedule:
        if self._schedule is None:
            self._schedule = schedule(self.base)
        return self._schedule


def unknown_columns_note(sheet: str, header: Sequence[str], read: set[int | None]) -> str | None:
    """The note naming the columns of the Plan sheet the import does not read (a column the
    client added), None when there are none. Work and Remaining Work are Gantry's own, shown
    for the review and not read (app/io/workbook_work_columns.py): not named."""
    unknown = [
        f"{quoted(title)} ({column_letter(i)})"
        for i, title in enumerate(header)
        if title and i not in read and title not in WORK_TITLES  # shown, never read
    ]
    if not unknown:
        return None
    names = ", ".join(unknown)
    what = "column is" if len(unknown) == 1 else "columns are"
    return (
        f"{sheet}: {what} not one Gantry reads, its cells not taken: {names} "
        f"(progress goes in % Complete, {', '.join(ACTUAL_TITLES)} and {REMAINING_TITLE})"
    )
