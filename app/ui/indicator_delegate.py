"""Draws the Indicators cell: its marks' icons side by side, as many as the column has room for.

The cell's background (selection, alternate rows) is the style's; the icons
come from :data:`app.ui.models.indicators.IndicatorsRole`, so painting looks
nothing up beyond the row's marks.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.models.indicators import IndicatorsRole, indicator_icon

ICON = 16  # px, at most: a row lower than 20 px gets smaller icons
GAP = 2
_INSET = 3  # px left of the first icon

Index = QModelIndex | QPersistentModelIndex


def icon_rects(cell: QRect, count: int) -> list[QRect]:
    """Where ``count`` icons go in ``cell``, left to right; the ones with no room left out."""
    size = max(min(ICON, cell.height() - 4), 8)
    top = cell.top() + (cell.height() - size) // 2
    out = []
    x = cell.left() + _INSET
    for _ in range(count):
        if x + size > cell.right() + 1:
            break
        out.append(QRect(x, top, size, size))
        x += size + GAP
    return out


def width_for(icons: int) -> int:
    """The column width that shows ``icons`` icons side by side."""
    return _INSET * 2 + icons * ICON + (icons - 1) * GAP


class IndicatorDelegate(QStyledItemDelegate):
    """Paints the Indicators column; the cell cannot be edited."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The usual cell background, then the marks' icons."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        kinds = index.data(IndicatorsRole)
        if not kinds:
            return
        cell = option.rect  # type: ignore[attr-defined]
        for kind, rect in zip(kinds, icon_rects(cell, len(kinds)), strict=False):
            indicator_icon(kind).paint(painter, rect)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Room for the row's icons across; never taller than a line of text (the rows are
        uniform, and the chart reads their height from the sheet's size hints)."""
        kinds = index.data(IndicatorsRole) or ()
        return QSize(width_for(max(len(kinds), 1)), super().sizeHint(option, index).height())
