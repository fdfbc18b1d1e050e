"""Where the keyboard lands on the Team and Usage views: Ctrl+2 in the roster (it landed on
the "Days off" toolbar button), F6 and Ctrl+Tab from pane to pane as MS Project's F6 (Tab
inside the roster only moved between cells), Ctrl+5 in the Usage table (its first Down
switched Resource Usage to Task Usage)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.test_s21tm_team_keys import _key, window  # noqa: F401  (the fixture)


def test_s21tm_ctrl2_lands_in_the_roster(window):  # noqa: F811
    _key(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.views["team"].table
    _key(window, Qt.Key.Key_Insert)  # so the roster's keys work at once
    assert len(window.document.plan.resources) == 3


def test_s21tm_f6_and_ctrl_tab_go_from_pane_to_pane(window):  # noqa: F811
    _key(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    team = window.views["team"]
    seen = []
    for _ in range(4):
        _key(window, Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen == [team.assignments, team.vacation_list, team.overallocation_list, team.table]
    _key(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is team.assignments
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    _key(window, Qt.Key.Key_Backtab, both)
    assert QApplication.focusWidget() is team.table
    _key(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is team.overallocation_list


def test_s21tm_ctrl5_lands_in_the_usage_table_so_down_keeps_resource_usage(window):  # noqa: F811
    _key(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    usage = window.views["usage"]
    assert QApplication.focusWidget() is usage.tree
    mode = usage.mode_box.currentIndex()
    _key(window, Qt.Key.Key_Down)
    assert usage.mode_box.currentIndex() == mode
