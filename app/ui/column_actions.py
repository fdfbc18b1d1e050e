"""Format > Insert Column… and Hide Column on the column the cursor is in, as MS Project's
Format tab has them, so a keyboard user reaches what the header's right-click menu offers
(app/ui/column_menu.py). The sheet's context menu (right-click, Shift+F10, the Menu key)
lists them too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QLineEdit, QMenu

from app.domain.quoting import NAME_LIMIT, quoted
from app.ui.action_collection import ActionCollection, Layout
from app.ui.column_menu import header_menu
from app.ui.column_placement import hide_column
from app.ui.models.task_edits import Column

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.task_tree import TaskTreeView


def insert_menu_here(tree: TaskTreeView) -> QMenu:
    """The header menu's Insert Column for the current cell's column (the new one goes left
    of it, as MS Project inserts it), its "Type a column name" line taking the keys."""
    current = tree.currentIndex()
    section = current.column() if current.isValid() else -1
    whole = header_menu(tree, section)
    insert = whole.findChild(QMenu, "insert_column")
    assert insert is not None  # header_menu always makes it
    finder = insert.findChild(QLineEdit, "find_column")
    if finder is not None:  # typed at once: "slack", Enter
        insert.aboutToShow.connect(lambda: QTimer.singleShot(0, finder.setFocus))
    return insert


def _insert_here(window: MainWindow) -> None:
    window.show_view("gantt")
    tree = window.tree
    current = tree.currentIndex()
    rect = tree.visualRect(current) if current.isValid() else tree.viewport().rect()
    where = tree.viewport().mapToGlobal(rect.bottomLeft() if current.isValid() else QPoint(0, 0))
    insert_menu_here(tree).exec(where)


def hide_column_here(window: MainWindow) -> None:
    """Hide the current cell's column; say why not on Task Name or with no cell chosen."""
    window.show_view("gantt")
    tree = window.tree
    current = tree.currentIndex()
    if not current.isValid():
        window.show_error("Click a cell of the column to hide first")
        return
    column = current.column()
    title = str(tree.model().headerData(column, tree.horizontalHeader().orientation()))
    if column == Column.NAME or not hide_column(tree, column):
        window.show_error("The Task Name column stays: the outline needs it")
        return
    shown = [c for c in range(tree.model().columnCount()) if not tree.isColumnHidden(c)]
    header = tree.horizontalHeader()
    nearest = min(shown, key=lambda c: abs(header.visualIndex(c) - header.visualIndex(column)))
    tree.setCurrentIndex(current.siblingAtColumn(nearest))  # the cursor stays on the row
    window.statusBar().showMessage(
        f"Hid column {quoted(title, NAME_LIMIT)} (Insert Column brings it back)", 10000
    )


def add_column_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Format > Insert Column… and Hide Column, acting on the current cell's column."""
    actions.add(
        "insert_column_here",
        "Insert &Column…",
        lambda: _insert_here(window),
        tip="Show another field left of the column the cursor is in (type part of its name)",
    )
    actions.add(
        "hide_column_here",
        "&Hide Column",
        lambda: hide_column_here(window),
        tip="Hide the column the cursor is in (Insert Column shows it again)",
    )
    return ["insert_column_here", "hide_column_here"]
