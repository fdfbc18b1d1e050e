"""A credit that cancels its task's cost exactly (Build: 10 days of Ana, 4,000, and a -4,000
rebate) leaves Task Cost and the budget at 0, yet the rebate falls where it accrues and the
work where it runs: planned value (the Budget view's PV and S-curve) agrees with Usage by month.

Build runs Mon 26 Jan .. Fri 6 Feb 2026 (5 working days in each month, 400 a day).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.cli.usage_table import usage_tree
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, s_curve
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
JAN_END, FEB_END = datetime(2026, 1, 30, 23, 59), datetime(2026, 2, 6, 23, 59)


def _plan(accrual: CostAccrual, credit: float = -4000.0) -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(
        Task(
            1, "Build", 1, duration_minutes=10 * 480, fixed_cost=credit, fixed_cost_accrual=accrual
        )
    )
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * 480))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    return plan


def _by_month(plan: Plan) -> list[float]:
    s = schedule(plan)
    tree = usage_tree(plan, s, True)
    periods = tree.usage.periods(Scale.MONTHS)
    details = UsageDetails(tree, periods, compute_costs(plan, s), Bookings(plan, s))
    row = tree.kind.index(RowKind.TASK)
    return [float(v) for v in details.values(row, Detail.COST)]


def _pv(plan: Plan) -> tuple[float, float, float, dict[date, float]]:
    s = schedule(plan)
    costs = compute_costs(plan, s)
    jan, feb = (earned_value(plan, s, costs, at)[1] for at in (JAN_END, FEB_END))
    curve = s_curve(plan, s, costs, FEB_END)
    return costs.task_cost[1], jan.pv, feb.pv, dict(zip(curve.dates, curve.pv, strict=True))


@pytest.mark.parametrize(
    ("accrual", "months"),
    [(CostAccrual.START, [-2000.0, 2000.0]), (CostAccrual.END, [2000.0, -2000.0])],
)
def test_s26co_planned_value_follows_the_credit_as_usage_by_month_does(accrual, months):
    plan = _plan(accrual)
    assert _by_month(plan) == [pytest.approx(m) for m in months]
    cost, jan, feb, curve = _pv(plan)
    assert cost == 0.0
    assert plan.baselines.get(0).entry(1).cost == 0.0  # the budget
    assert jan == pytest.approx(months[0])
    assert curve[date(2026, 1, 30)] == pytest.approx(months[0])
    assert curve[date(2026, 2, 6)] == feb == pytest.approx(0.0)  # all of it by the finish: 0


def test_s26co_earned_value_of_a_cancelled_cost_half_done():
    plan = _plan(CostAccrual.START)
    plan.update_task(replace(plan.task(1), percent_complete=50.0, actual_start=MON))
    s = schedule(plan)
    costs = compute_costs(plan, s)
    ev = earned_value(plan, s, costs, JAN_END)[1]
    # the rebate earned at the start, half the work done: -4,000 + 2,000
    assert ev.ev == pytest.approx(-2000.0)
    assert ev.ac == pytest.approx(costs.task_actual_cost[1])
    assert ev.pv == pytest.approx(-2000.0)


def test_s26co_a_credit_not_quite_cancelling_keeps_its_shares():
    # 1 off: the cost is -1 and shares of it, as before
    _, jan, _, curve = _pv(_plan(CostAccrual.START, credit=-4001.0))
    assert jan == pytest.approx(-2001.0)
    assert curve[date(2026, 2, 6)] == pytest.approx(-1.0)
