"""Overtime done above the planned overtime (a file's ActualOvertimeWork above its
OvertimeWork) is priced in Cost too, as MS Project's Overtime Work = Actual Overtime +
Remaining Overtime: Cost is never below Actual Cost (tester s30xt, H3)."""

from __future__ import annotations

from dataclasses import replace

from app.domain.costs import compute_costs
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from tests.gui.conftest import build_plan

H = 60


def test_s30tb_cost_prices_the_overtime_done_above_the_planned():
    plan = build_plan()  # Code (uid 5): 5 days
    plan.add_resource(Resource(1, "Tom", standard_rate=100.0, overtime_rate=150.0))
    plan.add_assignment(
        Assignment(1, 5, 1, 1.0, actual_work_minutes=40 * H, actual_overtime_work_minutes=2 * H)
    )
    plan.update_task(replace(plan.task(5), percent_complete=100.0))
    cost = compute_costs(plan, schedule(plan)).assignments[1]
    assert cost.actual_cost == 38 * 100 + 2 * 150
    assert cost.cost == cost.actual_cost  # was 4,000 against 4,100 done
