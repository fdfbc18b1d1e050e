"""The optional columns' editors in the sheet: lists for Constraint Type and Type, a spin box
for Priority, a line that may be emptied for the optional dates."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QLineEdit, QSpinBox

from app.domain.task import ConstraintType, TaskType
from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


@pytest.fixture
def sheet(qtbot):
    doc = Document(build_plan())
    tree = TaskTreeView(TaskTreeModel(doc))
    qtbot.addWidget(tree)
    for column in (Column.CONSTRAINT_TYPE, Column.TASK_TYPE, Column.PRIORITY, Column.DEADLINE):
        insert_column(tree, column, Column.DURATION)
    tree.resize(1400, 400)
    with qtbot.waitExposed(tree):
        tree.show()
    return doc, tree


def open_editor(tree, uid, column, kind):
    index = tree.task_model().index_of_uid(uid, column)
    tree.setCurrentIndex(index)
    tree.edit(index)
    editor = tree.findChild(kind)
    assert editor is not None
    return editor


def commit(tree, editor):
    """What Enter does; the closed editor is deleted at once, so the next one is found."""
    tree.commitData(editor)
    tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_constraint_type_is_picked_from_a_list(sheet):
    doc, tree = sheet
    editor = open_editor(tree, 6, Column.CONSTRAINT_TYPE, QComboBox)
    assert editor.currentText() == "As Soon As Possible"
    assert editor.count() == len(ConstraintType)
    editor.setCurrentText("Must Start On")
    commit(tree, editor)
    task = doc.plan.task(6)
    assert task.constraint_type is ConstraintType.MSO
    assert task.constraint_date == doc.schedule.get(6).start
    assert doc.undo_stack.count() == 1


def test_leaving_a_list_untouched_changes_nothing(sheet):
    doc, tree = sheet
    commit(tree, open_editor(tree, 6, Column.TASK_TYPE, QComboBox))
    assert doc.undo_stack.count() == 0
    editor = open_editor(tree, 6, Column.TASK_TYPE, QComboBox)
    editor.setCurrentText("Fixed duration")
    commit(tree, editor)
    assert doc.plan.task(6).task_type is TaskType.FIXED_DURATION


def test_priority_with_a_spin_box(sheet):
    doc, tree = sheet
    editor = open_editor(tree, 5, Column.PRIORITY, QSpinBox)
    assert (editor.value(), editor.maximum()) == (500, 1000)
    commit(tree, editor)
    assert doc.undo_stack.count() == 0
    editor = open_editor(tree, 5, Column.PRIORITY, QSpinBox)
    editor.setValue(750)
    commit(tree, editor)
    assert doc.plan.task(5).priority == 750


def test_an_optional_date_is_typed_and_emptied(sheet):
    doc, tree = sheet
    editor = open_editor(tree, 7, Column.DEADLINE, QLineEdit)
    assert editor.text() == ""
    editor.setText("2026-03-20")
    commit(tree, editor)
    assert doc.plan.task(7).deadline == datetime(2026, 3, 20, 17, 0)
    editor = open_editor(tree, 7, Column.DEADLINE, QLineEdit)
    assert editor.text() == "2026-03-20 17:00"
    editor.clear()
    commit(tree, editor)
    assert doc.plan.task(7).deadline is None
    assert doc.undo_stack.count() == 2
