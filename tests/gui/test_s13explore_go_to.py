"""F5 Go To an ID and Ctrl+Shift+F5 Scroll to Task, MS Project's keys for moving about a plan.

Found by a keyboard-only PM in a 60-task plan: F5 did nothing (MS Project asks
for an ID and goes to that task) and Scroll to Task sat on Ctrl+Shift+J only.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.edit_menu import EditMenu
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "goto.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    win.show_view("gantt")
    yield win
    for w in list(session.windows):
        w.close()


def test_f5_goes_to_the_task_with_the_id_typed(window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(
        EditMenu, "ask_task_id", classmethod(lambda cls, parent, top: asked.append(top) or 6)
    )
    window.tree.select_uids([1])
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F5)
    assert asked == [7]
    assert window.tree.current_uid() == 6
    assert window.tree.selected_uids() == [6]


def test_go_to_follows_the_id_not_the_uid_and_opens_a_folded_summary(window, monkeypatch):
    window.tree.collapse(window.model.index_of_uid(4))
    monkeypatch.setattr(EditMenu, "ask_task_id", classmethod(lambda cls, parent, top: 5))
    window.action_collection["go_to"].trigger()
    assert window.tree.current_uid() == 5
    assert window.tree.isExpanded(window.model.index_of_uid(4))


def test_go_to_cancelled_changes_nothing(window, monkeypatch):
    monkeypatch.setattr(EditMenu, "ask_task_id", classmethod(lambda cls, parent, top: None))
    window.tree.select_uids([3])
    window.action_collection["go_to"].trigger()
    assert window.tree.current_uid() == 3


def test_scroll_to_task_has_ms_projects_key(window):
    shortcuts = window.action_collection["gantt_scroll_to_task"].shortcuts()
    assert QKeySequence("Ctrl+Shift+F5") in shortcuts
    assert QKeySequence("Ctrl+Shift+J") in shortcuts


def test_go_to_a_task_a_filter_hides_says_so(window, monkeypatch):
    window.action_collection["filter_milestones"].trigger()
    shown = set(window.model.shown_uids())
    hidden = next(t.uid for t in window.document.plan.tasks if t.uid not in shown)
    monkeypatch.setattr(EditMenu, "ask_task_id", classmethod(lambda cls, parent, top: hidden))
    window.action_collection["go_to"].trigger()
    assert f"Task {hidden} is hidden by the filter" in window.statusBar().currentMessage()
