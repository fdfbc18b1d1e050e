"""With other plans' work included (Other Plans), the Usage view turned Ana red and the status
bar said "1 across plans", but the Team view's roster did not mark her and its
Over-allocations list did not name her (tester s31xp, finding 8). Both now follow the
included plans, naming them; leaving the plans out takes the marks away again."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from app import formats
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.team.roster_model import OverallocatedRole, RosterColumn

MON = datetime(2026, 1, 5, 8)
DAY = 480


def _plan(name: str, person: str) -> Plan:
    """One 5-day task with ``person`` full time on it, the week of Monday 5 January; Bo idle."""
    plan = Plan(project=Project(name=name, start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, person))
    plan.add_resource(Resource(2, "Bo Lind"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    return plan


def _marks(team) -> dict[str, bool]:
    model = team.model
    return {
        model.index(row, 0).data(): bool(model.index(row, 0).data(OverallocatedRole))
        for row in range(model.rowCount())
    }


def test_s31pf_roster_and_list_count_the_included_plans(session, tmp_path, qtbot):
    own = tmp_path / "shop.gantry"
    GantryFile.create(own, _plan("Shop", "Ana Ruiz")).close()
    other = tmp_path / "Client B.gantry"
    formats.write_plan(_plan("Client B", "ana ruiz"), other)  # the same person, by name
    win = session.open_path(own)
    assert win is not None
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("team")
    team = win.views["team"]
    assert _marks(team) == {"Ana Ruiz": False, "Bo Lind": False}
    assert team.overallocation_list.count() == 0
    assert team.other_plans.include([Path(other)], keep=False)
    assert _marks(team) == {"Ana Ruiz": True, "Bo Lind": False}
    name = team.model.index(0, RosterColumn.NAME)
    assert name.data(Qt.ItemDataRole.AccessibleTextRole) == "Ana Ruiz, over-allocated"
    assert "Client B" in name.data(Qt.ItemDataRole.ToolTipRole)
    lines = [
        team.overallocation_list.item(i).text() for i in range(team.overallocation_list.count())
    ]
    assert len(lines) == 1
    assert lines[0].startswith("Ana Ruiz: up to 200% of 100% with Client B from ")
    assert lines[0].endswith("(1 stretch)")
    assert "1 across plans" in win.status_overallocated.text()  # the status bar agrees
    win.grab().save("/tmp/s31pf_team_pool.png")
    team.other_plans.include([], keep=False)  # left out: this plan's own again
    assert _marks(team) == {"Ana Ruiz": False, "Bo Lind": False}
    assert team.overallocation_list.count() == 0
    win.close()
