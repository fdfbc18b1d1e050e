"""Fill Down (Edit menu, Ctrl+D), as in MS Project and spreadsheets.

The top selected cell's value is typed into the selected cells below it in the
same column, as one undo step. "Top" and "below" are the sheet's order (a
sort's, when the sheet is sorted). A column nobody types into (ID, WBS,
Indicators, figures Gantry works out) is refused with a neutral hint in the
status bar; a summary's rolled-up cell among the targets is left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoCommand

from app.domain.plural_words import counted, verb
from app.ui.models.roles import TaskUidRole
from app.ui.models.task_edits import Column
from app.ui.models.task_model_tracking import read_only_hint
from app.ui.selected_rows import selected_row_starts
from app.ui.task_tree_selection import column_title

if TYPE_CHECKING:
    from app.ui.task_tree import TaskTreeView

SELECT_HINT = "Fill Down: select the task rows to fill; the top one's value goes into the others"


def fill_down(tree: TaskTreeView) -> int:
    """Type the top selected row's value of the current column into the selected rows
    below it, as one undo step; returns how many cells were filled (0: nothing changed).

    A cell the plan refuses (a task made its own predecessor...) takes the whole
    fill back, with the model's one-line message.
    """
    model = tree.task_model()
    current = tree.currentIndex()
    column = current.column()
    rows = sorted(
        index.row()
        for index in selected_row_starts(tree.selectionModel())  # not Qt's selectedRows()
        if index.data(TaskUidRole) is not None
    )
    if not current.isValid() or len(rows) < 2:
        model.sig_notice.emit(SELECT_HINT)
        return 0
    if model.document.read_only:
        model.sig_error.emit("The plan is open read-only: nothing in it can be changed")
        return 0
    title = column_title(model, column)
    top = model.index(rows[0], column)
    uids = [int(model.index(row, 0).data(TaskUidRole)) for row in rows[1:]]
    targets = [uid for uid in uids if _editable(model.index_of_uid(uid, column))]
    if not targets:
        model.sig_notice.emit(read_only_hint(column) or _read_only_hint(title, column))
        return 0
    value = top.data(Qt.ItemDataRole.EditRole)
    if value is None:
        value = top.data(Qt.ItemDataRole.DisplayRole)
    text = "" if value is None else str(value)
    if not _fill(tree, targets, column, text, title):
        return 0
    skipped = len(uids) - len(targets)
    if skipped:
        model.sig_notice.emit(
            f"Filled {title} into {counted(len(targets), 'task')}; "
            f"{counted(skipped, 'summary', 'summaries')} left as "
            f"{verb(skipped, 'it is', 'they are')} ({title} comes from the subtasks)"
        )
    return len(targets)


def _fill(tree: TaskTreeView, uids: list[int], column: int, text: str, title: str) -> bool:
    """Type ``text`` into each task's cell inside one undo macro; False (and nothing
    changed) when one is refused."""
    model = tree.task_model()
    stack = model.document.undo_stack
    before = stack.index()
    refused: list[str] = []
    model.sig_error.connect(refused.append)
    stack.beginMacro(f"Fill Down {title} into {counted(len(uids), 'task')}")
    try:
        for uid in uids:  # found again each time: an edit may reset the model
            if not model.setData(model.index_of_uid(uid, column), text):
                refused.append("")
                break
    finally:
        stack.endMacro()
        model.sig_error.disconnect(refused.append)
    if not refused:
        return True
    # A refused fill changes nothing and leaves nothing to redo: the cells filled are
    # taken back, and a command Qt drops unrun (obsolete) clears the redo side.
    if stack.index() > before:
        stack.undo()
        dropped = QUndoCommand()
        dropped.setObsolete(True)
        stack.push(dropped)
    return False


def _editable(cell: QModelIndex) -> bool:
    return bool(cell.isValid() and cell.flags() & Qt.ItemFlag.ItemIsEditable)


def _read_only_hint(title: str, column: int) -> str:
    """Where a column nobody types into gets its values (a pointer, not a refusal)."""
    if column == Column.INDICATORS:
        source = "the task's fields (notes, constraints...)"
    elif column in (Column.ID, Column.WBS):
        source = "the task's place in the outline"
    else:
        source = "Gantry's schedule and costs"
    return f"{title} comes from {source}: Fill Down fills columns you type into"
