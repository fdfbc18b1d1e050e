"""Another plan's work was read once when included (Other Plans) and went stale: Jonas's
30 days added in Client B's window left this window counting his old bookings until the
plans were included again (tester s31xp, finding 3). A file whose modification time moved
is now read again: the window hears it change on disk (or asks, refresh), the status bar
and the views count the new work, and the status bar says which plan was read again."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app import formats
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.other_plans_pool import pool_of

MON = datetime(2026, 1, 5, 8)
DAY = 480


def _plan(name: str, units: float) -> Plan:
    """One 5-day task with Ana on it at ``units``, the week of Monday 5 January."""
    plan = Plan(project=Project(name=name, start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana Ruiz"))
    plan.add_assignment(Assignment(1, 1, 1, units, int(5 * DAY * units)))
    return plan


def test_s31pf_a_plan_changed_on_disk_is_read_again(session, tmp_path, qtbot):
    own = tmp_path / "shop.gantry"
    GantryFile.create(own, _plan("Shop", 0.5)).close()
    other = tmp_path / "Client B.gantry"
    formats.write_plan(_plan("Client B", 0.5), other)
    win = session.open_path(own)
    assert win is not None
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    pool = pool_of(win.document)
    win.show_view("team")
    assert win.views["team"].other_plans.include([other], keep=False)
    label = win.status_overallocated
    assert label.text() == "Over-allocated: 0 (this plan; 0 across plans)"
    assert pool.refresh() == []  # nothing changed: nothing read
    formats.write_plan(_plan("Client B", 1.0), other)  # Ana full time there now
    with qtbot.waitSignal(pool.sig_changed, timeout=10000):
        pass  # the watcher hears the file change
    assert label.text() == "Over-allocated: 0 (this plan; 1 across plans)"
    assert win.statusBar().currentMessage() == "Read again, changed on disk: Client B"
    assert win.views["team"].overallocation_list.count() == 1  # the Team view follows
    win.close()


def test_s31pf_an_unreadable_change_keeps_the_work_read_before(session, tmp_path, qtbot):
    own = tmp_path / "shop.gantry"
    GantryFile.create(own, _plan("Shop", 0.5)).close()
    other = tmp_path / "b.xml"
    formats.write_plan(_plan("Client B", 1.0), other)
    win = session.open_path(own)
    assert win is not None
    qtbot.addWidget(win)
    pool = pool_of(win.document)
    pool.include([other], None, keep=False)
    before = pool.plans
    other.write_text("<Project>half written", encoding="utf-8")
    assert pool.refresh() == []
    assert pool.plans is before
    plan = _plan("Client B", 1.0)
    plan.project = replace(plan.project, name="Client B again")
    formats.write_plan(plan, other)
    assert pool.refresh() == ["b"]
    assert pool.plans[0].plan.project.name == "Client B again"
    win.close()
