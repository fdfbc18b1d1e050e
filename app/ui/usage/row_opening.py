"""What a double-click or a right-click on a Usage view row opens: Task Information on a
task, the person's dialog on a resource, Assignment Information on an assignment; nothing
on a group header (Task Usage grouped), which stands for no one thing.

A mixin of :class:`app.ui.usage.view.UsageView`, which declares the ``sig_*_activated``
signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from app.ui.document import Document
from app.ui.usage.assignment_open import open_assignment
from app.ui.usage.grid_model import UsageGridModel
from app.ui.usage.outline_view import UsageOutlineView
from app.ui.usage.person_edit import edit_person
from app.ui.usage.tree_model import UsageTreeModel
from app.ui.usage.usage_menu import fill_usage_menu
from app.ui.widget_mixin import WidgetMixin

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

_MENU_TEXT = {
    "task": "Task Information…",
    "resource": "Resource Information…",
    "assignment": "Assignment Information…",
}


class RowOpening(WidgetMixin):
    """Open a row's dialog from a double-click or the row's context menu, in either pane."""

    document: Document
    tree: UsageOutlineView
    grid: QTableView
    tree_model: UsageTreeModel
    grid_model: UsageGridModel
    sig_task_activated: SignalInstance
    sig_resource_activated: SignalInstance
    sig_assignment_activated: SignalInstance
    next_over_action: QAction

    if TYPE_CHECKING:  # app/ui/usage/details_choice.py's, the view's next base

        def details_menu(self, parent: QMenu | None = None) -> QMenu:
            """The menu of detail rows."""
            raise NotImplementedError

    def open_row(self, node: int) -> None:
        """What a double-click opens: Task Information on a task, the person's dialog on a
        resource, Assignment Information on an assignment."""
        tree = self.tree_model.tree
        kind, uid = tree.key(node)
        if kind == "group":
            return
        if kind == "resource":
            self.sig_resource_activated.emit(uid)
            edit_person(self.window(), uid)
        elif kind == "task":
            self.sig_task_activated.emit(uid)
        else:
            self.sig_assignment_activated.emit(uid)
            if open_assignment(self.document, uid, self) is None:
                # no Assignment Information in this build: the assignment's task
                self.sig_task_activated.emit(self._task_of(uid))

    def _task_of(self, assignment_uid: int) -> int:
        return next(a.task_uid for a in self.document.plan.assignments if a.uid == assignment_uid)

    def row_menu(self, node: int) -> QMenu:
        """The dialog a double-click opens on one row, by name, as a menu."""
        kind = self.tree_model.tree.key(node)[0]
        menu = QMenu(self)
        text = _MENU_TEXT[kind]
        menu.addAction(text, lambda: self.open_row(node))
        return menu

    def context_menu(self, node: int) -> QMenu:
        """The right-click menu of one row: :meth:`row_menu` (none on a group header), then the
        detail rows and Go to Next Overallocation (app/ui/usage/details_choice.py)."""
        opens = self.tree_model.tree.key(node)[0] in _MENU_TEXT
        menu = self.row_menu(node) if opens else QMenu(self)
        if opens:
            menu.addSeparator()
        menu.addMenu(self.details_menu(menu))
        menu.addAction(self.next_over_action)
        menu.addSeparator()  # Resource/Task Usage, Days/Weeks/Months, Expand/Collapse All
        fill_usage_menu(menu, self)
        return menu

    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(self.tree_model.node(index))

    def _on_grid_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(self.grid_model.shown[index.row()])

    def _menu_at(self, node: int, pane: QTableView, pos: QPoint) -> None:
        self.context_menu(node).exec(pane.viewport().mapToGlobal(pos))

    def _on_tree_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            self._menu_at(self.tree_model.node(index), self.tree, pos)

    def _on_grid_menu(self, pos: QPoint) -> None:
        index = self.grid.indexAt(pos)
        if index.isValid():
            self._menu_at(self.grid_model.shown[index.row()], self.grid, pos)
