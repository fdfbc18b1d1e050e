"""Page Setup: Enter in the header or footer boxes (after typing, after Insert) presses OK,
as a user expects of a dialog; Tab walks the fields in the order they are laid out."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton

from app.report.options import PrintOptions
from app.ui.printing.page_setup import PageSetupDialog


def _dialog(qtbot) -> PageSetupDialog:
    dialog = PageSetupDialog(PrintOptions(), datetime(2026, 1, 5), datetime(2026, 3, 1))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def _ok(dialog: PageSetupDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def test_s26wn_enter_in_the_header_box_presses_ok(qtbot):
    dialog = _dialog(qtbot)
    tabs = dialog.tabs
    tabs.setCurrentWidget(tabs.header[0].parentWidget())  # Header
    box = tabs.header[1]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.clear()
    qtbot.keyClicks(box, "Weekly &[Date]")
    assert _ok(dialog).isDefault()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.options().setup.header[1] == "Weekly &[Date]"


def test_s26wn_enter_after_inserting_a_field_presses_ok(qtbot):
    dialog = _dialog(qtbot)
    tabs = dialog.tabs
    tabs.setCurrentWidget(tabs.header[0].parentWidget())
    box = tabs.header[1]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    tabs.header_fields.button.click()  # Insert: the field goes in, the focus goes back
    qtbot.waitUntil(box.hasFocus)
    assert _ok(dialog).isDefault()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_s26wn_tab_walks_the_header_tab_in_its_order_then_ok(qtbot):
    dialog = _dialog(qtbot)
    tabs = dialog.tabs
    tabs.setCurrentWidget(tabs.header[0].parentWidget())
    bar = tabs.tabBar()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    fields = tabs.header_fields
    logo = tabs.logo  # the header picture's row (81a7b472), after the fields
    wanted = [*tabs.header, fields.field, fields.button, logo.insert]  # Remove: no picture yet
    wanted.append(_ok(dialog))
    walked = []
    for _ in wanted:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked == wanted
