"""Dialogs taller or wider than the screen (Task Information, Project Information, Page Setup,
Change Working Time, Resource Information at 200 % or with a large font) scroll instead: their
fields go in a scroll area, OK and Cancel stay below it, and the dialog is no larger than the
screen's free area, so a low-vision user sees what they confirm.

One filter on the application does it as each dialog is first shown (:func:`install_dialog_fit`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.preview_keys import give_preview_keys

_DONE = "s30ak_fitted"  # a dialog is looked at once


def fit_on_screen(dialog: QDialog) -> bool:
    """Put ``dialog``'s fields in a scroll area when it does not fit its screen; whether it
    was changed."""
    screen = dialog.screen()
    layout = dialog.layout()
    if screen is None or layout is None:
        return False
    room = screen.availableGeometry().size()
    frame = dialog.frameGeometry().size() - dialog.geometry().size()
    room = QSize(room.width() - frame.width(), room.height() - frame.height())
    need = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    if need.width() <= room.width() and need.height() <= room.height():
        return False
    buttons = [box for box in dialog.findChildren(QDialogButtonBox) if layout.indexOf(box) >= 0]
    fields = QWidget()
    fields.setLayout(layout)  # takes the dialog's layout and its widgets
    for box in buttons:
        layout.removeWidget(box)
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(fields)
    outer = QVBoxLayout(dialog)
    outer.addWidget(area, 1)
    for box in buttons:
        outer.addWidget(box)
    dialog.setMinimumSize(0, 0)
    dialog.setMaximumSize(room.expandedTo(QSize(200, 150)))
    wanted = need + QSize(area.verticalScrollBar().sizeHint().width(), 0)
    dialog.resize(wanted.boundedTo(room))
    return True


class _DialogFit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and not watched.property(_DONE)
        ):
            watched.setProperty(_DONE, True)
            if isinstance(watched, QPrintPreviewDialog):
                give_preview_keys(watched)  # Ctrl+P, PgUp/PgDn... (app/ui/preview_keys.py)
            fit_on_screen(watched)
        return False


_installed: list[_DialogFit] = []


def install_dialog_fit() -> None:
    """Let every dialog of the application scroll when it is larger than its screen."""
    app = QApplication.instance()
    if app is None or _installed:
        return
    fit = _DialogFit(app)
    app.installEventFilter(fit)
    _installed.append(fit)
