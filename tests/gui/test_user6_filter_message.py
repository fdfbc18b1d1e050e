"""Picking a filter that matches clears the "No task matches" line the last one left.

A PM tried Slipping Tasks (no baseline: nothing matched, the status bar said
so), then Milestones: the sheet showed the four milestones and the status bar
still said "No task matches the filter Slipping Tasks" for seconds.
"""

from __future__ import annotations

import pytest

from app.domain.filters import FilterKind, TaskFilter
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.filter_menu import controller_of
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "message.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def test_a_matching_filter_clears_the_no_match_message(window):
    controller = controller_of(window)
    bar = window.statusBar()
    controller.apply(TaskFilter(FilterKind.SLIPPING))
    assert bar.currentMessage() == "No task matches the filter Slipping Tasks"
    controller.apply(TaskFilter(FilterKind.MILESTONES))
    assert window.status_filter.text() == "Filter: Milestones (1 of 7 tasks)"
    assert bar.currentMessage() == ""
    # F3 clears it too; another message (an edit refused meanwhile) is left alone.
    controller.apply(TaskFilter(FilterKind.DEADLINES))
    controller.show_all()
    assert bar.currentMessage() == ""
    window.show_error("a task needs a name")
    controller.apply(TaskFilter(FilterKind.CRITICAL))
    assert bar.currentMessage() == "A task needs a name"  # said as a sentence
