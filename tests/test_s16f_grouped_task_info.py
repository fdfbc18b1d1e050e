"""Task Information (Shift+F2) with a group's header row current (View > Group by) and
tasks selected (Ctrl+A) opens them: one task its dialog, several Multiple Task Information;
it said "Select a task first"."""

from __future__ import annotations

import pytest

from app.domain.resource import Assignment, Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs import multi_task_dialog
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path):
    """The sample plan with Ann on Specs and Test, in a window."""
    plan = build_plan()
    plan.resources = [Resource(1, "Ann")]
    plan.assignments = [Assignment(1, 2, 1, 1.0, 3 * 480), Assignment(2, 6, 1, 1.0, 2 * 480)]
    path = tmp_path / "grouped_info.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _on_header(window, uids):
    """Select ``uids`` and make the first group header row current, the selection kept."""
    window.action_collection["group_resource"].trigger()
    window.tree.select_uids(uids, None)
    header = window.model.index(0, 0)
    assert window.model.group_at(header) is not None
    model = window.tree.selectionModel()
    model.setCurrentIndex(header, model.SelectionFlag.NoUpdate)
    assert window.tree.current_uid() is None


def test_task_information_on_a_header_with_one_task_selected(window, monkeypatch):
    opened = []
    monkeypatch.setattr(TaskDialog, "exec", lambda self: opened.append(self.uid) or 0)
    _on_header(window, [6])
    window.task_information()
    assert opened == [6]
    assert "Select a task first" not in window.statusBar().currentMessage()


def test_task_information_on_a_header_with_several_selected(window, monkeypatch):
    opened = []
    monkeypatch.setattr(
        multi_task_dialog, "edit_several_tasks", lambda _w, _doc, uids: opened.append(uids)
    )
    _on_header(window, [2, 5, 6])
    window.task_information()
    assert opened == [[2, 5, 6]]


def test_task_information_with_nothing_selected_still_asks(window):
    window.action_collection["group_resource"].trigger()
    window.tree.clearSelection()
    model = window.tree.selectionModel()
    model.setCurrentIndex(window.model.index(0, 0), model.SelectionFlag.NoUpdate)
    window.task_information()
    assert window.statusBar().currentMessage() == "Select a task first"
