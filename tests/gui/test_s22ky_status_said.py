"""The status bar's messages read as sentences and go away once the user moves on (found on
a 4k plan: "cannot link summary 'Phase 1021' to its own subtask…" and "Pasted 3 tasks" stayed
beside later, unrelated work, in lowercase)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from app.ui.status_said import sentence
from tests.gui.conftest import build_plan

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "said.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    win.tree.setFocus()
    yield win
    for w in list(session.windows):
        w.close()


def _refuse_linking_summary(window, qtbot):
    """Link Design (a summary) to its own subtask Specs: the domain refuses, in lowercase."""
    window.tree.select_uids([1, 2])
    window.action_collection["link_tasks"].trigger()
    qtbot.wait(1)  # the command is over: the user's next move takes the message away
    return window.statusBar().currentMessage()


def test_s22ky_a_refusal_reads_as_a_sentence_and_goes_at_the_next_move(window, qtbot):
    said = _refuse_linking_summary(window, qtbot)
    assert said.startswith("Cannot link summary 'Design'")
    assert [lk.predecessor for lk in window.document.plan.links_into(2)] == []
    window.grab().save("/tmp/s22ky_said.png")
    qtbot.keyClick(window.tree, K.Key_Down)  # on to another task
    assert window.statusBar().currentMessage() == ""


def test_s22ky_a_message_stays_while_the_user_does_not_move(window, qtbot):
    said = _refuse_linking_summary(window, qtbot)
    window.gantt.scroll_timescale(3)  # looking around is not moving on
    assert window.statusBar().currentMessage() == said


def test_s22ky_paste_keeps_its_message_over_its_own_selection_then_an_edit_ends_it(window, qtbot):
    tree, model = window.tree, window.model
    tree.select_uids([5])
    window.action_collection["copy_tasks"].trigger()
    tree.select_uids([7])
    window.action_collection["paste_tasks"].trigger()  # selects the pasted rows itself
    qtbot.wait(1)
    assert window.statusBar().currentMessage() == "Pasted 1 task"
    model.setData(model.index_of_uid(6, Column.DURATION), "3d", Qt.ItemDataRole.EditRole)
    assert window.statusBar().currentMessage() == ""


def test_s22ky_sentence_leaves_quotes_numbers_and_capitals():
    assert sentence("cannot link") == "Cannot link"
    assert sentence("'phase' is late") == "'phase' is late"
    assert sentence("3 tasks") == "3 tasks"
    assert sentence("") == ""
