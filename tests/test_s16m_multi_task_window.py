"""Shift+F2 on several selected tasks opens Task Information for all of them (MS Project's
Multiple Task Information); on one task it stays the single task's dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.multi_task_dialog import MultiTaskDialog
from app.ui.dialogs.multi_task_edits import TITLE
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "multi.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _answer_with(monkeypatch, seen, priority):
    def fake_exec(dialog):
        seen.append(dialog)
        dialog.priority.setValue(priority)
        dialog.duration.setText("2d")
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.result() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(MultiTaskDialog, "exec", fake_exec)


def test_shift_f2_on_a_selection_edits_every_task_in_one_step(window, monkeypatch):
    seen: list[MultiTaskDialog] = []
    _answer_with(monkeypatch, seen, 42)
    window.tree.select_uids([1, 2, 3])  # Design, a summary, with its two subtasks
    window.action_collection["task_information"].trigger()
    assert len(seen) == 1
    assert seen[0].uids == [1, 2, 3]
    plan = window.document.plan
    assert [plan.task(u).priority for u in (1, 2, 3)] == [42, 42, 42]
    assert window.document.undo_stack.undoText() == TITLE
    message = window.statusBar().currentMessage()
    assert "'Design'" in message
    assert "duration" in message
    window.document.undo_stack.undo()
    assert [plan.task(u).priority for u in (1, 2, 3)] == [500, 500, 500]


def test_one_task_selected_keeps_the_single_dialog(window, monkeypatch):
    opened: list[object] = []
    monkeypatch.setattr(MultiTaskDialog, "exec", lambda d: opened.append("multi") or 0)
    monkeypatch.setattr(TaskDialog, "exec", lambda d: opened.append("single") or 0)
    window.tree.select_uids([5])
    window.action_collection["task_information"].trigger()
    assert opened == ["single"]
