"""The task sheet's cursor keys as MS Project has them: Home, End, Ctrl+Home, Ctrl+End,
Ctrl+Space, Shift+Space, and a found row shown well inside the sheet.

Home goes to the row's first cell right of the ID (MS Project's row header), Ctrl+Home to
the first task's first cell that takes typing (the Task Name, in the Entry table); both
show the sheet scrolled fully left, the ID in sight. Ctrl+Space selects the current
column's cells of every task, as MS Project selects a column (Ctrl+C then copies the
column); Shift+Space the current row alone. Go To and Find show the row they land on
near the middle of the sheet, not on its bottom edge, as MS Project shows it well inside.

A mixin of :class:`app.ui.task_tree.TaskTreeView`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QWidget

from app.ui.models.task_edits import Column
from app.ui.widget_mixin import TableViewMixin

if TYPE_CHECKING:
    from PySide6.QtCore import QPersistentModelIndex

    from app.ui.models.task_model import TaskTreeModel

_Action = QAbstractItemView.CursorAction
_EndHint = QAbstractItemDelegate.EndEditHint
# Tab and Shift+Tab: the cell they go on to, selected, not opened for typing.
_TAB_MOVES = {
    _EndHint.EditNextItem: _Action.MoveNext,
    _EndHint.EditPreviousItem: _Action.MovePrevious,
}
_Hint = QAbstractItemView.ScrollHint
# Rows kept between a found row and the sheet's top or bottom edge before it is moved
# to the middle (one row away from an edge reads as "at the edge").
_FOUND_MARGIN_ROWS = 2


class SheetKeys(TableViewMixin):
    """Where the sheet's cursor keys land and how the sheet scrolls to show it.

    Uses the view's ``task_model()``, ``indexAbove`` and Qt's QTableView calls.
    """

    if TYPE_CHECKING:

        def task_model(self) -> TaskTreeModel: ...

        def indexAbove(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex: ...

    def moveCursor(self, action: _Action, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End go to the first and last cell of the row, with Ctrl of the first and
        last task, as in MS Project and spreadsheets.

        Home's first cell is right of the ID, MS Project's row header (Del there deletes the
        task); Ctrl+Home's is the first task's first cell that takes typing (the Task Name in
        the Entry table, not the Indicators). Ctrl+End stops at the last task; Down (or Page
        Down) goes on to the empty row.
        """
        target = super().moveCursor(action, modifiers)
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if action == _Action.MoveHome and target.isValid():
            return self._first_cell(target, typeable=ctrl)
        to_end = action == _Action.MoveEnd and ctrl
        if to_end and self.task_model().is_blank(target):
            above = self.indexAbove(target)
            return above if above.isValid() else target
        return target

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Tab and Shift+Tab commit the cell and select the next (previous) one without
        opening it, as MS Project and spreadsheets do: typing there starts an edit, F2 opens
        it, arrows move on. Qt opened the next cell's editor, and Down in a date cell
        opened so changed its month, which Enter then set as a constraint."""
        action = _TAB_MOVES.get(hint)
        if action is None:
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, _EndHint.NoHint)
        self.move_along(action)

    def move_along(self, action: _Action) -> bool:
        """Select the cell right (MoveNext) or left (MovePrevious) of the current one, on to
        the next row at the row's end; False when there is none."""
        current = self.currentIndex()
        if not current.isValid():
            return False
        target = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        if not target.isValid() or target == current:
            return False
        self.setCurrentIndex(target)
        return True

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab on a cell not being typed in move along the sheet's cells, as in
        MS Project; from its first or last cell they leave the sheet."""
        editing = self.state() == QAbstractItemView.State.EditingState
        action = _Action.MoveNext if forward else _Action.MovePrevious
        if not editing and self.hasFocus() and self.move_along(action):
            return True
        return super().focusNextPrevChild(forward)

    def _first_cell(self, index: QModelIndex, typeable: bool) -> QModelIndex:
        """The row's first shown cell right of the ID (``typeable``: the first that takes
        typing, else that first cell)."""
        header = self.horizontalHeader()
        first: QModelIndex | None = None
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            if column == Column.ID or header.isSectionHidden(column):
                continue
            cell = index.siblingAtColumn(column)
            if first is None:
                first = cell
            if not typeable or cell.flags() & Qt.ItemFlag.ItemIsEditable:
                return cell
        return first if first is not None else index

    def scrollTo(
        self, index: QModelIndex | QPersistentModelIndex, hint: _Hint = _Hint.EnsureVisible
    ) -> None:
        """Show a cell; one near the left that fits beside the ID shows with the sheet
        scrolled fully left (Home, Ctrl+Home, Left from a sheet scrolled right), as MS
        Project keeps its ID in sight, not the cell at the sheet's left edge. A cell in
        sight, or right of it, scrolls as Qt scrolls it."""
        header = self.horizontalHeader()
        column = index.column()
        off_left = index.isValid() and header.sectionViewportPosition(column) < 0
        super().scrollTo(index, hint)
        if not off_left or hint != _Hint.EnsureVisible:
            return
        if header.sectionPosition(column) + header.sectionSize(column) <= self.viewport().width():
            self.horizontalScrollBar().setValue(0)

    def select_column(self) -> None:
        """Ctrl+Space: select the current column's cells of every task, as MS Project does
        (the current cell stays; the empty last row is left out)."""
        current = self.currentIndex()
        model = self.task_model()
        last = model.rowCount() - 1
        if last >= 0 and model.is_blank(model.index(last, 0)):
            last -= 1
        if not current.isValid() or last < 0:
            return
        column = current.column()
        cells = QItemSelection(model.index(0, column), model.index(last, column))
        self.selectionModel().select(cells, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select_row(self) -> None:
        """Shift+Space: select the current row alone, as MS Project does (Qt's Shift+Space
        kept a column selected before)."""
        current = self.currentIndex()
        if current.isValid():
            flags = QItemSelectionModel.SelectionFlag
            self.selectionModel().select(current, flags.ClearAndSelect | flags.Rows)

    def show_found(self, index: QModelIndex) -> None:
        """Show a row Go To or Find landed on near the middle of the sheet, unless it is in
        sight already away from the edges (the chart's rows follow; the columns stay)."""
        if not index.isValid():
            return
        rect = self.visualRect(index)
        margin = rect.height() * _FOUND_MARGIN_ROWS
        if margin <= rect.top() and rect.bottom() <= self.viewport().height() - margin:
            return
        columns = self.horizontalScrollBar().value()
        self.scrollTo(index, _Hint.PositionAtCenter)
        self.horizontalScrollBar().setValue(columns)
