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

from app.domain.errors import AppError
from app.domain.plural_words import counted, verb
from app.ui.commands import CompositeCommand, execute
from app.ui.find_query import typed_parts
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

    A cell that refuses the value (naming its task), or a plan that refuses the
    result (a task made its own predecessor...), changes nothing: one line says why.
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
    """Type ``text`` into each task's cell as one command: one run of the plan, one
    reschedule, one write of the file, one undo step (typing cell by cell took 42 s for
    1,000 durations on a 4,000-task plan, and its undo 34 s). False, with the one-line
    reason and nothing changed, when a cell or the plan refuses it."""
    model = tree.task_model()
    document = model.document
    try:
        # a step even when every cell already holds the value, as the user asked for one
        parts = typed_parts(model, column, dict.fromkeys(uids, text))
        step = f"Fill Down {title} into {counted(len(uids), 'task')}"
        execute(document, CompositeCommand(document, step, parts))
    except AppError as exc:
        model.sig_error.emit(str(exc))
        return False
    return True


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
