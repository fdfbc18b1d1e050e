"""File > Save (Ctrl+S) with a cell still being typed in keeps what was typed.

Found by typing a task name into the sheet and pressing Ctrl+S from habit: the status
bar said "Saved", yet the name was neither in the plan nor in the file, and the editor
stayed open (MS Project ends the cell's edit first).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "typing.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.show_view("gantt")
    yield win
    for w in list(session.windows):
        w.close()


def _type_in(window, qtbot, index, text):
    window.tree.setCurrentIndex(index)
    window.tree.edit(index)
    editor = window.tree.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    return editor


def test_save_ends_the_edit_of_a_task_name_first(window, qtbot):
    doc = window.document
    index = window.model.index_of_uid(5, Column.NAME)
    _type_in(window, qtbot, index, "Code and review")
    window.action_collection["save_plan"].trigger()
    QApplication.processEvents()
    assert doc.plan.task(5).name == "Code and review"
    assert read_plan(doc.path).task(5).name == "Code and review"
    assert window.tree.indexWidget(window.model.index_of_uid(5, Column.NAME)) is None
    assert window.statusBar().currentMessage().startswith("Saved")
    assert doc.undo_stack.count() == 1  # one rename, undoable as ever


def test_save_adds_the_task_typed_into_the_empty_row(window, qtbot):
    doc = window.document
    count = len(doc.plan.tasks)
    _type_in(window, qtbot, window.model.blank_index(Column.NAME), "Handover")
    window.action_collection["save_plan"].trigger()
    QApplication.processEvents()
    assert len(doc.plan.tasks) == count + 1
    assert doc.plan.tasks[-1].name == "Handover"
    assert read_plan(doc.path).tasks[-1].name == "Handover"


def test_save_without_an_open_editor_changes_nothing(window):
    doc = window.document
    window.action_collection["save_plan"].trigger()
    assert doc.undo_stack.count() == 0
    assert window.statusBar().currentMessage().startswith("Saved")


def test_save_a_copy_holds_the_name_being_typed(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "copy.gantry"
    monkeypatch.setattr(type(window), "ask_save_path", classmethod(lambda *a: target))
    _type_in(window, qtbot, window.model.index_of_uid(6, Column.NAME), "System test")
    window.action_collection["save_copy_as"].trigger()
    assert read_plan(target).task(6).name == "System test"


def test_closing_the_window_keeps_the_name_being_typed(window, qtbot):
    """Found too: typing a name and closing the window lost it, with no Save to blame."""
    path = window.document.path
    _type_in(window, qtbot, window.model.index_of_uid(5, Column.NAME), "Typed before closing")
    window.close()
    assert read_plan(path).task(5).name == "Typed before closing"
