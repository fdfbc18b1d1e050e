"""Task Information making a task inactive (or active again) says in the status bar how
many tasks moved because of it: its successors no longer wait for it."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.store.document import GantryFile
from app.ui.dialogs.multi_task_dialog import MultiTaskDialog
from app.ui.dialogs.task_dialog import TaskDialog
from tests.gui.test_s25in_inactive_view import START, _plan


@pytest.fixture
def window(session, tmp_path, qtbot):
    path = tmp_path / "cut.gantry"
    GantryFile.create(path, _plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def test_s25in_task_information_says_which_tasks_no_longer_wait(window, monkeypatch):
    def make_inactive(dialog):
        dialog.inactive.setChecked(True)
        dialog.accept()
        return 1

    monkeypatch.setattr(TaskDialog, "exec", make_inactive)
    window.tree.select_uids([2], 2)
    window.action_collection["task_information"].trigger()
    doc = window.document
    assert not doc.plan.task(2).active
    assert window.statusBar().currentMessage() == "2 tasks no longer wait for 'Cut'"
    assert doc.schedule[3].start == START  # Test and Ship moved to the project start
    assert doc.schedule[2].start == datetime(2027, 1, 7, 8)  # Cut stays after Build
    # active again: they wait for it again
    monkeypatch.setattr(
        TaskDialog, "exec", lambda d: (d.inactive.setChecked(False), d.accept(), 1)[-1]
    )
    window.action_collection["task_information"].trigger()
    assert window.statusBar().currentMessage() == "2 tasks wait for 'Cut' again"


def test_s25in_several_tasks_made_inactive_at_once(window, monkeypatch):
    def make_inactive(dialog):
        dialog.inactive.setChecked(True)
        dialog.accept()
        return 1

    monkeypatch.setattr(MultiTaskDialog, "exec", make_inactive)
    window.tree.select_uids([2, 5], 2)
    window.action_collection["task_information"].trigger()
    assert (
        window.statusBar().currentMessage()
        == "2 tasks no longer wait for the 2 tasks made inactive"
    )
