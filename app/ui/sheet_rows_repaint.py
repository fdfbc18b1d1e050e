"""The sheet repaints only the rows the model says changed, and what its focus shows.

Qt's view repaints its whole viewport when told that more than one cell
changed (QAbstractItemView::dataChanged updates one cell's rectangle, else
everything shown): a duration typed in a large plan, whose reschedule changed
three rows, had every visible cell asked and drawn again (~385 at 1600x900).
Here a range of rows repaints the band those rows cover on screen, nothing when
they are scrolled away. The cell being edited is handed its new value as Qt
does; while a screen reader listens (it is told of the changed range) Qt's own
handling runs.

Qt also repaints the whole sheet when it loses the focus and when it gets it
back, and typing a cell does both (the editor takes the focus, Enter gives it
back): two full repaints per cell typed. Between the sheet and its own cell
editor only what the focus changes is repainted: the selected rows (drawn
inactive without it), the current cell and the frame around the sheet.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QAccessible, QFocusEvent, QRegion
from PySide6.QtWidgets import QAbstractItemView, QApplication

from app.ui.widget_mixin import TableViewMixin


class RowsRepaint(TableViewMixin):
    """Mixin for a sheet view: ``dataChanged`` over whole rows repaints just those rows, and
    the focus going to a cell's editor and back repaints what it shows."""

    _focus_in_editor = False  # the focus left for the sheet's own cell editor

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        """As Qt's, but the update covers only the changed rows' band."""
        if (
            top_left == bottom_right
            or not top_left.isValid()
            or not bottom_right.isValid()
            or QAccessible.isActive()
        ):
            super().dataChanged(top_left, bottom_right, roles)
            return
        first, last = top_left.row(), bottom_right.row()
        current = self.currentIndex()
        if (
            self.state() is QAbstractItemView.State.EditingState
            and current.isValid()
            and first <= current.row() <= last
            and top_left.column() <= current.column() <= bottom_right.column()
        ):
            # the one editor a sheet opens is on the current cell: Qt hands it the value
            super().dataChanged(current, current, roles)
        if self.isVisible():  # else painted in full when shown
            self._update_rows(first, last)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """As Qt's, but the focus going to a cell's editor repaints only what it shows."""
        to = QApplication.focusWidget()
        self._focus_in_editor = to is not None and self.viewport().isAncestorOf(to)
        if not self._focus_in_editor:
            super().focusOutEvent(event)
            return
        self._update_focus_look()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """As Qt's, but the focus back from a cell's editor repaints only what it shows."""
        if not self._focus_in_editor:
            super().focusInEvent(event)
            return
        self._focus_in_editor = False
        current = self.currentIndex()  # as Qt's: input methods on an editable cell
        editable = current.isValid() and bool(current.flags() & Qt.ItemFlag.ItemIsEditable)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, editable)
        self._update_focus_look()

    def _update_focus_look(self) -> None:
        """Repaint what the focus shows: the frame, the selected rows and the current row."""
        self.update(QRegion(self.rect()) - QRegion(self.viewport().geometry()))
        selection = self.selectionModel().selection()
        for i in range(selection.size()):
            span = selection.at(i)
            self._update_rows(span.top(), span.bottom())
        current = self.currentIndex()
        if current.isValid():
            self._update_rows(current.row(), current.row())

    def _update_rows(self, first: int, last: int) -> None:
        """Repaint the band rows ``first`` to ``last`` cover on screen (none: nothing)."""
        viewport = self.viewport()
        top = self.rowViewportPosition(first)
        bottom = self.rowViewportPosition(last) + self.rowHeight(last)
        band = QRect(0, top, viewport.width(), bottom - top).intersected(viewport.rect())
        if not band.isEmpty():
            viewport.update(band)
