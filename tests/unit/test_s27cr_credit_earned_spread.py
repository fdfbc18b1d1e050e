"""A credit earned falls where it accrues in earned value's time-phased spread (the S-curve's
EV and AC), as its cost does, not spread over the work done.

Build: 10 days of Ana at 50/h (4,000) from Mon 26 Jan 2026, a rebate at Start, 50 % done
through Fri 30 Jan: the work done, 2,000, is 400 a day over those five days.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, s_curve
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task

MON = datetime(2026, 1, 26, 8)
JAN_END = datetime(2026, 1, 30, 23, 59)


def _curve(credit: float) -> tuple[float, dict[date, float], dict[date, float]]:
    plan = Plan(project=Project(start=MON))
    plan.append_task(
        Task(
            1,
            "Build",
            1,
            duration_minutes=10 * 480,
            fixed_cost=credit,
            fixed_cost_accrual=CostAccrual.START,
        )
    )
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * 480))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    plan.update_task(replace(plan.task(1), percent_complete=50.0, actual_start=MON))
    s = schedule(plan)
    costs = compute_costs(plan, s)
    ev = earned_value(plan, s, costs, JAN_END)[1].ev
    curve = s_curve(plan, s, costs, JAN_END)
    days = curve.ev_dates
    return ev, dict(zip(days, curve.ev, strict=True)), dict(zip(days, curve.ac, strict=True))


@pytest.mark.parametrize(
    "credit",
    [-4000.0, -1000.0],  # cancelling the cost (0) and leaving 3,000
)
def test_s27cr_a_credit_earned_falls_at_the_start(credit):
    ev, curve_ev, curve_ac = _curve(credit)
    assert ev == pytest.approx(credit + 2000.0)
    # Monday: the whole rebate and the first day's work
    assert curve_ev[date(2026, 1, 26)] == pytest.approx(credit + 400.0)
    assert curve_ac[date(2026, 1, 26)] == pytest.approx(credit + 400.0)
    assert curve_ev[date(2026, 1, 28)] == pytest.approx(credit + 1200.0)
    assert curve_ev[date(2026, 1, 30)] == pytest.approx(credit + 2000.0)
    assert curve_ac[date(2026, 1, 30)] == pytest.approx(credit + 2000.0)
