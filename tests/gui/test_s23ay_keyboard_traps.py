"""Tab leaves every field, as a keyboard user needs: the Notes boxes of Task Information,
Multiple Task Information and Resource Information took Tab as a typed tab (a trap only
Ctrl+Tab left), and Tab in Assign Resources' grid walked its cells and never reached
Assign or Close."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton, QTabWidget

from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.s23ay_dialogs import DIALOGS, OTHERS

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"
_BY_TITLE = dict(DIALOGS + OTHERS)


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "demo.gantry"
    shutil.copy(DEMO, path)
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    return dialog


@pytest.mark.parametrize(
    "title", ["Task Information", "Multiple Task Information", "Resource Information"]
)
def test_s23ay_tab_leaves_the_notes_box(window, qtbot, title):
    dialog = _shown(qtbot, _BY_TITLE[title](window))
    notes = dialog.notes
    assert isinstance(notes, QPlainTextEdit)
    before = notes.toPlainText()
    for tabs in dialog.findChildren(QTabWidget):  # the page holding the note, shown
        for i in range(tabs.count()):
            page = tabs.widget(i)
            if page is notes or page.isAncestorOf(notes):
                tabs.setCurrentIndex(i)
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    assert not notes.hasFocus()
    assert notes.toPlainText() == before  # no tab typed into the note


def test_s23ay_tab_leaves_assign_resources_grid_for_its_buttons(window, qtbot):
    dialog = _shown(qtbot, _BY_TITLE["Assign Resources"](window))
    grid = dialog.table
    grid.setFocus()
    grid.setCurrentCell(0, 1)
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not grid
    assert isinstance(focused, QPushButton)
    assert grid.currentRow() == 0  # Tab did not walk the cells
