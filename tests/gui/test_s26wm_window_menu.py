"""Window menu: the open plans listed (this one checked, &1..&9), Ctrl+F6 / Ctrl+Shift+F6
cycling through them, and Arrange All tiling them side by side (s26xa finding 8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from app.ui.window_menu import fill, tiles
from tests.gui.conftest import build_plan


@pytest.fixture
def session(qtbot):
    s = Session(Settings())
    yield s
    for w in list(s.windows):
        w.close()


def _open(session, qtbot, path):
    GantryFile.create(path, build_plan()).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def _menu(window) -> QMenu:
    menu = window.menuBar().findChild(QMenu, "window_menu")
    assert menu is not None
    return menu


def _listed(window) -> list[tuple[str, bool]]:
    menu = _menu(window)
    menu.aboutToShow.emit()
    return [(a.text(), a.isChecked()) for a in menu.actions() if a.objectName() == "window_plan"]


def test_s26wm_window_menu_sits_between_resource_and_help(session, qtbot, tmp_path):
    window = _open(session, qtbot, tmp_path / "a.gantry")
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Window") == titles.index("&Resource") + 1
    assert titles.index("&Help") == titles.index("&Window") + 1


def test_s26wm_list_follows_windows_opening_and_closing(session, qtbot, tmp_path):
    a = _open(session, qtbot, tmp_path / "client-a.gantry")
    assert _listed(a) == [("&1 client-a.gantry", True)]
    b = _open(session, qtbot, tmp_path / "client-b.gantry")
    c = _open(session, qtbot, tmp_path / "client-c.gantry")
    assert _listed(b) == [
        ("&1 client-a.gantry", False),
        ("&2 client-b.gantry", True),
        ("&3 client-c.gantry", False),
    ]
    b.close()
    assert _listed(a) == [("&1 client-a.gantry", True), ("&2 client-c.gantry", False)]
    assert _listed(c) == [("&1 client-a.gantry", False), ("&2 client-c.gantry", True)]


def test_s26wm_choosing_a_plan_in_the_menu_activates_its_window(session, qtbot, tmp_path):
    a = _open(session, qtbot, tmp_path / "a.gantry")
    b = _open(session, qtbot, tmp_path / "b.gantry")
    a.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is a)
    items = fill(a, _menu(a))
    items[1].trigger()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is b)


def test_s26wm_ctrl_f6_cycles_forward_and_ctrl_shift_f6_back(session, qtbot, tmp_path):
    a = _open(session, qtbot, tmp_path / "a.gantry")
    b = _open(session, qtbot, tmp_path / "b.gantry")
    c = _open(session, qtbot, tmp_path / "c.gantry")
    nxt = a.action_collection["next_window"]
    assert nxt.shortcut() == QKeySequence("Ctrl+F6")
    assert a.action_collection["previous_window"].shortcut() == QKeySequence("Ctrl+Shift+F6")
    a.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is a)
    nxt.trigger()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is b)
    b.action_collection["next_window"].trigger()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is c)
    c.action_collection["next_window"].trigger()  # round to the first
    qtbot.waitUntil(lambda: QApplication.activeWindow() is a)
    a.action_collection["previous_window"].trigger()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is c)


def test_s26wm_alone_the_cycling_and_arranging_are_greyed(session, qtbot, tmp_path):
    a = _open(session, qtbot, tmp_path / "a.gantry")
    _listed(a)
    assert not a.action_collection["next_window"].isEnabled()
    assert not a.action_collection["arrange_all"].isEnabled()
    b = _open(session, qtbot, tmp_path / "b.gantry")
    _listed(a)
    assert a.action_collection["next_window"].isEnabled()
    b.close()
    _listed(a)
    assert not a.action_collection["arrange_all"].isEnabled()


def test_s26wm_arrange_all_puts_the_plans_side_by_side(session, qtbot, tmp_path):
    a = _open(session, qtbot, tmp_path / "a.gantry")
    b = _open(session, qtbot, tmp_path / "b.gantry")
    a.action_collection["arrange_all"].trigger()
    qtbot.waitUntil(lambda: a.frameGeometry().right() < b.frameGeometry().left())
    assert a.frameGeometry().top() == b.frameGeometry().top()


def test_s26wm_tiles_fill_the_screen_without_overlap():
    area = QRect(0, 0, 1200, 800)
    assert tiles(area, 3) == [
        QRect(0, 0, 400, 800),
        QRect(400, 0, 400, 800),
        QRect(800, 0, 400, 800),
    ]
    four = tiles(area, 4)  # a 2 x 2 grid
    assert four == [
        QRect(0, 0, 600, 400),
        QRect(600, 0, 600, 400),
        QRect(0, 400, 600, 400),
        QRect(600, 400, 600, 400),
    ]
    assert tiles(area, 0) == []
