"""MS Project's keys that scroll the Gantt chart from the sheet: Alt+Right and Alt+Left a cell
of the timescale, Alt+Page Down and Alt+Page Up a screen; the focus and the current cell
stay on the sheet, and Help > Keyboard Shortcuts lists the keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.help_window import shortcuts_html
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
DAY_PX = 30  # a day's width at the Days zoom (app/report/timescale.py)


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "chart.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.resize(1200, 600)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    win.gantt.set_zoom("days")
    win.tree.setFocus()
    win.tree.setCurrentIndex(win.model.index_of_uid(5, Column.DURATION))
    yield win
    qtbot.keyRelease(win.tree, K.Key_Alt)  # Qt would keep Alt held for the next tests
    for w in list(session.windows):
        w.close()


def test_s22ky_alt_right_and_left_scroll_the_timescale_a_day(window, qtbot):
    tree, bar = window.tree, window.gantt.hbar
    start = bar.value()
    qtbot.keyClick(tree, K.Key_Right, ALT)
    assert bar.value() == start + DAY_PX
    qtbot.keyClick(tree, K.Key_Right, ALT)
    qtbot.keyClick(tree, K.Key_Left, ALT)
    assert bar.value() == start + DAY_PX
    # the sheet keeps the focus and its cell: Alt+Right is not Right
    assert QApplication.focusWidget() is tree
    assert tree.currentIndex() == window.model.index_of_uid(5, Column.DURATION)
    window.grab().save("/tmp/s22ky_alt_right.png")


def test_s22ky_alt_page_down_and_up_scroll_a_screen(window, qtbot):
    tree, bar = window.tree, window.gantt.hbar
    width = window.gantt.canvas.width()
    start = bar.value()
    qtbot.keyClick(tree, K.Key_PageDown, ALT)
    assert bar.value() == start + width
    qtbot.keyClick(tree, K.Key_PageUp, ALT)
    assert bar.value() == start
    assert tree.currentIndex() == window.model.index_of_uid(5, Column.DURATION)


def test_s22ky_the_keyboard_table_lists_the_chart_keys(window):
    table = shortcuts_html(window)
    for text, keys in (
        ("Scroll the Timescale Right", "Alt+Right"),
        ("Scroll the Timescale Left", "Alt+Left"),
        ("Scroll a Screen Right", "Alt+PgDown"),
        ("Scroll a Screen Left", "Alt+PgUp"),
    ):
        assert f"<td>{text}</td><td><b>{keys}</b></td>" in table
    assert "<td>Gantt chart</td>" in table
