"""A keyboard user gets out of the risk register: Tab leaves the table for Add risk, Delete
risk and the Show and Owner filters (it went from cell to cell for ever), Alt+S and Alt+N
reach the filters, and Del says in the status bar which risk it deleted (it said nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.test_s30ak_usage_keyboard import window  # noqa: F401  (the demo plan's window)

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _risks_table(window, qtbot):  # noqa: F811
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_4, CTRL)
    view = window.views["risks"]
    view.table.setFocus()
    view.table.setCurrentIndex(view.table.model().index(0, 1))
    qtbot.waitUntil(view.table.hasFocus)
    return view


def test_s30ak_tab_leaves_the_risk_register(window, qtbot):  # noqa: F811
    view = _risks_table(window, qtbot)
    reached = []
    for _ in range(8):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert {view.add_button, view.delete_button, view.show_box, view.owner_box} <= set(reached)
    assert view.table.accessibleName() == "Risk register"


def test_s30ak_access_keys_reach_the_filters(window, qtbot):  # noqa: F811
    view = _risks_table(window, qtbot)
    QTest.keyClick(view.table, Qt.Key.Key_S, ALT)
    assert view.show_box.hasFocus()
    QTest.keyClick(view.show_box, Qt.Key.Key_N, ALT)
    assert view.owner_box.hasFocus()


def test_s30ak_del_says_which_risk_went(window, qtbot):  # noqa: F811
    view = _risks_table(window, qtbot)
    first = window.document.plan.risks[0]
    count = len(window.document.plan.risks)
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(window.document.plan.risks) == count - 1
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Deleted risk R-{first.uid:02d} '{first.title[:20]}")
    assert "Ctrl+Z" in said
