"""The task sheet's Hyperlink cell: Ctrl+click opens the task's link, as in Word and
Excel (a plain click selects the cell, a double click edits the text to display)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from app.ui.indicator_delegate import open_row_link

Index = QModelIndex | QPersistentModelIndex
_MOUSE = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)


class HyperlinkDelegate(QStyledItemDelegate):
    """Draws the cell as any text cell; Ctrl+click on a linked cell opens the link."""

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """Ctrl+left click on a cell showing a link opens it (the press is taken too, so the
        row's selection is left as it was); any other event goes on as usual."""
        if event.type() not in _MOUSE or not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if not index.data(Qt.ItemDataRole.DisplayRole):
            return False  # no link on this row: Ctrl+click selects, as elsewhere
        if event.type() == QEvent.Type.MouseButtonRelease:
            refused = open_row_link(model, index)
            if refused:  # why it did not open, where the click was
                QToolTip.showText(event.globalPosition().toPoint(), refused, option.widget)
        return True
