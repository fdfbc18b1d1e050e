"""Actual overtime: finished overtime work is priced at the overtime rate in force when it was done."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8, 0)
THU = datetime(2026, 1, 8, 8, 0)


def _plan(resource: Resource) -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", 1, duration_minutes=5 * 480, actual_start=MON))
    plan.add_resource(resource)
    return plan


def _actual(plan: Plan, **fields: int) -> float:
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2400, **fields))
    return compute_costs(plan, schedule(plan)).assignments[1].actual_cost


def test_finished_overtime_costs_the_overtime_rate():
    plan = _plan(Resource(1, "Ana", standard_rate=50.0, overtime_rate=75.0))
    # 10 h done, 4 h of them overtime: 6 h x 50 + 4 h x 75
    cost = _actual(
        plan, overtime_work_minutes=600, actual_work_minutes=600, actual_overtime_work_minutes=240
    )
    assert cost == pytest.approx(6 * 50.0 + 4 * 75.0)
    report = compute_costs(plan, schedule(plan))
    assert report.task_actual_cost[1] == pytest.approx(cost)
    assert report.remaining_cost(1) == pytest.approx(30 * 50.0 + 10 * 75.0 - cost)


def test_actual_work_without_actual_overtime_takes_its_share_of_the_overtime():
    """MS Project: Actual Overtime Work = Overtime Work x % work complete when only the
    actual work is given (s25bl; it was all priced at the standard rate, so a finished
    task kept its overtime premium as remaining cost)."""
    plan = _plan(Resource(1, "Ana", standard_rate=50.0, overtime_rate=75.0))
    cost = _actual(plan, overtime_work_minutes=600, actual_work_minutes=600)
    # 10 h of 40 done: a quarter of the 10 h overtime, 2.5 h at 75, 7.5 h at 50
    assert cost == pytest.approx(7.5 * 50.0 + 2.5 * 75.0)


def test_zero_overtime_rate_makes_finished_overtime_free():
    plan = _plan(Resource(1, "Ana", standard_rate=50.0, overtime_rate=0.0, cost_per_use=20.0))
    cost = _actual(plan, actual_work_minutes=600, actual_overtime_work_minutes=240)
    assert cost == pytest.approx(6 * 50.0 + 20.0)


def test_actual_overtime_beyond_the_actual_work_counts_as_the_actual_work():
    plan = _plan(Resource(1, "Ana", standard_rate=50.0, overtime_rate=75.0))
    cost = _actual(plan, actual_work_minutes=120, actual_overtime_work_minutes=600)
    assert cost == pytest.approx(2 * 75.0)


def _rising() -> Resource:
    """Ana's rates double from Thursday: Mon..Wed 50 / 75, Thu..Fri 100 / 150."""
    table = (RateEntry(None, 50.0, 75.0), RateEntry(THU, 100.0, 150.0))
    return Resource(1, "Ana", rate_tables=(table,))


def test_actual_overtime_done_before_a_rate_change_pays_the_old_rate():
    plan = _plan(_rising())
    # Mon..Tue done (16 h, 2 of them overtime): all before Thursday
    cost = _actual(plan, actual_work_minutes=960, actual_overtime_work_minutes=120)
    assert cost == pytest.approx(14 * 50.0 + 2 * 75.0)


def test_actual_overtime_across_a_rate_change_is_split_like_the_work():
    plan = _plan(_rising())
    # Mon..Thu done (32 h, 8 of them overtime): three of the four days at the old rates
    cost = _actual(plan, actual_work_minutes=1920, actual_overtime_work_minutes=480)
    old = 24 * 50.0 + 8 * 75.0
    new = 24 * 100.0 + 8 * 150.0
    assert cost == pytest.approx(0.75 * old + 0.25 * new)
    # the whole task done, 8 h of it overtime: its 32 h regular make Ana's span Mon..Thu
    # (app/domain/overtime_work.py), 3 days old, 1 day new, as the planned cost splits
    plan = _plan(_rising())
    full = _actual(
        plan, overtime_work_minutes=480, actual_work_minutes=2400, actual_overtime_work_minutes=480
    )
    report = compute_costs(plan, schedule(plan))
    assert full == pytest.approx(report.task_cost[1])
    assert full == pytest.approx(0.75 * (32 * 50.0 + 8 * 75.0) + 0.25 * (32 * 100.0 + 8 * 150.0))
