"""Shift+F10 opens the context menu of the widget with the focus, as the Menu key does (and
as in MS Project and Windows): many laptop keyboards have no Menu key.

One filter on the application turns Shift+F10 into the keyboard context-menu event Qt sends
for the Menu key, at the current cell of a table or tree (the middle of other widgets).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QWidget


def open_context_menu(widget: QWidget) -> None:
    """Send ``widget`` the context-menu event the Menu key sends: at its current cell."""
    target = widget
    spot = QPoint(widget.width() // 2, widget.height() // 2)
    if isinstance(widget, QAbstractScrollArea):
        target = widget.viewport()
        spot = target.rect().center()
        if isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
            cell = widget.visualRect(widget.currentIndex())
            if target.rect().intersects(cell):
                spot = cell.center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard,
        spot,
        target.mapToGlobal(spot),
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)


class _ShiftF10(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F10
            and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
            and QApplication.activePopupWidget() is None
        ):
            focus = QApplication.focusWidget()
            if focus is not None and watched is focus:
                open_context_menu(focus)
                return True
        return False


_installed: list[_ShiftF10] = []


def install_context_key() -> None:
    """Let Shift+F10 open context menus in every window (once per application)."""
    app = QApplication.instance()
    if app is None or _installed:
        return
    key = _ShiftF10(app)
    app.installEventFilter(key)
    _installed.append(key)
