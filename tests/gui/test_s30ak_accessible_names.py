"""A screen reader said only "table", "table", "list", "list" in the Team view, and nothing
for the Budget tree or the Indicators column's title: each now has a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.ui.models.task_edits import Column
from tests.gui.test_s30ak_usage_keyboard import window  # noqa: F401  (the demo plan's window)

CTRL = Qt.KeyboardModifier.ControlModifier


def _name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_s30ak_team_and_budget_panes_have_names(window, qtbot):  # noqa: F811
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_2, CTRL)
    team = window.views["team"]
    names = {_name(w) for w in (team.table, team.assignments, team.vacation_list)}
    assert names == {"Team roster", "Assignments", "Days off"}
    assert _name(team.overallocation_list) == "Over-allocations"
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_3, CTRL)
    assert _name(window.views["budget"].tree) == "Budget"


def test_s30ak_indicators_title_is_named(window):  # noqa: F811
    model = window.tree.model()
    said = model.headerData(
        Column.INDICATORS, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole
    )
    assert said == "Indicators"
