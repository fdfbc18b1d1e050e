"""The left pane of the Usage view: a flat table drawn as an outline.

Each name is indented by its depth, with the style's branch arrow before the
rows that open. Clicking the arrow, or Right/Left (and + / -) on the keyboard,
asks for the row to open or close (``sig_open_requested``); Left on a row that
is already closed moves to the row above it in the outline, Right on an open
one to its first row, as in a tree view.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.ui.usage.detail_bands import band_rect, paint_bands, paint_panel
from app.ui.usage.tree_model import BranchRole, DepthRole

INDENT = 20  # pixels per outline level, and the width of the branch arrow

Index = QModelIndex | QPersistentModelIndex


def _branch_left(index: Index, rect: QRect) -> int:
    return rect.left() + int(index.data(DepthRole) or 0) * INDENT


class _OutlineDelegate(QStyledItemDelegate):
    """Paints the name column indented, with a branch arrow before rows that open; with
    detail rows shown, the name and total in the first band and the details' names one a
    band (app/ui/usage/detail_bands.py)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The name after its indent and arrow; other columns as usual."""
        model = index.model()
        details = getattr(model, "details", ())
        height = getattr(model, "row_height", option.rect.height())
        if len(details) > 1:  # the panel whole, the name and total in the first band
            panel = paint_panel(painter, option, index, self)
            if index.column() == 2:
                labels = [(d.label, False) for d in details]
                paint_bands(painter, panel, labels, height, Qt.AlignmentFlag.AlignLeft)
                return
            option = QStyleOptionViewItem(option)
            option.rect = band_rect(option.rect, 0, height)
        if index.column() != 0:
            super().paint(painter, option, index)
            return
        left = _branch_left(index, option.rect)
        branch = index.data(BranchRole)
        shifted = QStyleOptionViewItem(option)
        rect = QRect(option.rect)
        rect.setLeft(left + INDENT)
        shifted.rect = rect
        super().paint(painter, shifted, index)
        if branch is None:
            return
        arrow = QStyleOption()
        arrow.rect = QRect(left, option.rect.top(), INDENT, option.rect.height())
        arrow.palette = option.palette
        arrow.state = QStyle.StateFlag.State_Children | QStyle.StateFlag.State_Enabled
        if branch:
            arrow.state |= QStyle.StateFlag.State_Open
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorBranch, arrow, painter, widget)


class UsageOutlineView(QTableView):
    """A table of outline rows that looks and answers like a tree of them."""

    sig_open_requested = Signal(int, bool)  # shown row, open (True) or close (False)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_OutlineDelegate(self))
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )

    def expand(self, index: Index) -> None:
        """Open a row, as QTreeView.expand does (the Usage view does the opening)."""
        if self._branch(index) is False:
            self.sig_open_requested.emit(index.row(), True)

    def collapse(self, index: Index) -> None:
        """Close a row, as QTreeView.collapse does."""
        if self._branch(index):
            self.sig_open_requested.emit(index.row(), False)

    def isExpanded(self, index: Index) -> bool:
        """Whether a row is open, as QTreeView.isExpanded says (False without rows below)."""
        return bool(self._branch(index))

    def _branch(self, index: Index) -> object:
        return index.data(BranchRole) if index.isValid() else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on a branch arrow opens or closes its row."""
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if index.isValid() and index.column() == 0:
            branch = self._branch(index)
            left = _branch_left(index, self.visualRect(index))
            if branch is not None and left <= pos.x() < left + INDENT:
                self.sig_open_requested.emit(index.row(), not branch)
                event.accept()
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Right/+ opens the current row, Left/- closes it (or moves to the row above it)."""
        index = self.currentIndex()
        key = event.key()
        branch = self._branch(index)
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Plus) and index.isValid():
            if branch is False:
                self.sig_open_requested.emit(index.row(), True)
            elif branch and key == Qt.Key.Key_Right:
                self._go(index.row() + 1, index.column())
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Minus) and index.isValid():
            if branch:
                self.sig_open_requested.emit(index.row(), False)
            elif key == Qt.Key.Key_Left:
                depth = int(index.data(DepthRole) or 0)
                row = index.row() - 1
                while row >= 0 and int(self.model().index(row, 0).data(DepthRole)) >= depth:
                    row -= 1
                if row >= 0:
                    self._go(row, index.column())
            return
        super().keyPressEvent(event)

    def _go(self, row: int, column: int) -> None:
        if 0 <= row < self.model().rowCount():
            self.setCurrentIndex(self.model().index(row, column))
