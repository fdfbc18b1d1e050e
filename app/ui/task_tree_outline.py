"""The task sheet's outline: the QTreeView calls the window and the Gantt chart use
(``isExpanded``, ``expand``, ``expandAll``, ``indexBelow``...) and a summary's triangle
clicked to fold it.

A mixin of :class:`app.ui.task_tree.TaskTreeView`, which declares the ``expanded`` and
``collapsed`` signals and holds the outline delegate drawing the triangles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHeaderView

from app.ui.models.ids import uid_of
from app.ui.models.roles import SummaryRole, TaskUidRole
from app.ui.models.task_edits import Column
from app.ui.widget_mixin import TableViewMixin

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from app.ui.models.task_model import TaskTreeModel
    from app.ui.task_delegates import OutlineDelegate


class SheetOutline(TableViewMixin):
    """Expand and collapse summaries from the sheet, as a QTreeView would.

    Uses the view's ``task_model()``, selection calls and Qt's QTableView calls.
    """

    _indentation: int
    _outline_delegate: OutlineDelegate
    expanded: SignalInstance
    collapsed: SignalInstance

    if TYPE_CHECKING:

        def task_model(self) -> TaskTreeModel: ...

        def selected_uids(self) -> list[int]: ...

        def current_uid(self) -> int | None: ...

        def select_uids(self, uids: list[int], current: int | None = None) -> None: ...

    def header(self) -> QHeaderView:
        """The column header (the name QTreeView uses)."""
        return self.horizontalHeader()

    def indentation(self) -> int:
        """Pixels per outline level."""
        return self._indentation

    def setIndentation(self, pixels: int) -> None:
        """Pixels per outline level (Qt's name)."""
        self._indentation = pixels
        self.viewport().update()

    def isExpanded(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether a row is a summary that shows its subtasks."""
        uid = index.data(TaskUidRole) if index.isValid() else None
        model = self.task_model()
        if uid is None:  # a group's header row (View > Group by) folds as a summary does
            return model.group_at(index) is not None and not model.row_collapsed(index)
        return model.document.plan.is_summary(int(uid)) and not model.is_collapsed(int(uid))

    def setExpanded(self, index: QModelIndex | QPersistentModelIndex, expand: bool) -> None:
        """Expand or collapse a summary row."""
        uid = index.data(TaskUidRole) if index.isValid() else None
        group = self.task_model().group_at(index) if uid is None else None
        if group is not None:  # a group's header row: its tasks hide or show
            key = uid_of(index.internalId())
            if self.task_model().set_group_collapsed(key, not expand):
                (self.expanded if expand else self.collapsed).emit(
                    self.task_model().index(index.row(), index.column())
                )
            return
        if uid is None or not self.task_model().set_collapsed(int(uid), not expand):
            return
        row = self.task_model().index_of_uid(int(uid))
        (self.expanded if expand else self.collapsed).emit(row)

    def expand(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Show a summary's subtasks."""
        self.setExpanded(index, True)

    def collapse(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Hide a summary's subtasks."""
        self.setExpanded(index, False)

    def expandAll(self) -> None:
        """Show every task; listeners hear once, with an invalid index."""
        self.task_model().expand_all()
        self.expanded.emit(QModelIndex())

    def collapseAll(self) -> None:
        """Show the top-level tasks only; listeners hear once, with an invalid index."""
        self.task_model().collapse_all()
        self.collapsed.emit(QModelIndex())

    def fold_selected(self, expand: bool) -> None:
        """Show or hide the subtasks of the selected summaries (Show/Hide Subtasks).

        Hiding from a subtask folds its summary and selects that, as MS Project does.
        """
        model = self.task_model()
        plan = model.document.plan
        uids = self.selected_uids() or ([u] if (u := self.current_uid()) is not None else [])
        summaries: list[int] = []
        for uid in uids:
            if not plan.is_summary(uid) and not expand:
                parent = plan.parent(uid)
                uid = parent.uid if parent is not None else uid
            if plan.is_summary(uid) and uid not in summaries:
                summaries.append(uid)
        for uid in summaries:
            self.setExpanded(model.index_of_uid(uid, Column.NAME), expand)
        if summaries and not expand and summaries != uids:
            self.select_uids(summaries)

    def show_outline_level(self, level: int | None) -> None:
        """Show tasks down to an outline level (None: every subtask), as MS Project's Outline menu."""
        self.task_model().show_outline_level(level)
        self.expanded.emit(QModelIndex())

    def indexBelow(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        """The same column one row down (invalid past the last row)."""
        if not index.isValid():
            return QModelIndex()
        return self.task_model().index(index.row() + 1, index.column())

    def indexAbove(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        """The same column one row up (invalid above the first row)."""
        if not index.isValid():
            return QModelIndex()
        return self.task_model().index(index.row() - 1, index.column())

    def _on_branch(self, pos: QPoint) -> QModelIndex | None:
        """The summary row whose triangle is under ``pos``, if any."""
        index = self.indexAt(pos)
        if not index.isValid() or index.column() != Column.NAME or not index.data(SummaryRole):
            return None
        if self._outline_delegate.branch_rect(self.visualRect(index), index).contains(pos):
            return index
        return None

    def _toggled_branch(self, event: QMouseEvent) -> bool:
        """Expand or collapse the summary whose triangle a left click hit; whether one was."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        index = self._on_branch(event.position().toPoint())
        if index is None:
            return False
        self.setExpanded(index, not self.isExpanded(index))
        event.accept()
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on a summary's triangle expands or collapses it (and selects nothing)."""
        if not self._toggled_branch(event):
            super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double click on a triangle is two clicks on it, not an edit of the name."""
        if not self._toggled_branch(event):
            super().mouseDoubleClickEvent(event)
