"""Arrow keys in the task sheet, as in MS Project's Entry table: Left and Right move between
cells (Duration -> Start -> Finish); only in the Name column do they fold the outline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


@pytest.fixture
def tree(qtbot):
    view = TaskTreeView(TaskTreeModel(Document(build_plan())))
    qtbot.addWidget(view)
    view.resize(1200, 400)
    view.show()
    view.setFocus()
    return view


def _cell(tree, uid, column):
    return tree.task_model().index_of_uid(uid, column)


@pytest.mark.parametrize("uid", [4, 5])  # a summary and a subtask
def test_right_and_left_move_between_cells_outside_the_name_column(tree, qtbot, uid):
    tree.setCurrentIndex(_cell(tree, uid, Column.DURATION))
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert (tree.current_uid(), tree.currentIndex().column()) == (uid, Column.START)
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert (tree.current_uid(), tree.currentIndex().column()) == (uid, Column.FINISH)
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    assert (tree.current_uid(), tree.currentIndex().column()) == (uid, Column.DURATION)
    assert tree.isExpanded(_cell(tree, 4, Column.NAME))  # nothing folded on the way


def test_right_on_a_plain_task_name_goes_on_to_its_duration(tree, qtbot):
    tree.setCurrentIndex(_cell(tree, 5, Column.NAME))
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert (tree.current_uid(), tree.currentIndex().column()) == (5, Column.DURATION)


def test_typing_a_duration_and_return_goes_down_to_the_next_duration(tree, qtbot):
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    doc = tree.task_model().document
    tree.setCurrentIndex(_cell(tree, 2, Column.DURATION))
    qtbot.keyClick(tree, "4")
    assert tree.state() == QAbstractItemView.State.EditingState
    editor = tree.findChild(QLineEdit)
    qtbot.keyClicks(editor, "d")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.plan.task(2).duration_minutes == 4 * 480)
    qtbot.waitUntil(lambda: tree.state() != QAbstractItemView.State.EditingState)
    assert (tree.current_uid(), tree.currentIndex().column()) == (3, Column.DURATION)
