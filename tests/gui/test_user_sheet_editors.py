"""Cell editors of the task sheet as a user goes through them: opening an editor and
leaving it with Enter changes nothing the user did not change."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemDelegate, QSpinBox

from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.sheet_date_edit import SheetDateEdit
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


@pytest.fixture
def sheet(qtbot):
    doc = Document(build_plan())
    tree = TaskTreeView(TaskTreeModel(doc))
    qtbot.addWidget(tree)
    tree.resize(900, 400)
    with qtbot.waitExposed(tree):
        tree.show()
    return doc, tree


def open_editor(tree, uid, column, kind):
    index = tree.task_model().index_of_uid(uid, column)
    tree.setCurrentIndex(index)
    tree.edit(index)
    editor = tree.findChild(kind)
    assert editor is not None
    return index, editor


def commit(tree, editor):
    """What Enter does: the delegate writes the editor's value, then the editor closes."""
    tree.commitData(editor)
    tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def test_leaving_a_percent_editor_keeps_a_fractional_value(sheet):
    doc, tree = sheet
    execute(doc, EditTaskCommand(doc, 5, "progress", percent_complete=12.5))
    steps = doc.undo_stack.count()
    _index, editor = open_editor(tree, 5, Column.PERCENT, QSpinBox)
    commit(tree, editor)
    assert doc.plan.task(5).percent_complete == 12.5
    assert doc.undo_stack.count() == steps


def test_a_new_percent_from_the_editor_is_one_undoable_step(sheet):
    doc, tree = sheet
    _index, editor = open_editor(tree, 5, Column.PERCENT, QSpinBox)
    editor.setValue(50)
    commit(tree, editor)
    assert doc.plan.task(5).percent_complete == 50.0
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.task(5).percent_complete == 0.0


def test_leaving_a_start_editor_adds_no_pin(sheet):
    doc, tree = sheet
    _index, editor = open_editor(tree, 5, Column.START, SheetDateEdit)
    commit(tree, editor)
    assert doc.plan.task(5).constraint_date is None
    assert doc.undo_stack.count() == 0
