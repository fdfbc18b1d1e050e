"""GUI test set-up: small plans built with the domain API (settings: tests/conftest.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime

import pytest

from app.assets import resource_path
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.risk import Risk
from app.domain.task import Task
from app.ui.app import Session
from app.ui.settings import Settings


def build_plan() -> Plan:
    """A small outline: two phases with subtasks, a milestone, FS links and one risk.

    Rows (ID. name, level): 1 Design(1) 2 Specs(2) 3 Review(2) 4 Build(1)
    5 Code(2) 6 Test(2) 7 Go-live(1, milestone).
    """
    plan = Plan(project=Project(name="Sample", start=datetime(2026, 3, 2, 8, 0)))
    rows = [
        (1, "Design", 1, 0),
        (2, "Specs", 2, 3 * 480),
        (3, "Review", 2, 480),
        (4, "Build", 1, 0),
        (5, "Code", 2, 5 * 480),
        (6, "Test", 2, 2 * 480),
        (7, "Go-live", 1, 0),
    ]
    for uid, name, level, minutes in rows:
        plan.append_task(
            Task(uid, name, level, duration_minutes=minutes, milestone=name == "Go-live")
        )
    plan.add_link(Link(2, 3, LinkType.FS))
    plan.add_link(Link(3, 5, LinkType.FS))
    plan.add_link(Link(5, 6, LinkType.FS))
    plan.add_link(Link(6, 7, LinkType.FS))
    plan.add_risk(Risk(1, "Vendor late", 0.3, 10000.0, owner="Ana", task_uids=(5,)))
    return plan


@pytest.fixture
def plan() -> Plan:
    """A fresh sample plan."""
    return build_plan()


@pytest.fixture
def session(qtbot):
    """A window session on the test settings; every window it opened is closed after."""
    s = Session(Settings())
    yield s
    for window in list(s.windows):
        window.close()


def demo_window(tmp_path, qtbot, size: tuple[int, int], activate: bool = False) -> Iterator:
    """A window on a copy of the shipped demo plan, shown at ``size`` (and made the active
    window: keys typed go to it); every window its session opened is closed after. For a
    fixture: ``yield from demo_window(tmp_path, qtbot, (1400, 800))``."""
    path = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.resize(*size)
    with qtbot.waitExposed(win):
        win.show()
    if activate:
        win.activateWindow()
    yield win
    for w in list(session.windows):
        w.close()
