"""Draws the Indicators cell: its marks' icons side by side, smaller when the column is too
narrow for them all (a critical task's bolt pushed its note out of the cell), down to
:data:`SMALLEST`; only past that are the last ones left out.

The cell's background (selection, alternate rows) is the style's; the icons
come from :data:`app.ui.models.indicators.IndicatorsRole`, so painting looks
nothing up beyond the row's marks. A click on the hyperlink icon opens the task's link
(app/ui/dialogs/hyperlink_actions.py), as in MS Project.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QIcon, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from app.report.indicators import Indicator
from app.ui.models.indicators import IndicatorsRole, indicator_icon
from app.ui.models.roles import TaskUidRole

ICON = 16  # px, at most: a row lower than 20 px gets smaller icons
SMALLEST = 8  # px: icons shrink to this to fit all a row has, then the last ones are left out
GAP = 2
_INSET = 3  # px left of the first icon

Index = QModelIndex | QPersistentModelIndex


def icon_rects(cell: QRect, count: int) -> list[QRect]:
    """Where ``count`` icons go in ``cell``, left to right, shrunk to fit them all (not below
    :data:`SMALLEST`); the ones with no room even then left out."""
    size = max(min(ICON, cell.height() - 4), SMALLEST)
    if count > 1:
        room = (cell.width() - 2 * _INSET - (count - 1) * GAP) // count
        size = max(min(size, room), SMALLEST)
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
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        kinds = index.data(IndicatorsRole)
        if not kinds:
            return
        cell = option.rect
        for kind, rect in zip(kinds, icon_rects(cell, len(kinds)), strict=False):
            indicator_icon(kind).paint(painter, rect)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """A left click on the hyperlink icon opens the task's link."""
        if event.type() != QEvent.Type.MouseButtonRelease or not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        kinds = index.data(IndicatorsRole) or ()
        rects = icon_rects(option.rect, len(kinds))
        for kind, rect in zip(kinds, rects, strict=False):
            if kind is Indicator.HYPERLINK and rect.contains(event.position().toPoint()):
                refused = open_row_link(model, index)
                if refused:  # why it did not open, where the click was
                    QToolTip.showText(event.globalPosition().toPoint(), refused, option.widget)
                return True
        return False

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Room for the row's icons across; never taller than a line of text (the rows are
        uniform, and the chart reads their height from the sheet's size hints)."""
        kinds = index.data(IndicatorsRole) or ()
        return QSize(width_for(max(len(kinds), 1)), super().sizeHint(option, index).height())


def open_row_link(model: QAbstractItemModel, index: Index) -> str | None:
    """Open the hyperlink of the task on ``index``'s row (its model's document's plan);
    None when it opened (or there is none), else why it did not."""
    from app.ui.dialogs.hyperlink_actions import open_hyperlink

    document: Any = getattr(model, "document", None)
    uid = index.data(TaskUidRole)
    if document is None or uid is None or not document.plan.has_task(uid):
        return None
    link = document.plan.task(uid).hyperlink
    if link is None:
        return None
    return open_hyperlink(link, document.path)
