"""Undoing Insert while the new task's name editor is open, however the undo is asked for
(the stack stepped by a script or another window's command, not Edit > Undo): the editor is
closed with its row, without Qt's "commitData called with an editor that does not belong to
this view", the half-typed name dropped as Edit > Undo drops it, and the sheet edits again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QLineEdit

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "undo_insert.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("gantt")
    yield win
    for w in list(session.windows):
        w.close()


@pytest.fixture
def qt_messages():
    said: list[str] = []

    def keep(_kind: QtMsgType, _context: object, message: str) -> None:
        said.append(message)

    before = qInstallMessageHandler(keep)
    yield said
    qInstallMessageHandler(before)


def _editing(window) -> bool:
    return window.tree.state() == window.tree.State.EditingState


def test_stack_undo_closes_the_new_tasks_editor_first(window, qtbot, qt_messages) -> None:
    plan = window.document.plan
    window.tree.select_uids([5], current=5)
    window.insert_task()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert _editing(window)
    qtbot.keyClicks(editor, "Half typed")

    window.document.undo_stack.undo()
    qtbot.wait(50)  # focus and deferred deletes: the warning came from them

    assert not [m for m in qt_messages if "does not belong to this view" in m]
    assert [t.uid for t in plan.tasks] == list(range(1, 8))
    assert "Half typed" not in [t.name for t in plan.tasks]
    assert not _editing(window)

    window.insert_task()  # the sheet still opens a name editor after it
    assert _editing(window)
    assert len(plan.tasks) == 8
