"""A credit that cancels its task's cost (Build: 48 hours of Ana at 50 an hour, 2,400,
Back Loaded over 10 days, and a -2,400 rebate): planned value follows the work's contour,
not an even spread, as Usage by month lays the same work.

Build runs Mon 26 Jan .. Fri 6 Feb 2026, one Back Loaded slice a day (10, 15, 25, 50, 50,
75, 75, 100, 100, 100 of 600): the January week holds 150/600 of the work, 600; February
holds 1,800.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.contours import WorkContour
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, s_curve
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task

MON = datetime(2026, 1, 26, 8)
JAN_END, FEB_END = datetime(2026, 1, 30, 23, 59), datetime(2026, 2, 6, 23, 59)


def _plan(
    accrual: CostAccrual, credit: float = -2400.0, baseline_credit: float | None = None
) -> Plan:
    plan = Plan(project=Project(start=MON))
    first = credit if baseline_credit is None else baseline_credit
    plan.append_task(
        Task(1, "Build", 1, duration_minutes=10 * 480, fixed_cost=first, fixed_cost_accrual=accrual)
    )
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 6 * 480, contour=WorkContour.BACK_LOADED))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    if baseline_credit is not None:
        plan.update_task(replace(plan.task(1), fixed_cost=credit))
    return plan


def _pv(plan: Plan) -> tuple[float, float, float, dict[date, float]]:
    s = schedule(plan)
    costs = compute_costs(plan, s)
    jan, feb = (earned_value(plan, s, costs, at)[1] for at in (JAN_END, FEB_END))
    curve = s_curve(plan, s, costs, FEB_END)
    return costs.task_cost[1], jan.pv, feb.pv, dict(zip(curve.dates, curve.pv, strict=True))


@pytest.mark.parametrize(
    ("accrual", "january"),
    [
        (CostAccrual.START, -2400.0 + 600.0),  # the whole rebate on the 26th, a quarter of the work
        (CostAccrual.END, 600.0),  # the rebate on 6 Feb
        (CostAccrual.PRORATED, -1200.0 + 600.0),  # half the rebate, evenly, a quarter of the work
    ],
)
def test_s27cr_planned_value_of_a_cancelled_cost_follows_the_contour(accrual, january):
    cost, jan, feb, curve = _pv(_plan(accrual))
    assert cost == 0.0
    assert jan == pytest.approx(january)
    assert curve[date(2026, 1, 30)] == pytest.approx(january)
    assert feb == pytest.approx(0.0, abs=1e-6)
    assert curve[date(2026, 2, 6)] == pytest.approx(0.0, abs=1e-6)


def test_s27cr_first_day_of_back_loaded_work_against_a_start_rebate():
    # Monday's slice: 10/600 of 2,400 = 40, beside the -2,400 at the start
    _, _, _, curve = _pv(_plan(CostAccrual.START))
    assert curve[date(2026, 1, 26)] == pytest.approx(-2400.0 + 40.0)


def test_s27cr_a_cancelled_cost_against_a_baseline_where_it_cost_something_runs_evenly():
    # baselined without the rebate: its 2,400 is no money of the cancelled cost now, so it
    # runs evenly, 5 of 10 days by January's end
    _, jan, feb, _ = _pv(_plan(CostAccrual.START, baseline_credit=0.0))
    assert jan == pytest.approx(1200.0)
    assert feb == pytest.approx(2400.0)
