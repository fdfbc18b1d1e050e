"""A fixed-cost credit accrued at Start or End is planned at that moment even where it is
beyond its task's work cost (the task costs less than 0), and a credit no longer caps a
share accrued at one moment at the whole task's cost. Such a credit used to be left out of
the timed cost: the task's negative total ran evenly over its span."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task

MON = datetime(2026, 1, 5, 8, 0)
TUE_EVENING = datetime(2026, 1, 6, 18, 0)  # half of a Mon-Thu task's working time
FRI = datetime(2026, 1, 9, 12, 0)  # after its finish
DAY = 480


def _plan(fixed: float, fixed_at: CostAccrual, ana_at=CostAccrual.PRORATED) -> Plan:
    """Build: 4 days, Ana at 100/h (3,200), a fixed credit; baseline 0 saved."""
    plan = Plan(project=Project(start=MON))
    task = Task(1, "Build", 1, duration_minutes=4 * DAY, fixed_cost=fixed)
    plan.append_task(replace(task, fixed_cost_accrual=fixed_at))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0, accrue_at=ana_at))
    plan.add_assignment(Assignment(1, 1, 1, 1.0))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    return plan


def _ev(plan: Plan, status: datetime):
    s = schedule(plan)
    return earned_value(plan, s, compute_costs(plan, s), status)[1]


def test_s25g4_a_credit_beyond_the_work_is_planned_at_the_start() -> None:
    plan = _plan(-5000.0, CostAccrual.START)
    assert _ev(plan, TUE_EVENING).pv == pytest.approx(-5000.0 + 1600.0)
    assert _ev(plan, FRI).pv == pytest.approx(-1800.0)


def test_s25g4_a_credit_beyond_the_work_is_planned_at_the_end() -> None:
    plan = _plan(-5000.0, CostAccrual.END)
    assert _ev(plan, TUE_EVENING).pv == pytest.approx(1600.0)
    assert _ev(plan, FRI).pv == pytest.approx(-1800.0)


def test_s25g4_a_credit_beyond_the_work_is_earned_once_started() -> None:
    plan = _plan(-5000.0, CostAccrual.START)
    plan.update_task(replace(plan.task(1), percent_complete=50.0, actual_start=MON))
    assert _ev(plan, TUE_EVENING).ev == pytest.approx(-5000.0 + 1600.0)


def test_s25g4_a_credit_does_not_cap_a_cost_accrued_at_the_start() -> None:
    plan = _plan(-1000.0, CostAccrual.PRORATED, ana_at=CostAccrual.START)
    assert _ev(plan, TUE_EVENING).pv == pytest.approx(3200.0 - 500.0)
    assert _ev(plan, FRI).pv == pytest.approx(2200.0)
