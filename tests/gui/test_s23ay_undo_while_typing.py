"""Undo (Ctrl+Z) while a new task's name is being typed in the empty row: the typing is
dropped as MS Project drops it, and Qt says nothing of an editor "that does not belong to
this view" (the editor outlived the rows the undo reset)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.ui.document import Document
from app.ui.models.task_edits import Column
from tests.gui.conftest import build_plan


def test_s23ay_undo_while_typing_a_new_task_name(session, qtbot):
    window = session.open_document(Document(build_plan()))
    qtbot.addWidget(window)
    window.resize(1000, 600)
    with qtbot.waitExposed(window):
        window.show()
    tree, model = window.tree, window.model
    count = len(window.document.plan.tasks)
    model.setData(model.index_of_uid(2, Column.NAME), "Specs v2", Qt.ItemDataRole.EditRole)
    blank = model.blank_index(Column.NAME)
    tree.setFocus()
    tree.setCurrentIndex(blank)
    tree.edit(blank)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.setText("Half typed")
    window.action_collection["undo"].trigger()
    tree.setFocus()  # the editor, if still there, would lose focus and commit
    qtbot.wait(10)
    assert window.document.plan.task(2).name == "Specs"  # the undo undid the last edit
    assert len(window.document.plan.tasks) == count  # the half-typed name added nothing
    assert tree.state() != tree.State.EditingState


def test_s23ay_undo_after_insert_task_while_naming_it(session, qtbot):
    window = session.open_document(Document(build_plan()))
    qtbot.addWidget(window)
    window.resize(1000, 600)
    with qtbot.waitExposed(window):
        window.show()
    tree = window.tree
    count = len(window.document.plan.tasks)
    tree.setFocus()
    tree.setCurrentIndex(window.model.index_of_uid(3, Column.NAME))
    window.action_collection["insert_task"].trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    QApplication.focusWidget().setText("New one")
    window.action_collection["undo"].trigger()  # takes back the insert
    tree.setFocus()
    qtbot.wait(10)
    assert len(window.document.plan.tasks) == count
    assert tree.state() != tree.State.EditingState
