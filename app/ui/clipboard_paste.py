"""Paste a table from the clipboard into the task sheet's cells as MS Project does, one undo step.

On a cell other than the ID or Task Name, each value goes into the cell under
it, from the current cell down and across (the columns as the sheet shows
them), through the rules typing uses; past the last task, a row types into the
empty row and so adds a task. (On the ID or Task Name, Paste inserts rows:
app/ui/task_clipboard.py.)

A refused value takes the whole paste back and is said in one line naming the
row (the task's ID) and the column; an empty cell leaves the cell as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoCommand

from app.domain.errors import AppError, InputError
from app.domain.grouping_rows import is_group_key
from app.ui.clipboard_table import ClipboardTable
from app.ui.commands import quoted
from app.ui.models.task_edits import Column
from app.ui.models.task_model_tracking import read_only_hint
from app.ui.task_tree_selection import column_title

if TYPE_CHECKING:
    from app.ui.models.task_model import TaskTreeModel
    from app.ui.task_tree import TaskTreeView

# Columns that stand for the whole row: Paste inserts rows there, as
# Del deletes the task there (the ID is MS Project's row header; Indicators sits beside it).
ROW_COLUMNS = frozenset({Column.ID, Column.INDICATORS, Column.NAME})


@dataclass(slots=True)
class Pasted:
    """What a paste did: the tasks it typed into, and how many cells."""

    uids: list[int] = field(default_factory=list)
    cells: int = 0


def one_line(value: str) -> str:
    """A cell's lines joined by spaces: a name or a date is one line (Notes keep theirs)."""
    return " ".join(value.splitlines())


def shown_columns(tree: TaskTreeView, first: int) -> list[int]:
    """The columns the sheet shows from ``first`` rightwards, in the order it shows them
    (Indicators, which holds no text, left out)."""
    header = tree.horizontalHeader()
    start = header.visualIndex(first)
    columns = [
        c
        for c in range(tree.task_model().columnCount())
        if not tree.isColumnHidden(c) and c != Column.INDICATORS and header.visualIndex(c) > start
    ]
    return [first, *sorted(columns, key=header.visualIndex)]


# ------------------------------------------------------------------ paste


def paste_into_cells(tree: TaskTreeView, table: ClipboardTable, current: QModelIndex) -> Pasted:
    """Type ``table`` into the cells from ``current`` down and across, as one undo step;
    InputError (nothing changed) on a refusal."""
    model = tree.task_model()
    columns = shown_columns(tree, current.column())[: table.width]
    shown = model.shown_uids()
    below = [uid for uid in shown[current.row() :] if not is_group_key(uid)]
    pasted = Pasted()

    def type_cells(typist: _Typist) -> None:
        for n, row in enumerate(table.rows):
            uid: int | None = below[n] if n < len(below) else None  # None: the empty row
            for column, value in zip(columns, row, strict=False):
                if column is None or not value.strip():
                    continue
                uid = typist.type(uid, column, value)
                pasted.cells += 1
            if uid is not None:
                pasted.uids.append(uid)

    what = ", ".join(dict.fromkeys(column_title(model, c) for c in columns if c is not None))
    _in_one_step(model, f"Paste into {what}", type_cells)
    return pasted


class _Typist:
    """Types values into the sheet's cells through the model, as a user would; a refusal
    raises InputError naming the row and the column."""

    def __init__(self, model: TaskTreeModel) -> None:
        self.model = model
        self.said: list[str] = []

    def cell(self, uid: int | None, column: int) -> QModelIndex:
        """A task's cell (None: the empty row's)."""
        model = self.model
        if uid is None:
            return model.blank_index(column)
        cell = model.index_of_uid(uid, column)  # found again each time: an edit may reset
        if not cell.isValid():  # under a collapsed summary, or hidden by a filter
            model.reveal([uid])
            cell = model.index_of_uid(uid, column)
        return cell

    def type(self, uid: int | None, column: int, value: str) -> int:
        """Type ``value`` into the task's cell (None: into the empty row, adding a task);
        returns the task's uid."""
        model = self.model
        if column != Column.NOTES:  # an Excel cell's line breaks: one line, as typed
            value = one_line(value)
        cell = self.cell(uid, column)
        title = column_title(model, column)
        if not cell.isValid():
            raise InputError(f"Nothing pasted: {self._row(uid)} is not shown on the sheet")
        if not cell.flags() & Qt.ItemFlag.ItemIsEditable:
            raise InputError(
                f"Nothing pasted: {self._row(uid)}, {title}: {self._why_read_only(uid, column)}"
            )
        self.said.clear()
        if model.setData(cell, value):
            added = model.take_added_from_blank() if uid is None else uid
            if added is not None:
                return added
        reason = self.said[-1] if self.said else f"{quoted(value)} was not taken"
        raise InputError(f"Nothing pasted: {self._row(uid)}, {title}: {reason}")

    def _row(self, uid: int | None) -> str:
        plan = self.model.document.plan
        if uid is None or not plan.has_task(uid):
            return "the new task below the last"
        return f"ID {plan.index_of(uid) + 1} {quoted(plan.task(uid).name)}"

    def _why_read_only(self, uid: int | None, column: int) -> str:
        hint = read_only_hint(column)
        if hint is not None:
            return hint
        if uid is not None and self.model.document.plan.is_summary(uid):
            return "a summary's comes from its subtasks"
        return "Gantry works it out; it cannot be typed"


def _in_one_step(model: TaskTreeModel, label: str, edits: Callable[[_Typist], None]) -> None:
    """Run ``edits`` inside one undo macro; on a refusal take back what they did (nothing left
    to redo either) and raise it."""
    if model.document.read_only:
        raise InputError("The plan is open read-only: nothing in it can be changed")
    stack = model.document.undo_stack
    before = stack.index()
    typist = _Typist(model)
    model.sig_error.connect(typist.said.append)
    stack.beginMacro(label)
    try:
        edits(typist)
    except AppError as exc:
        refused: AppError | None = exc
    else:
        refused = None
    finally:
        stack.endMacro()
        model.sig_error.disconnect(typist.said.append)
    if refused is None:
        return
    # As a refused Fill Down: the cells typed are taken back, and a command Qt drops unrun
    # (obsolete) clears the redo side.
    if stack.index() > before:
        stack.undo()
        dropped = QUndoCommand()
        dropped.setObsolete(True)
        stack.push(dropped)
    raise refused
