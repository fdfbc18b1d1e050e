"""Set Baseline keeps each task's Fixed Cost Accrual with its fixed cost (MS Project's
Baseline Fixed Cost Accrual), and planned value lays the baseline's fixed cost as it was
saved: a 1,000 fixed cost baselined at End and moved to Start since still plans its money
at the baseline's finish, not on the first day.

Build: 10 days of Ana at 50 an hour (4,000) and a 1,000 fixed cost, Mon 26 Jan .. Fri 6 Feb
2026; by Monday night a tenth of the work, 400, is planned.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.baseline import BaselineEntry
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, s_curve
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task

MON = datetime(2026, 1, 26, 8)
MON_END, FEB_END = datetime(2026, 1, 26, 23, 59), datetime(2026, 2, 6, 23, 59)
WORK_MONDAY = 400.0


def _plan(saved: CostAccrual, now: CostAccrual) -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(
        Task(1, "Build", 1, duration_minutes=10 * 480, fixed_cost=1000.0, fixed_cost_accrual=saved)
    )
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * 480))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    plan.update_task(replace(plan.task(1), fixed_cost_accrual=now))
    return plan


def _monday_pv(plan: Plan) -> tuple[float, float]:
    s = schedule(plan)
    costs = compute_costs(plan, s)
    table = earned_value(plan, s, costs, MON_END)[1].pv
    curve = s_curve(plan, s, costs, FEB_END)
    return table, dict(zip(curve.dates, curve.pv, strict=True))[date(2026, 1, 26)]


@pytest.mark.parametrize("saved", list(CostAccrual))
def test_s28mo_set_baseline_keeps_the_accrual(saved):
    plan = _plan(saved, saved)
    entry = plan.baselines[0].entry(1)
    assert entry is not None
    assert entry.fixed_cost == 1000.0
    assert entry.fixed_cost_accrual is saved


@pytest.mark.parametrize(
    ("saved", "now", "monday"),
    [
        (CostAccrual.END, CostAccrual.START, WORK_MONDAY),  # at the baseline's finish
        (CostAccrual.START, CostAccrual.END, WORK_MONDAY + 1000.0),  # whole on Monday
        (CostAccrual.PRORATED, CostAccrual.START, WORK_MONDAY + 100.0),  # a tenth of it
        (CostAccrual.START, CostAccrual.PRORATED, WORK_MONDAY + 1000.0),
    ],
)
def test_s28mo_planned_value_spreads_the_fixed_cost_as_saved(saved, now, monday):
    table, curve = _monday_pv(_plan(saved, now))
    assert table == pytest.approx(monday)
    assert curve == pytest.approx(monday)


def test_s28mo_a_baseline_saved_without_its_accrual_follows_the_task():
    # an older file's (or an MS Project XML's) baseline keeps no accrual: the task's now
    plan = _plan(CostAccrual.END, CostAccrual.START)
    old = plan.baselines[0]
    kept = tuple(replace(e, fixed_cost_accrual=None) for e in old.entries)
    plan.set_baseline(replace(old, entries=kept))
    table, curve = _monday_pv(plan)
    assert table == pytest.approx(WORK_MONDAY + 1000.0)
    assert curve == pytest.approx(WORK_MONDAY + 1000.0)


def test_s28mo_an_entry_not_saved_knows_no_accrual():
    assert BaselineEntry(1, None, None).fixed_cost_accrual is None
