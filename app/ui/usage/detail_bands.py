"""Rows of several bands: each Usage row holds one band per detail row chosen (Work,
Overallocation, Cost...), as MS Project's Resource Usage shows Format > Details.

Both panes keep the same row height (bands x the one-line height), so their rows stay
side by side. The grid paints a cell's figures one per band, right-aligned, the
over-allocation's in red; the left pane's Details column names the bands and its name and
total stay in the first band.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPalette, QPen, QPolygon
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.ui.usage.grid_model import OverRole

Index = QModelIndex | QPersistentModelIndex
BAND_TEXT_RED = QColor(200, 20, 20)
OVER_MARK = QColor(110, 0, 0)  # the over-allocated corner: dark, so not told by hue alone
_PAD = 4


def band_rect(rect: QRect, k: int, height: int) -> QRect:
    """Band ``k`` (0 the first) of a cell whose bands are ``height`` pixels high."""
    return QRect(rect.left(), rect.top() + k * height, rect.width(), height)


def paint_panel(
    painter: QPainter, option: QStyleOptionViewItem, index: Index, delegate: QStyledItemDelegate
) -> QStyleOptionViewItem:
    """The cell's background and selection over its whole height, without text; returns the
    option the cell's figures are drawn with."""
    panel = QStyleOptionViewItem(option)
    delegate.initStyleOption(panel, index)
    panel.text = ""
    widget = option.widget
    style = widget.style() if widget is not None else None
    if style is not None:
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, panel, painter, widget)
    return panel


def paint_bands(
    painter: QPainter,
    option: QStyleOptionViewItem,
    texts: list[tuple[str, bool]],
    height: int,
    align: Qt.AlignmentFlag,
) -> None:
    """One text per band, red where marked, in the highlighted text colour when selected."""
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    plain = option.palette.color(role)
    painter.save()
    painter.setFont(option.font)
    for k, (text, red) in enumerate(texts):
        if not text:
            continue
        painter.setPen(BAND_TEXT_RED if red and not selected else plain)
        rect = band_rect(option.rect, k, height).adjusted(_PAD, 0, -_PAD, 0)
        painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)
    painter.restore()


class GridBandsDelegate(QStyledItemDelegate):
    """The grid's cells: one figure per detail band when details are shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Figures band by band (Work alone: as any cell); an over-allocated cell's corner
        marked."""
        model = index.model()
        details = getattr(model, "details", ())
        if len(details) < 2:
            super().paint(painter, option, index)
        else:
            panel = paint_panel(painter, option, index, self)
            texts = model.detail_texts(index.row(), index.column())  # type: ignore[attr-defined]
            height = model.row_height  # type: ignore[attr-defined]
            paint_bands(painter, panel, texts, height, Qt.AlignmentFlag.AlignRight)
        if index.data(OverRole):
            paint_over_corner(painter, option.rect)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """A click picks the band the next typing goes to (Work, or Actual Work: MS Project
        takes a timesheet's hours there)."""
        pressed = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
        if isinstance(event, QMouseEvent) and event.type() in pressed:
            details = getattr(model, "details", ())
            height = getattr(model, "row_height", 0)
            if len(details) > 1 and height > 0:
                k = int(event.position().y() - option.rect.top()) // height
                model.typing_band = max(0, min(k, len(details) - 1))  # type: ignore[attr-defined]
        return super().editorEvent(event, model, option, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """Work typed in a cell of several bands is typed in the band last clicked (Work,
        the first, unless another was)."""
        super().updateEditorGeometry(editor, option, index)
        model = index.model()
        if len(getattr(model, "details", ())) > 1:
            k = getattr(model, "typing_band", 0)
            editor.setGeometry(band_rect(option.rect, k, model.row_height))  # type: ignore[attr-defined]


def paint_over_corner(painter: QPainter, cell: QRect) -> None:
    """A dark triangle in the cell's top-left corner, white-edged: an over-allocated
    period told by shape as well as red, seen on pink, white and a selected row's blue."""
    size = max(6, min(10, cell.height() // 2))
    corner = QPolygon(
        [cell.topLeft(), cell.topLeft() + QPoint(size, 0), cell.topLeft() + QPoint(0, size)]
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("white"), 1))
    painter.setBrush(OVER_MARK)
    painter.drawPolygon(corner)
    painter.restore()
