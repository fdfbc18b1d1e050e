"""Insert Column and Hide Column were only on the header's right-click menu, which no key
reaches: Format > Insert Column… and Hide Column (and the sheet's context menu, opened with
Shift+F10 too) act on the column the cursor is in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from app.ui.column_actions import insert_menu_here
from app.ui.models.task_edits import Column
from tests.gui.test_s30ak_usage_keyboard import window  # noqa: F401  (the demo plan's window)

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _on_duration(window):  # noqa: F811
    tree = window.tree
    tree.setFocus()
    tree.setCurrentIndex(tree.model().index(2, Column.DURATION))
    return tree


def test_s30ak_format_menu_has_the_column_commands(window):  # noqa: F811
    fmt = next(a.menu() for a in window.menuBar().actions() if a.text() == "F&ormat")
    texts = [a.text() for a in fmt.actions()]
    assert "Insert &Column…" in texts
    assert "&Hide Column" in texts
    in_sheet = [a.text() for a in window.tree.actions()]
    assert {"Insert &Column…", "&Hide Column", "&Field Settings…"} <= set(in_sheet)


def test_s30ak_hide_column_hides_the_current_one(window):  # noqa: F811
    tree = _on_duration(window)
    window.action_collection["hide_column_here"].trigger()
    assert tree.isColumnHidden(Column.DURATION)
    assert "Duration" in window.statusBar().currentMessage()
    assert tree.currentIndex().row() == 2  # the cursor stays on its row


def test_s30ak_hide_column_keeps_task_name(window):  # noqa: F811
    tree = window.tree
    tree.setCurrentIndex(tree.model().index(2, Column.NAME))
    window.action_collection["hide_column_here"].trigger()
    assert not tree.isColumnHidden(Column.NAME)
    assert "Task Name" in window.statusBar().currentMessage()


def test_s30ak_insert_column_left_of_the_current_one(window):  # noqa: F811
    tree = _on_duration(window)
    assert tree.isColumnHidden(Column.TOTAL_SLACK)
    menu = insert_menu_here(tree)
    finder = menu.findChild(QLineEdit, "find_column")
    finder.setText("Total Slack")
    finder.returnPressed.emit()
    assert not tree.isColumnHidden(Column.TOTAL_SLACK)
    header = tree.horizontalHeader()
    assert header.visualIndex(Column.TOTAL_SLACK) == header.visualIndex(Column.DURATION) - 1


@pytest.mark.qt_log_ignore("This plugin does not support")  # the popup's keyboard grab
def test_s30ak_shift_f10_opens_the_sheet_menu(window, qtbot):  # noqa: F811
    tree = _on_duration(window)
    seen = []

    def look():
        popup = QApplication.activePopupWidget()
        seen.append(popup)
        if isinstance(popup, QMenu):
            seen.append([a.text() for a in popup.actions()])
            popup.close()

    qtbot.waitUntil(tree.hasFocus)
    QTimer.singleShot(200, look)
    QTest.keyClick(tree, Qt.Key.Key_F10, SHIFT)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], QMenu)
    assert "&Hide Column" in seen[1]
