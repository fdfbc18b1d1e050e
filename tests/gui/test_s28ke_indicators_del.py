"""Home, then Del, as the tester did: Home lands on the Indicators cell (right of the ID, as
MS Project's Home does), where Del deletes nothing, and the status bar says why and where
Del deletes the task (s28xk's script did not read the status bar: it is said)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from tests.gui.conftest import build_plan


def test_s28ke_del_after_home_says_why_it_deletes_nothing(qtbot):
    window = MainWindow(Document(build_plan()))
    qtbot.addWidget(window)
    window.resize(1400, 600)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    tree = window.tree
    tree.setFocus()
    tree.select_uids([6], 6)
    QTest.keyClick(tree, Qt.Key.Key_Home)
    assert tree.currentIndex().column() == Column.INDICATORS
    QTest.keyClick(tree, Qt.Key.Key_Delete)
    assert [t.uid for t in window.document.plan.tasks] == list(range(1, 8))
    said = window.statusBar().currentMessage()
    assert said.startswith("Indicators follow the task's fields")
    assert said.endswith("Del on the ID or the Task Name deletes the task")
    window.close()
