"""Print Preview for the keyboard: its toolbar buttons take Tab and have keys (Ctrl+P prints,
PgUp/PgDn turn pages, Ctrl+Home/Ctrl+End go to the first and last page, Ctrl++ and Ctrl+-
zoom), their tooltips name the key, and the zoom box and page field have names a screen
reader says. Qt's QPrintPreviewDialog gives none of these; the dialog-fit filter
(app/ui/dialog_fit.py) calls :func:`give_preview_keys` as each preview is first shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QToolBar, QToolButton

# Qt's own action texts (QPrintPreviewDialog) and the keys they get
KEYS: dict[str, str] = {
    "Print": "Ctrl+P",
    "Next page": "PgDown",
    "Previous page": "PgUp",
    "First page": "Ctrl+Home",
    "Last page": "Ctrl+End",
    "Zoom in": "Ctrl++",
    "Zoom out": "Ctrl+-",
    "Page setup": "Ctrl+Shift+P",
}


def give_preview_keys(dialog: QDialog) -> None:
    """Give a print preview's toolbar keys, Tab focus and screen-reader names."""
    for toolbar in dialog.findChildren(QToolBar):
        for action in toolbar.actions():
            key = KEYS.get(action.text())
            if key is not None:
                action.setShortcut(QKeySequence(key))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.setToolTip(f"{action.text()} ({QKeySequence(key).toString()})")
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                button.setAccessibleName(action.text())
    for box in dialog.findChildren(QComboBox):
        if not box.accessibleName():
            box.setAccessibleName("Zoom")
    for field in dialog.findChildren(QLineEdit):
        if not field.accessibleName() and field.isVisibleTo(dialog):
            field.setAccessibleName("Page")
