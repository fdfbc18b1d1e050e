"""Delete under a filter selects the next row the sheet shows, as it does unfiltered.

Under Critical, deleting Specs left nothing selected: the task after it in the
plan (Notes, not critical) is hidden, so pressing Delete again said "Select the
tasks to delete first".
"""

from __future__ import annotations

import pytest

from app.domain.filters import FilterKind, TaskFilter
from app.domain.link import Link
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.filter_menu import controller_of
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path):
    plan = build_plan()  # Design (Specs, Review), Build (Code, Test), Go-live
    plan.insert_tasks(2, [Task(8, "Notes", 2, duration_minutes=60)])  # after Specs, not critical
    plan.add_link(Link(2, 8))
    path = tmp_path / "delete.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def test_the_next_shown_row_is_selected_after_a_delete(window):
    plan = window.document.plan
    controller_of(window).apply(TaskFilter(FilterKind.CRITICAL))
    tree = window.tree
    tree.select_uids([2])  # Specs; Notes after it is hidden
    window.delete_tasks()
    assert not plan.has_task(2)
    assert tree.selected_uids() == [3]  # Review, the next row shown
    window.delete_tasks()
    assert not plan.has_task(3)
    # The last row shown: the one above it is selected.
    tree.select_uids([7])
    window.delete_tasks()
    assert tree.selected_uids() == [6]
