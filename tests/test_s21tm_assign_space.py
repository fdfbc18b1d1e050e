"""Assign Resources (Alt+F10) opens with the cursor on the ✓ column, where Space did
nothing until Right was pressed: Space now ticks or unticks the row wherever the cursor
is, on Units too (where it started typing a space)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from app.ui.app import Session
from app.ui.dialogs.assign_grid import MARK, UNITS
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.test_s17assign_dialog import _plan


def test_s21tm_space_ticks_the_row_wherever_the_cursor_is(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document(_plan()), Session(Settings(settings)))
    qtbot.addWidget(window)
    window.show()
    window.tree.select_uids([1])
    window.action_collection["assign_resources"].trigger()  # Alt+F10
    dialog = window._assign_resources_dialog
    grid = dialog.table
    grid.setFocus()
    grid.setCurrentCell(0, MARK)
    QTest.keyClick(grid, Qt.Key.Key_Space)
    assert dialog.checked_uids() == [grid.uid_at(0)]
    grid.setCurrentCell(0, UNITS)
    QTest.keyClick(grid, Qt.Key.Key_Space)
    assert dialog.checked_uids() == []
    assert grid.state() != grid.State.EditingState  # no Units editor opened with a space
    QTest.keyClick(grid, Qt.Key.Key_Down)
    QTest.keyClick(grid, Qt.Key.Key_Space)
    assert dialog.checked_uids() == [grid.uid_at(1)]
    dialog.close()
    window.close()
