"""Typing or F2 on the Indicators column, as in MS Project: nothing changes, and no error.

The sheet said "Indicators is worked out by Gantry and cannot be typed", which read as a
failure; MS Project does nothing on that read-only column. Gantry changes nothing and the
status bar only says where the icons come from, as Del there does (commit aafbd78).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from tests.gui.conftest import build_plan


def _window(qtbot):
    plan = build_plan()
    plan.update_task(replace(plan.task(3), notes="Ask the vendor"))  # an indicator to show
    win = MainWindow(Document(plan))
    qtbot.addWidget(win)
    win.resize(1200, 600)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    win.tree.setFocus()
    return win


def _on(window, uid: int, column: Column) -> None:
    tree = window.tree
    tree.select_uids([uid], uid)
    tree.selectionModel().setCurrentIndex(
        window.model.index_of_uid(uid, column), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    assert not tree.isColumnHidden(column)
    assert tree.currentIndex().column() == column


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_A, Qt.Key.Key_5])
def test_typing_on_indicators_changes_nothing_and_is_no_error(qtbot, key):
    window = _window(qtbot)
    plan = window.document.plan
    before = list(plan.tasks)
    steps = window.document.undo_stack.count()
    _on(window, 3, Column.INDICATORS)
    qtbot.keyClick(window.tree, key)
    assert window.tree.state() != window.tree.State.EditingState  # no editor opened
    assert list(plan.tasks) == before
    assert window.document.undo_stack.count() == steps
    said = window.statusBar().currentMessage()
    assert "cannot" not in said
    assert "worked out by Gantry" not in said
    assert said == (
        "Indicators follow the task's fields (notes, constraints...): edit those to change them"
    )


def test_a_read_only_plan_says_the_same_on_indicators(qtbot, monkeypatch):
    monkeypatch.setattr(Document, "read_only", property(lambda self: True))
    window = _window(qtbot)
    _on(window, 3, Column.INDICATORS)
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    assert window.statusBar().currentMessage().startswith("Indicators follow the task's fields")


def test_typing_on_another_computed_column_still_says_why(qtbot):
    window = _window(qtbot)
    _on(window, 3, Column.ID)
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    assert "cannot be typed" in window.statusBar().currentMessage()


def test_del_on_indicators_keeps_its_pointer(qtbot):
    window = _window(qtbot)
    _on(window, 3, Column.INDICATORS)
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    said = window.statusBar().currentMessage()
    assert said.startswith("Indicators follow the task's fields (notes, constraints...)")
    assert said.endswith("; Del on the ID or the Task Name deletes the task")
