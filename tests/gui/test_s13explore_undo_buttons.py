"""Undo and Redo look available only when there is something to undo or redo.

Found on a freshly opened plan: the toolbar showed Undo and Redo both
enabled (the Edit menu too) though nothing had been done yet; every switch of
view (Ctrl+1 to Ctrl+5) switched them on again, whatever the undo history held.
"""

from __future__ import annotations

import pytest

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "buttons.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _enabled(window):
    actions = window.action_collection
    return actions["undo"].isEnabled(), actions["redo"].isEnabled()


@pytest.mark.parametrize("view", ["gantt", "team", "budget", "risks", "usage"])
def test_nothing_to_undo_after_opening_on_any_view(window, view):
    window.show_view(view)
    assert _enabled(window) == (False, False)


def test_they_follow_the_history_across_view_switches(window):
    window.tree.select_uids([7])
    window.move_tasks_up()
    assert window.document.undo_stack.count() == 1
    window.show_view("budget")
    assert _enabled(window) == (True, False)
    window.document.undo_stack.undo()
    window.show_view("gantt")
    assert _enabled(window) == (False, True)
    window.show_view("usage")
    assert _enabled(window) == (False, True)
    window.document.undo_stack.redo()
    assert _enabled(window) == (True, False)
