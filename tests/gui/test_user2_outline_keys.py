"""Hide Subtasks / Show Subtasks (MS Project's Alt+Shift+- and Alt+Shift++) on the selected
summary, from the View menu, with their MS Project shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def test_hide_and_show_subtasks_of_the_selected_summary(window):
    tree, model = window.tree, window.model
    tree.select_uids([4])  # Build, over Code and Test
    window.action_collection["hide_subtasks"].trigger()
    assert model.is_collapsed(4)
    assert not model.is_collapsed(1)
    window.action_collection["show_subtasks"].trigger()
    assert not model.is_collapsed(4)


def test_hide_subtasks_on_a_subtask_folds_its_summary_and_selects_it(window):
    tree, model = window.tree, window.model
    tree.select_uids([5])
    window.action_collection["hide_subtasks"].trigger()
    assert model.is_collapsed(4)
    assert tree.current_uid() == 4


def test_the_shortcuts_are_ms_projects(window):
    actions = window.action_collection
    hide = [s.toString() for s in actions["hide_subtasks"].shortcuts()]
    show = [s.toString() for s in actions["show_subtasks"].shortcuts()]
    assert QKeySequence("Alt+Shift+-").toString() in hide
    assert QKeySequence("Alt+Shift+=").toString() in show
    assert QKeySequence("Alt+Shift++").toString() in show
    every = [s.toString() for s in actions["show_all_subtasks"].shortcuts()]
    assert QKeySequence("Alt+Shift+*").toString() in every
