"""Under a filter, Insert after deleting a phase shows the new task, ready to be named.

Critical on; the PM deleted a phase whose hidden (non-critical) subtask had
the highest id, then pressed Insert: the new task took that id, no row
appeared and the name editor failed to open ("edit: index was invalid").
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView

from app.domain.filters import FilterKind, TaskFilter
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.filter_menu import controller_of
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path):
    plan: Plan = build_plan()  # Design (Specs, Review), Build (Code, Test), Go-live: ids 1-7
    plan.insert_tasks(3, [Task(8, "Notes", 2, duration_minutes=60)])  # under Design, not critical
    plan.add_link(Link(2, 8))
    path = tmp_path / "insert.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def test_the_inserted_task_shows_and_is_being_named(window):
    plan = window.document.plan
    model, tree = window.model, window.tree
    controller_of(window).apply(TaskFilter(FilterKind.CRITICAL))
    assert 8 not in model.shown_uids()
    tree.select_uids([1])  # Design, with Specs, Review and the hidden Notes
    window.delete_tasks()
    tree.select_uids([4])  # Build
    window.insert_task()
    new = plan.tasks[0]
    assert new.uid == 8  # the highest id plus one: the deleted Notes' id
    assert new.uid in model.shown_uids()
    assert tree.state() == QAbstractItemView.State.EditingState
    assert tree.currentIndex() == model.index_of_uid(new.uid, tree.currentIndex().column())
    assert window.status_filter.text() == "Filter: Critical (5 of 5 tasks)"
