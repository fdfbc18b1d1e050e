"""Del (Edit > Delete Task) with the ID or Task Name column selected by Ctrl+Space asks first.

Ctrl+Space selects the current column's cells of every task, as MS Project selects a
column; on the ID or the Task Name, Del there deletes the tasks of the selected rows, so
it deleted every task of the plan at one key (Undo brought them back). Deleting more than
a few tasks by a column selection now asks first; rows selected as rows (Shift+Space, the
ID clicked, Ctrl+A) are deleted as before, as MS Project deletes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from app.ui.task_tree import TaskTreeView

FEW_TASKS = 3  # deleted without asking, however selected


def column_selected(tree: TaskTreeView) -> bool:
    """Whether the sheet's selection is a column's cells (Ctrl+Space, cells dragged over),
    not whole rows."""
    ranges = tree.selectionModel().selection()
    last = tree.task_model().columnCount() - 1
    widths = [ranges.at(k).width() for k in range(ranges.count())]
    return bool(widths) and all(width <= last for width in widths)


def _confirm(parent: QWidget, text: str) -> bool:
    no = QMessageBox.StandardButton.No
    yes = QMessageBox.StandardButton.Yes
    return QMessageBox.question(parent, "Delete Task", text, yes | no, no) == yes


confirm = _confirm  # tests replace this to answer the question without a modal box


def delete_confirmed(tree: TaskTreeView, uids: list[int], parent: QWidget) -> bool:
    """Whether to delete ``uids``: yes for a few or for rows selected whole; asked when more
    than a few would go by a column's selection."""
    if len(uids) <= FEW_TASKS or not column_selected(tree):
        return True
    count = len(uids)
    every = count == len(tree.task_model().document.plan.tasks)
    question = f"Delete all {count} tasks of the plan?" if every else f"Delete {count} tasks?"
    return confirm(
        parent,
        f"{question}\n\nA column is selected (Ctrl+Space) on the ID or Task name: Del there "
        "deletes the tasks of its rows. To empty cells, select another column's.",
    )
