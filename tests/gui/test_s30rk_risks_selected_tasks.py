"""The Risks view's "Selected tasks only" shows the risks linked to the tasks selected in the
Gantt chart's sheet, follows that selection, and shows every risk again once unticked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.test_s30ak_usage_keyboard import window  # noqa: F401  (the demo plan's window)

CTRL = Qt.KeyboardModifier.ControlModifier


def _shown(view) -> list[str]:
    return [view.sorted.index(r, 0).data() for r in range(view.sorted.rowCount())]


def test_s30rk_selected_tasks_only_follows_the_gantt(window, qtbot):  # noqa: F811
    plan = window.document.plan
    task46 = plan.tasks[45].uid
    window.tree.select_uids([task46], task46)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_4, CTRL)
    view = window.views["risks"]
    assert len(_shown(view)) == 6
    view.tasks_box.setChecked(True)
    assert _shown(view) == ["R-03"]
    assert view.print_note() == "Showing: linked to task 46; 5 risks not shown"

    task44, task36 = plan.tasks[43].uid, plan.tasks[35].uid
    window.tree.select_uids([task44, task36], task44)
    assert _shown(view) == ["R-04"]

    view.tasks_box.setChecked(False)
    assert len(_shown(view)) == 6
    assert view.print_note() == ""
