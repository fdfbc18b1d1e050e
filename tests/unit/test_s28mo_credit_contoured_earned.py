"""A credit that cancels its task's cost (Build: 48 hours of Ana at 50 an hour, 2,400,
Back Loaded over 10 days, and a -2,400 rebate): earned value and actual cost follow the
work's contour as it is done, as planned value does (tests/unit/test_s27cr_credit_contoured_work.py),
not an even spread, nor 0 throughout because the task costs 0 in all.

Build runs Mon 26 Jan .. Fri 6 Feb 2026, one Back Loaded slice a day (10, 15, 25, 50, 50,
75, 75, 100, 100, 100 of 600): the January week holds 150/600 of the work, 600.
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
TUE_END, JAN_END, FEB_END = (
    datetime(2026, 1, 27, 23, 59),
    datetime(2026, 1, 30, 23, 59),
    datetime(2026, 2, 6, 23, 59),
)


def _plan(accrual: CostAccrual, percent: int) -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(
        Task(
            1, "Build", 1, duration_minutes=10 * 480, fixed_cost=-2400.0, fixed_cost_accrual=accrual
        )
    )
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 6 * 480, contour=WorkContour.BACK_LOADED))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    plan.update_task(replace(plan.task(1), percent_complete=percent, actual_start=MON))
    return plan


def _figures(plan: Plan, at: datetime) -> tuple[float, float, float]:
    s = schedule(plan)
    value = earned_value(plan, s, compute_costs(plan, s), at)[1]
    return value.pv, value.ev, value.ac


def _curve(plan: Plan) -> tuple[dict[date, float], dict[date, float]]:
    s = schedule(plan)
    curve = s_curve(plan, s, compute_costs(plan, s), FEB_END)
    ev = dict(zip(curve.ev_dates, curve.ev, strict=True))
    return ev, dict(zip(curve.ev_dates, curve.ac, strict=True))


@pytest.mark.parametrize(
    ("accrual", "january"),
    [
        (CostAccrual.START, -2400.0 + 600.0),  # the rebate on the 26th, a quarter of the work
        (CostAccrual.END, 600.0),  # the rebate on 6 Feb
        (CostAccrual.PRORATED, -1200.0 + 600.0),  # half the rebate, evenly, a quarter of the work
    ],
)
def test_s28mo_done_on_plan_earns_as_planned(accrual, january):
    # all done as scheduled: EV and AC by the end of January are PV's, not 0
    plan = _plan(accrual, 100)
    pv, ev, ac = _figures(plan, JAN_END)
    assert pv == pytest.approx(january)
    assert ev == pytest.approx(january)
    assert ac == pytest.approx(january)
    curve_ev, curve_ac = _curve(plan)
    assert curve_ev[date(2026, 1, 30)] == pytest.approx(january)
    assert curve_ac[date(2026, 1, 30)] == pytest.approx(january)
    assert curve_ev[date(2026, 2, 6)] == pytest.approx(0.0, abs=1e-6)


def test_s28mo_half_done_prorated_credit_follows_the_contour():
    # half done (Mon..Fri): 1,200 of work earned by the first five slices (10, 15, 25, 50,
    # 50 of 150), -1,200 of the rebate evenly. By Tuesday: 1,200 x 25/150 - 1,200 x 2/5.
    plan = _plan(CostAccrual.PRORATED, 50)
    _, ev, ac = _figures(plan, TUE_END)
    assert ev == pytest.approx(200.0 - 480.0)
    assert ac == pytest.approx(200.0 - 480.0)
    curve_ev, curve_ac = _curve(plan)
    assert curve_ev[date(2026, 1, 27)] == pytest.approx(200.0 - 480.0)
    assert curve_ac[date(2026, 1, 27)] == pytest.approx(200.0 - 480.0)
    assert curve_ev[date(2026, 1, 30)] == pytest.approx(0.0, abs=1e-6)


def test_s28mo_half_done_start_credit_work_follows_the_contour():
    # the rebate whole on Monday; Monday's slice of the half done: 1,200 x 10/150 = 80
    curve_ev, curve_ac = _curve(_plan(CostAccrual.START, 50))
    assert curve_ev[date(2026, 1, 26)] == pytest.approx(-2400.0 + 80.0)
    assert curve_ac[date(2026, 1, 26)] == pytest.approx(-2400.0 + 80.0)
    assert curve_ev[date(2026, 1, 30)] == pytest.approx(-1200.0)
