"""The current cell drawn as MS Project and Excel draw it: a dark frame, the cell left white.

A sheet that selects whole rows paints the row in the highlight colour and, in Qt's
styles, marks the current cell with at most a dotted focus line that the highlight
swallows: Left and Right then move nothing a user can see. :class:`CurrentCellFrame`
paints the current cell again after the view, unselected (base colour, its own text), and
frames it, as MS Project's active cell sits white inside a selected row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QTableView

FRAME_WIDTH = 2  # pixels: MS Project's and Excel's active-cell border
# Over the base colour and next to the highlight: near-black reads > 4.5:1 on both.
FRAME_COLOR = QColor("#1f1f1f")


def frame_color(palette: QPalette) -> QColor:
    """The frame's colour: dark on a light sheet, the text colour on a dark theme."""
    base = palette.color(QPalette.ColorRole.Base)
    return FRAME_COLOR if base.lightness() > 127 else palette.color(QPalette.ColorRole.Text)


def current_cell_rect(view: QAbstractItemView) -> QRect | None:
    """Where the current cell is drawn in the view's viewport; None when there is none shown."""
    current = view.currentIndex()
    if not current.isValid():
        return None
    rect = view.visualRect(current)
    if rect.isEmpty() or not rect.intersects(view.viewport().rect()):
        return None
    return rect


def paint_current_cell(view: QAbstractItemView, index: QModelIndex, rect: QRect) -> None:
    """Draw ``index`` again unselected at ``rect`` in the viewport, and frame it."""
    painter = QPainter(view.viewport())
    try:
        editing = view.indexWidget(index) is not None or (
            view.state() == QAbstractItemView.State.EditingState
        )
        if not editing:
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = rect
            option.state &= ~QStyle.StateFlag.State_Selected
            option.state &= ~QStyle.StateFlag.State_HasFocus  # the frame stands for it
            painter.fillRect(rect, view.palette().color(QPalette.ColorRole.Base))
            view.itemDelegateForIndex(index).paint(painter, option, index)
        pen = QPen(frame_color(view.palette()), FRAME_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FRAME_WIDTH // 2
        painter.drawRect(rect.adjusted(half, half, -half, -half))
    finally:
        painter.end()


class CurrentCellFrame:
    """Mixin for a QTableView: frames the current cell after the view paints."""

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the rows, then the current cell white and framed on top."""
        super().paintEvent(event)  # type: ignore[misc]
        view = self
        assert isinstance(view, QAbstractItemView)
        rect = current_cell_rect(view)
        if rect is not None and event.rect().intersects(rect):
            paint_current_cell(view, view.currentIndex(), rect)


class CurrentCellTable(CurrentCellFrame, QTableView):
    """A QTableView whose current cell is framed (the Team roster)."""
