"""Task Usage's Cost row of an inactive task shows its own cost, fixed cost included, as the
sheet's Cost and the Budget keep it; the phase above and the project leave all of it out.

Phase > Build (inactive, 1 day of Ana at 50/h = 400, fixed cost 100 at Start) and Test
(1 day, no people, fixed cost 30), in January 2026.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.cli.usage_table import usage_tree
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task
from app.domain.usage import Scale
from app.domain.usage_bookings import Bookings
from app.domain.usage_detail_rows import Detail
from app.domain.usage_details import UsageDetails
from app.domain.usage_tree import RowKind

MON = datetime(2026, 1, 26, 8)


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(
        Task(
            2,
            "Build",
            2,
            duration_minutes=480,
            fixed_cost=100.0,
            fixed_cost_accrual=CostAccrual.START,
            active=False,
        )
    )
    plan.append_task(Task(3, "Test", 2, duration_minutes=480, fixed_cost=30.0))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 480))
    return plan


def test_s27cr_an_inactive_tasks_usage_cost_keeps_its_fixed_cost():
    plan = _plan()
    s = schedule(plan)
    costs = compute_costs(plan, s)
    tree = usage_tree(plan, s, True)
    details = UsageDetails(tree, tree.usage.periods(Scale.MONTHS), costs, Bookings(plan, s))
    tasks = [i for i, k in enumerate(tree.kind) if k == RowKind.TASK]
    by_uid = {tree.usage.tasks[tree.ref[i]].uid: i for i in tasks}
    build = [float(v) for v in details.values(by_uid[2], Detail.COST)]
    phase = [float(v) for v in details.values(by_uid[1], Detail.COST)]
    assert build == [pytest.approx(400.0 + 100.0)]  # 8h x 50 and the fixed cost
    assert costs.task_cost[2] == pytest.approx(500.0)  # the sheet's Cost, the same figure
    assert phase == [pytest.approx(30.0)]  # Test's fixed cost alone
    assert costs.task_cost[1] == pytest.approx(30.0)
    assert costs.total_cost == pytest.approx(30.0)
