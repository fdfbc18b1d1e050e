"""The window's status bar (SaidStatusBar, 748bfa9) takes a refusal away at the next edit
that goes through; the Edit menu's own clearing compared the bar's text with the lowercase
refusal, which the bar now shows as a sentence, so it never matched and was removed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "s22s2.gantry"
    plan = build_plan()  # IDs 1 Design 2 Specs 3 Review 4 Build 5 Code 6 Test 7 Go-live
    plan.insert_tasks(6, [Task(8, "Docs", 2, duration_minutes=480)])  # ID 7, unlinked
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _type(window, uid: int, column: Column, text: str) -> bool:
    model = window.model
    done = bool(model.setData(model.index_of_uid(uid, column), text, Qt.ItemDataRole.EditRole))
    QApplication.processEvents()  # as between two edits in the window
    return done


def test_s22s2_a_refusal_goes_at_the_next_accepted_edit(window):
    assert not _type(window, 2, Column.RESOURCES, "Ana[0%]")
    said = window.statusBar().currentMessage()
    assert said == "'Ana[0%]': units must be more than zero"  # a quoted name leads
    assert _type(window, 2, Column.DURATION, "4d")
    assert window.statusBar().currentMessage() == ""


def test_s22s2_a_refused_fill_down_keeps_its_reason(window):
    """A refused Fill Down is taken back off the undo stack: that take-back is no edit of the
    user's, and the reason stays until one is made."""
    stack = window.document.undo_stack
    assert _type(window, 2, Column.PREDECESSORS, "7")  # Specs after Docs
    index = stack.index()
    tree = window.tree
    tree.select_uids([2, 3, 8])  # Docs cannot follow itself: the fill is refused as a whole
    tree.selectionModel().setCurrentIndex(
        window.model.index_of_uid(2, Column.PREDECESSORS),
        QItemSelectionModel.SelectionFlag.NoUpdate,
    )
    window.action_collection["fill_down"].trigger()
    QApplication.processEvents()
    assert stack.index() == index
    assert window.statusBar().currentMessage() == "'Docs' cannot depend on itself"
    assert _type(window, 3, Column.DURATION, "2d")
    assert window.statusBar().currentMessage() == ""
