"""Enter on a cell not being edited moves down a row, as in MS Project and Excel.

Found typing a plan in: after Esc (or a click) left a cell, Enter did nothing,
so the next row could not be reached the way every spreadsheet user reaches
it; Shift+Enter moves up.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


@pytest.fixture
def tree(qtbot):
    document = Document(build_plan())
    model = TaskTreeModel(document)
    view = TaskTreeView(model)
    qtbot.addWidget(view)
    view.resize(900, 400)
    with qtbot.waitExposed(view):
        view.show()
    view.setFocus()
    return view


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_moves_down_in_the_same_column(tree, qtbot, key):
    model = tree.task_model()
    tree.setCurrentIndex(model.index_of_uid(3, Column.DURATION))
    qtbot.keyClick(tree, key)
    assert (tree.current_uid(), tree.currentIndex().column()) == (4, Column.DURATION)
    assert tree.state() != QAbstractItemView.State.EditingState


def test_shift_enter_moves_up(tree, qtbot):
    model = tree.task_model()
    tree.setCurrentIndex(model.index_of_uid(3, Column.NAME))
    qtbot.keyClick(tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert tree.current_uid() == 2


def test_enter_on_the_last_task_reaches_the_empty_row(tree, qtbot):
    model = tree.task_model()
    tree.setCurrentIndex(model.index_of_uid(7, Column.NAME))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert model.is_blank(tree.currentIndex())


def test_ctrl_delete_clears_the_cell_not_the_task(tree, qtbot):
    """MS Project's Ctrl+Del clears the selected field; Del alone does too, except on the
    ID or Task Name, where it deletes the task."""
    model = tree.task_model()
    plan = model.document.plan
    tree.setCurrentIndex(model.index_of_uid(3, Column.PREDECESSORS))
    assert model.index_of_uid(3, Column.PREDECESSORS).data() == "2"
    qtbot.keyClick(tree, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert plan.links_into(3) == []
    assert [t.uid for t in plan.tasks] == list(range(1, 8))
    model.document.undo_stack.undo()
    assert [lk.predecessor for lk in plan.links_into(3)] == [2]


def test_ctrl_delete_on_a_cell_that_cannot_be_empty_says_so(tree, qtbot):
    model = tree.task_model()
    plan = model.document.plan
    said = []
    model.sig_error.connect(said.append)
    tree.setCurrentIndex(model.index_of_uid(3, Column.DURATION))
    qtbot.keyClick(tree, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert plan.task(3).duration_minutes == 480
    assert said == ["Duration cannot be cleared"]


@pytest.mark.parametrize(
    ("uid", "column", "said"),
    [
        (4, Column.DURATION, "Duration of a summary comes from its subtasks"),
        (5, Column.ID, "ID is worked out by Gantry and cannot be typed"),
    ],
)
def test_typing_into_a_cell_that_takes_no_typing_says_why(tree, qtbot, uid, column, said):
    """Typing 5 into a summary's Duration did nothing at all, not even a word."""
    model = tree.task_model()
    heard = []
    model.sig_error.connect(heard.append)
    tree.setCurrentIndex(model.index_of_uid(uid, column))
    qtbot.keyClick(tree, Qt.Key.Key_5)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    assert heard == [said, said]
    assert tree.state() != QAbstractItemView.State.EditingState


def test_typing_into_a_read_only_plan_says_so(tree, qtbot, monkeypatch):
    model = tree.task_model()
    monkeypatch.setattr(type(model.document), "read_only", property(lambda self: True))
    heard = []
    model.sig_error.connect(heard.append)
    tree.setCurrentIndex(model.index_of_uid(5, Column.NAME))
    qtbot.keyClick(tree, Qt.Key.Key_A)
    assert heard == ["The plan is open read-only: nothing in it can be changed"]
