"""Typing a priority out of range into the Priority cell says so and changes nothing.

A PM typed 2000 into Priority and pressed Enter: the spin box had swallowed
the last 0, and the task quietly took priority 200. MS Project refuses the
value with a message; so does the sheet now.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemDelegate, QSpinBox

from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


def _sheet(qtbot):
    doc = Document(build_plan())
    model = TaskTreeModel(doc)
    tree = TaskTreeView(model)
    qtbot.addWidget(tree)
    insert_column(tree, Column.PRIORITY, Column.DURATION)
    tree.resize(1200, 400)
    with qtbot.waitExposed(tree):
        tree.show()
    return doc, model, tree


def _type(tree, uid, text, enter=False):
    index = tree.task_model().index_of_uid(uid, Column.PRIORITY)
    tree.setCurrentIndex(index)
    tree.edit(index)
    editor = tree.findChild(QSpinBox)
    editor.lineEdit().selectAll()
    QTest.keyClicks(editor.lineEdit(), text)
    if enter:  # the spin box reads its text first; the sheet takes it in a queued call
        QTest.keyClick(editor, Qt.Key.Key_Return)
        QCoreApplication.processEvents()
    else:  # what Tab or a click elsewhere does
        tree.commitData(editor)
        tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("enter", [False, True])
def test_a_priority_above_1000_is_refused_not_cut_short(qtbot, enter):
    doc, model, tree = _sheet(qtbot)
    errors = []
    model.sig_error.connect(errors.append)
    _type(tree, 5, "2000", enter)
    assert doc.plan.task(5).priority == 500
    assert doc.undo_stack.count() == 0
    assert errors == ["priority 2000 is out of range: it goes from 0 to 1000"]


def test_a_priority_in_range_is_typed_and_undone(qtbot):
    doc, _model, tree = _sheet(qtbot)
    _type(tree, 5, "1000", enter=True)
    assert doc.plan.task(5).priority == 1000
    doc.undo_stack.undo()
    assert doc.plan.task(5).priority == 500
    _type(tree, 5, "")  # emptied: left as it was
    assert doc.plan.task(5).priority == 500
    assert doc.undo_stack.count() == 1
