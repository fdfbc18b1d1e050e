"""A keyboard-only user reaches every choice of the Usage view: Tab leaves the rows for the
Show and by boxes and the buttons (it went round the outline's cells for ever), Alt+S and
Alt+Y focus the boxes, Alt+X / Alt+L expand and collapse, and the rows' context menu and
View > Usage: Show, Timescale, Expand offer Task Usage, Days/Weeks/Months and Expand/Collapse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain.usage import Scale
from app.ui.usage.rows import Mode
from tests.gui.conftest import demo_window

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(tmp_path, qtbot):
    yield from demo_window(tmp_path, qtbot, (1400, 800), activate=True)


def _usage(window, qtbot):
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_5, CTRL)
    view = window.views["usage"]
    qtbot.waitUntil(lambda: view.tree.hasFocus())
    return view


def test_s30ak_tab_leaves_the_usage_rows_for_the_boxes(window, qtbot):
    view = _usage(window, qtbot)
    reached = []
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert view.mode_box in reached
    assert view.scale_box in reached
    assert view._expand_button in reached


def test_s30ak_access_keys_reach_show_by_and_collapse(window, qtbot):
    view = _usage(window, qtbot)
    QTest.keyClick(view.tree, Qt.Key.Key_S, ALT)
    assert view.mode_box.hasFocus()
    QTest.keyClick(view.mode_box, Qt.Key.Key_Y, ALT)
    assert view.scale_box.hasFocus()
    QTest.keyClick(view.scale_box, Qt.Key.Key_Down)
    assert view.scale is Scale.MONTHS
    rows = view.tree_model.rowCount()
    QTest.keyClick(view.scale_box, Qt.Key.Key_L, ALT)  # the button's click is animated
    qtbot.waitUntil(lambda: view.tree_model.rowCount() < rows)  # people only
    QTest.keyClick(view.scale_box, Qt.Key.Key_X, ALT)
    qtbot.waitUntil(lambda: view.tree_model.rowCount() == rows)


def test_s30ak_the_rows_menu_switches_to_task_usage_and_days(window, qtbot):
    view = _usage(window, qtbot)
    menu = view.context_menu(0)
    texts = {a.text(): a for a in menu.actions()}
    assert {"Tas&k Usage", "&Days", "E&xpand All", "Co&llapse All"} <= set(texts)
    texts["Tas&k Usage"].trigger()
    assert view.mode is Mode.TASKS
    texts["&Days"].trigger()
    assert view.scale is Scale.DAYS


def test_s30ak_view_menu_opens_task_usage(window, qtbot):
    layout = window.action_collection["view_usage_layout"].menu()
    layout.aboutToShow.emit()
    item = next(a for a in layout.actions() if a.text() == "Tas&k Usage")
    item.trigger()
    view = window.views["usage"]
    assert window.stack.currentWidget() is view
    assert view.mode is Mode.TASKS
    assert view.tree.accessibleName() == "Usage rows"
