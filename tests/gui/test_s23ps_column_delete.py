"""Ctrl+Space on the ID or Task Name selects the column of every task; Del there deleted every
task at one key. Deleting more than a few tasks by a column's selection asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.store.document import GantryFile
from app.ui import column_selection_delete
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "delete.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


@pytest.fixture
def asked(monkeypatch):
    """The questions asked, answered with ``asked.answer``."""

    class Asked(list):
        answer = False

    questions = Asked()

    def confirm(_parent, text):
        questions.append(text)
        return questions.answer

    monkeypatch.setattr(column_selection_delete, "confirm", confirm)
    return questions


@pytest.mark.parametrize("column", [Column.NAME, Column.ID])
def test_s23ps_del_after_ctrl_space_on_the_name_asks_and_no_keeps_every_task(
    window, qtbot, asked, column
):
    plan, tree = window.document.plan, window.tree
    tree.setCurrentIndex(window.model.index_of_uid(2, column))
    qtbot.keyClick(tree, Qt.Key.Key_Space, CTRL)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert asked[0].startswith("Delete all 7 tasks of the plan?")
    assert len(plan.tasks) == 7
    assert window.document.undo_stack.count() == 0


def test_s23ps_yes_deletes_them_in_one_step_undo_brings_them_back(window, qtbot, asked):
    plan, tree = window.document.plan, window.tree
    asked.answer = True
    tree.setCurrentIndex(window.model.index_of_uid(2, Column.NAME))
    qtbot.keyClick(tree, Qt.Key.Key_Space, CTRL)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert plan.tasks == []
    window.document.undo_stack.undo()
    assert len(plan.tasks) == 7


def test_s23ps_rows_selected_as_rows_are_deleted_without_asking(window, qtbot, asked):
    plan, tree = window.document.plan, window.tree
    tree.select_uids([t.uid for t in plan.tasks])  # Ctrl+A's way: whole rows
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert asked == []
    assert plan.tasks == []


def test_s23ps_a_few_tasks_by_their_column_are_deleted_without_asking(window, qtbot, asked):
    plan, tree = window.document.plan, window.tree
    tree.setCurrentIndex(window.model.index_of_uid(5, Column.NAME))  # Code, 2 rows: no subtasks
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert asked == []
    assert [t.name for t in plan.tasks] == ["Design", "Specs", "Review", "Build", "Go-live"]


def test_s23ps_ctrl_space_on_another_column_still_clears_its_cells(window, qtbot, asked):
    plan, tree = window.document.plan, window.tree
    tree.setCurrentIndex(window.model.index_of_uid(3, Column.PREDECESSORS))
    qtbot.keyClick(tree, Qt.Key.Key_Space, CTRL)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert asked == []
    assert len(plan.tasks) == 7
    assert plan.links == []
