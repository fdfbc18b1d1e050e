"""Del on the Indicators column, as in MS Project: nothing changes, and no error.

Found by a PM: Del with the cursor on a task's Indicators cell (beside the ID)
said "Indicators cannot be cleared", which read as a failure. MS Project changes
nothing there and says nothing (the icons follow the task's fields: a note, a
constraint, a leveling delay). Gantry changes nothing too, and the status bar
only points to where Del acts: the ID or the Task Name deletes the task.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot):
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


def _on_indicators(window, uid, *more):
    tree = window.tree
    tree.select_uids([uid, *more], uid)
    tree.selectionModel().setCurrentIndex(
        window.model.index_of_uid(uid, Column.INDICATORS),
        QItemSelectionModel.SelectionFlag.NoUpdate,
    )
    assert not tree.isColumnHidden(Column.INDICATORS)
    assert tree.currentIndex().column() == Column.INDICATORS


@pytest.mark.parametrize(
    "modifier", [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier]
)
def test_del_on_indicators_changes_nothing_and_is_no_error(window, qtbot, modifier):
    plan = window.document.plan
    before = list(plan.tasks)
    steps = window.document.undo_stack.count()
    _on_indicators(window, 3, 4)
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete, modifier)
    assert list(plan.tasks) == before  # no task deleted, no note emptied
    assert plan.task(3).notes == "Ask the vendor"
    assert window.document.undo_stack.count() == steps
    said = window.statusBar().currentMessage()
    assert "cannot" not in said
    assert "Del on the ID or the Task Name deletes the task" in said


def test_del_on_a_read_only_column_elsewhere_still_says_why(window, qtbot):
    # Only the Indicators changed: Del on a duration keeps its reason.
    tree = window.tree
    tree.select_uids([3], 3)
    tree.selectionModel().setCurrentIndex(
        window.model.index_of_uid(3, Column.DURATION), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert "Duration cannot be cleared" in window.statusBar().currentMessage()
