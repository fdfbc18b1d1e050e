"""Tab after a name typed into the empty row goes on to that task's Duration, as in MS Project.

Found by typing a plan in: 'Foxtrot', Tab, '1w', Enter gave Foxtrot 1 day and a
second task 'New task' of 1 week, because Tab went on to the Duration cell of the
new empty row below Foxtrot instead of Foxtrot's own.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

NEXT = QAbstractItemDelegate.EndEditHint.EditNextItem
PREVIOUS = QAbstractItemDelegate.EndEditHint.EditPreviousItem
SUBMIT = QAbstractItemDelegate.EndEditHint.SubmitModelCache


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


def _type(window, index, text, hint):
    """Type into a cell's editor and leave it as Tab, Shift+Tab or Enter does."""
    tree = window.tree
    if tree.currentIndex() != index or tree.indexWidget(index) is None:
        tree.setCurrentIndex(index)
        tree.edit(index)
    editor = tree.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    delegate = tree.itemDelegateForIndex(index)
    delegate.commitData.emit(editor)
    delegate.closeEditor.emit(editor, hint)


def test_tab_from_the_new_name_goes_to_that_tasks_duration(window):
    model, plan = window.model, window.document.plan
    count = len(plan.tasks)
    _type(window, model.blank_index(Column.NAME), "Foxtrot", NEXT)
    new = plan.tasks[-1]
    assert new.name == "Foxtrot"
    current = window.tree.currentIndex()
    assert current == model.index_of_uid(new.uid, Column.DURATION)
    # selected, not opened (s28ke: as MS Project's Tab; typing there opens it)
    assert window.tree.indexWidget(current) is None
    _type(window, current, "1w", SUBMIT)
    assert len(plan.tasks) == count + 1  # no second task
    assert plan.task(new.uid).duration_minutes == 5 * 480
    assert model.index_of_uid(new.uid, Column.DURATION).data() == "1w"


def test_shift_tab_from_the_new_name_goes_left_on_the_same_task(window):
    model, plan = window.model, window.document.plan
    _type(window, model.blank_index(Column.NAME), "Golf", PREVIOUS)
    new = plan.tasks[-1]
    assert new.name == "Golf"
    assert window.tree.currentIndex().row() == model.index_of_uid(new.uid, Column.NAME).row()


def test_enter_still_stays_on_the_empty_row_for_the_next_task(window):
    model, plan = window.model, window.document.plan
    _type(window, model.blank_index(Column.NAME), "Hotel", SUBMIT)
    assert plan.tasks[-1].name == "Hotel"
    assert model.is_blank(window.tree.currentIndex())


def test_tab_on_an_empty_row_left_empty_moves_along_that_row(window):
    model, plan = window.model, window.document.plan
    count = len(plan.tasks)
    _type(window, model.blank_index(Column.NAME), "", NEXT)
    assert len(plan.tasks) == count
    current = window.tree.currentIndex()
    assert model.is_blank(current)
    assert current.column() > Column.NAME
