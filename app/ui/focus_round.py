"""Tab and Shift+Tab round a view's own widgets.

A view whose focus proxy is its table (so Ctrl+N puts the keys in the table) keeps Tab on
that table in Qt 6: the boxes and buttons beside it are never reached. :func:`tab_within`
walks the focus chain itself and moves to the next widget of the view that takes Tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

_STEPS = 2000  # a view's focus chain is far shorter; the walk ends even on a broken chain


def _takes_tab(widget: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
    )


def tab_within(view: QWidget, forward: bool) -> bool:
    """Give focus to the next (or previous) widget in ``view`` that takes Tab, round to
    the first after the last; False when the focus is not in ``view``."""
    current = QApplication.focusWidget()
    if current is None or not view.isAncestorOf(current):
        return False
    widget: QWidget | None = current
    for _ in range(_STEPS):
        if widget is None:
            return False
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if widget is None or widget is current:
            return False
        if view.isAncestorOf(widget) and _takes_tab(widget):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            widget.setFocus(reason)
            return True
    return False
