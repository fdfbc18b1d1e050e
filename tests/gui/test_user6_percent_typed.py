"""Typing a % complete over 100 into the sheet says so and changes nothing.

A PM typed 150 into % Complete and pressed Enter: the spin box dropped the
last digit and the task took 15 % without a word.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemDelegate, QSpinBox

from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


@pytest.fixture
def sheet(qtbot):
    doc = Document(build_plan())
    model = TaskTreeModel(doc)
    tree = TaskTreeView(model)
    qtbot.addWidget(tree)
    tree.resize(1200, 400)
    with qtbot.waitExposed(tree):
        tree.show()
    return doc, model, tree


def _type(tree, uid, text, enter):
    index = tree.task_model().index_of_uid(uid, Column.PERCENT)
    tree.setCurrentIndex(index)
    tree.edit(index)
    editor = tree.findChild(QSpinBox)
    editor.lineEdit().selectAll()
    QTest.keyClicks(editor.lineEdit(), text)
    if enter:
        QTest.keyClick(editor, Qt.Key.Key_Return)
        QCoreApplication.processEvents()
    else:
        tree.commitData(editor)
        tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("enter", [False, True])
def test_150_percent_is_refused_with_one_message(sheet, enter):
    doc, model, tree = sheet
    errors = []
    model.sig_error.connect(errors.append)
    _type(tree, 5, "150", enter)
    assert doc.plan.task(5).percent_complete == 0
    assert doc.undo_stack.count() == 0
    assert errors == ["150: % complete must be between 0 and 100"]


def test_a_percentage_in_range_is_typed(sheet):
    doc, _model, tree = sheet
    _type(tree, 5, "40", enter=True)
    assert doc.plan.task(5).percent_complete == 40
    _type(tree, 5, "40", enter=False)  # the same again: no second step
    assert doc.undo_stack.count() == 1
