"""View > Outline Level offers levels 1 to 9, as MS Project's Show > Outline Level."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings


def deep_plan() -> Plan:
    """One chain of tasks nested ten levels deep (uid n sits at level n)."""
    plan = Plan(project=Project(name="Deep", start=datetime(2026, 3, 2, 8, 0)))
    for level in range(1, 11):
        plan.append_task(
            Task(level, f"L{level}", level, duration_minutes=480 if level == 10 else 0)
        )
    return plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "deep.gantry"
    GantryFile.create(path, deep_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def test_view_outline_offers_outline_levels_one_to_nine(window):
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View"
    )
    outline = next(a.menu() for a in view_menu.actions() if a.text() == "&Outline")
    texts = [a.text().replace("&", "") for a in outline.actions()]
    levels = [t for t in texts if t.startswith("Outline Level")]
    assert levels == [f"Outline Level {n}" for n in range(1, 10)]


@pytest.mark.parametrize("level", [4, 7, 9])
def test_each_outline_level_shows_tasks_down_to_that_level(window, level):
    tree, model = window.tree, window.model
    window.action_collection[f"outline_level_{level}"].trigger()
    for uid in range(1, 10):
        assert tree.isExpanded(model.index_of_uid(uid)) == (uid < level), uid
