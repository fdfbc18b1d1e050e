"""A keyboard-only user leaves the Team roster with Tab: the Workload per box and Other
Plans are reached (Tab went round the roster's cells for ever), and Alt+K focuses the box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from tests.gui.conftest import demo_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(tmp_path, qtbot):
    yield from demo_window(tmp_path, qtbot, (1400, 800), activate=True)


def _team(window, qtbot):
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_2, CTRL)
    view = window.views["team"]
    qtbot.waitUntil(lambda: view.table.hasFocus())
    return view


def test_s30fd_tab_leaves_the_roster_for_the_workload_box(window, qtbot):
    view = _team(window, qtbot)
    reached = []
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert view.period in reached
    assert view.assignments in reached
    assert "Other Plans" in [w.text() for w in reached if isinstance(w, QToolButton)]
    assert view.table in reached  # round to the roster again


def test_s30fd_shift_tab_goes_back(window, qtbot):
    view = _team(window, qtbot)
    QTest.keyClick(view.table, Qt.Key.Key_Tab)
    first = QApplication.focusWidget()
    assert first is not view.table
    QTest.keyClick(first, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.table.hasFocus()


def test_s30fd_alt_k_focuses_workload_per(window, qtbot):
    view = _team(window, qtbot)
    QTest.keyClick(view.table, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert view.period.hasFocus()
    QTest.keyClick(view.period, Qt.Key.Key_Down)
    assert view.period.currentText() == "Day"
