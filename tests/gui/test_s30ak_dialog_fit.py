"""At 200 % or with a large font, Project Information, Task Information... were taller than
the screen and could not shrink, so OK and the lower fields sat off-screen. Such a dialog now
scrolls: it is no larger than the screen's free area and its OK/Cancel stay in view."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QScrollArea

from tests.gui.test_s30ak_usage_keyboard import window  # noqa: F401  (the demo plan's window)


def _fits(dialog: QDialog) -> None:
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width()
    assert dialog.height() <= room.height()
    box = next(b for b in dialog.findChildren(QDialogButtonBox) if b.isVisible())
    top_left = box.mapTo(dialog, box.rect().topLeft())
    assert dialog.rect().contains(top_left)
    assert box.mapTo(dialog, box.rect().bottomRight()).y() <= dialog.height()


def _large_font(qtbot):
    app = QApplication.instance()
    kept = QFont(app.font())
    big = QFont(kept)
    big.setPointSize(16)
    app.setFont(big)
    return app, kept


def test_s30ak_project_information_fits_at_a_large_font(window, qtbot):  # noqa: F811
    from app.ui.dialogs.project_dialog import ProjectDialog

    app, kept = _large_font(qtbot)
    try:
        dialog = ProjectDialog(window.document, window)
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        assert dialog.findChildren(QScrollArea)
        _fits(dialog)
        dialog.grab().save("/tmp/s30ak/project_info_16pt.png")
        dialog.close()
    finally:
        app.setFont(kept)
