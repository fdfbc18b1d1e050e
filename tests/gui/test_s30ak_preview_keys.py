"""From Print Preview a keyboard user could not print, turn a page or open Page Setup: its
toolbar buttons took no focus and had no keys. PgDn/PgUp now turn pages, Ctrl+P prints, and
the buttons take Tab and have names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar, QToolButton

from app.ui.dialog_fit import install_dialog_fit


def _three_pages(printer: QPrinter) -> None:
    painter = QPainter(printer)
    for page in range(3):
        if page:
            printer.newPage()
        painter.drawText(100, 100, f"Page {page + 1}")
    painter.end()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_s30ak_preview_pages_turn_by_key_and_print_has_ctrl_p(qtbot):
    install_dialog_fit()
    dialog = QPrintPreviewDialog()
    qtbot.addWidget(dialog)
    dialog.paintRequested.connect(_three_pages)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    pages = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() == 3)
    assert pages.currentPage() == 1
    QTest.keyClick(dialog, Qt.Key.Key_PageDown)
    assert pages.currentPage() == 2
    QTest.keyClick(dialog, Qt.Key.Key_PageUp)
    assert pages.currentPage() == 1
    actions = {a.text(): a for t in dialog.findChildren(QToolBar) for a in t.actions()}
    assert actions["Print"].shortcut().toString() == "Ctrl+P"
    buttons = [b for t in dialog.findChildren(QToolBar) for b in t.findChildren(QToolButton)]
    named = [b for b in buttons if b.accessibleName() == "Print"]
    assert named
    assert named[0].focusPolicy() & Qt.FocusPolicy.TabFocus
    dialog.close()
