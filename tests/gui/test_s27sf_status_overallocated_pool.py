"""The window's status bar counts over-allocated people with the other plans' work added
while the window includes other plans (Usage > Other Plans), as the Usage view's red cells
do: "Over-allocated: 0 (this plan; 1 across plans)"; this plan's count alone otherwise."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app import formats
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.other_plans_pool import pool_of

MON = datetime(2026, 1, 5, 8)
DAY = 480


def _plan(name: str, person: str) -> Plan:
    """One 5-day task with ``person`` full time on it, the week of Monday 5 January."""
    plan = Plan(project=Project(name=name, start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, person))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    return plan


def test_s27sf_the_status_bar_counts_the_other_plans_work(session, tmp_path, qtbot):
    own = tmp_path / "shop.gantry"
    GantryFile.create(own, _plan("Shop", "Ana Ruiz")).close()
    other = tmp_path / "Client B.gantry"
    formats.write_plan(_plan("Client B", "ana ruiz"), other)  # the same person, by name
    win = session.open_path(own)
    assert win is not None
    qtbot.addWidget(win)
    label = win.status_overallocated
    assert label.text() == "Over-allocated: 0"
    pool = pool_of(win.document)
    pool.include([Path(other)], None, keep=False)
    assert label.text() == "Over-allocated: 0 (this plan; 1 across plans)"
    assert "b00020" in label.styleSheet()  # red, as the Usage view's cells
    with qtbot.waitExposed(win):
        win.show()
    win.grab().save(str(tmp_path / "status.png"))
    pool.include([], None, keep=False)  # left out: this plan's count alone again
    assert label.text() == "Over-allocated: 0"
    win.close()
