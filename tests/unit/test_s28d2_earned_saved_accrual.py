"""Earned value follows the fixed cost accrual saved with the baseline, as planned value
does (MS Project's BCWP: % complete of the baseline cost's timephased spread); actual cost
follows the task's current accrual (what was actually spent, when it accrues now).

Build: 10 days of Ana at 50 an hour (4,000) and a 1,000 fixed cost from Mon 26 Jan 2026,
baselined at one accrual and moved to another since. Done exactly on plan, it earns what it
planned at every status date: EV = PV, whatever the accrual change. Before, EV used the
current accrual: moved from End to Start, it earned the 1,000 on day one (EV 1,400 against
PV 400 on Monday night).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

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
DAY = 480
# the end of each of Build's ten working days (weekend skipped)
DAYS = [date(2026, 1, 26) + timedelta(days=d) for d in (0, 1, 2, 3, 4, 7, 8, 9, 10, 11)]


def _plan(saved: CostAccrual, now: CostAccrual) -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(
        Task(1, "Build", 1, duration_minutes=10 * DAY, fixed_cost=1000.0, fixed_cost_accrual=saved)
    )
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * DAY))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    plan.update_task(replace(plan.task(1), fixed_cost_accrual=now))
    return plan


def _on_plan(plan: Plan, done_days: int) -> Plan:
    """``plan`` with Build done as planned for ``done_days`` days."""
    task = plan.task(1)
    done = replace(task, percent_complete=done_days * 10.0, actual_start=MON)
    if done_days == 10:
        done = replace(done, actual_finish=datetime(2026, 2, 6, 17))
    plan.update_task(done)
    return plan


CHANGES = [
    (CostAccrual.END, CostAccrual.START),
    (CostAccrual.START, CostAccrual.END),
    (CostAccrual.PRORATED, CostAccrual.START),
    (CostAccrual.END, CostAccrual.PRORATED),
    (CostAccrual.START, CostAccrual.START),
]


@pytest.mark.parametrize(("saved", "now"), CHANGES)
@pytest.mark.parametrize("done_days", range(1, 11))
def test_s28d2_done_on_plan_earns_what_it_planned(saved, now, done_days):
    plan = _on_plan(_plan(saved, now), done_days)
    status = datetime.combine(DAYS[done_days - 1], datetime.max.time()).replace(microsecond=0)
    s = schedule(plan)
    costs = compute_costs(plan, s)
    figures = earned_value(plan, s, costs, status)[1]
    assert figures.ev == pytest.approx(figures.pv)
    curve = s_curve(plan, s, costs, status)
    assert curve.ev[-1] == pytest.approx(curve.pv[curve.dates.index(status.date())])
    assert curve.ev[-1] == pytest.approx(figures.ev)


def test_s28d2_actual_cost_follows_the_current_accrual():
    # baselined at End, now at Start: the 1,000 is spent on day one, though earned at the end
    plan = _on_plan(_plan(CostAccrual.END, CostAccrual.START), 1)
    status = datetime(2026, 1, 26, 23, 59)
    s = schedule(plan)
    costs = compute_costs(plan, s)
    figures = earned_value(plan, s, costs, status)[1]
    assert figures.pv == pytest.approx(400.0)
    assert figures.ev == pytest.approx(400.0)
    assert figures.ac == pytest.approx(1400.0)
    curve = s_curve(plan, s, costs, status)
    assert (curve.ev[-1], curve.ac[-1]) == pytest.approx((400.0, 1400.0))
