"""EAC and VAC as MS Project shows them: a task not started whose cost went up since the
baseline, and a summary whose subtask was deleted after the baseline.

A tester saw 'Make Relay Configurable' with budget 10,200 and forecast 21,000 read EAC 10,200
(VAC 0): with nothing spent CPI is undefined and EAC fell back to the budget. MS Project's
EAC field is the scheduled Cost until actual cost is reported. And 'Presence Object', whose
subtask was deleted, read budget 10,200, EAC 6,800, VAC 0: the Budget column showed the
summary's own baseline cost, EAC and VAC the sum of the subtasks left.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import EarnedValue, earned_value, project_earned_value
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8, 0)
STATUS = datetime(2026, 1, 7, 12, 0)
DAY = 480


def _baselined() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Presence Object", 1))
    plan.append_task(Task(2, "Make Relay Configurable", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Location Key Value Pair", 2, duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 3, 1, 1.0, 5 * DAY))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    return plan


def _values(plan: Plan) -> tuple[dict[int, EarnedValue], dict[int, float]]:
    s = schedule(plan)
    costs = compute_costs(plan, s)
    return earned_value(plan, s, costs, STATUS), costs.task_cost


def test_a_task_not_started_whose_cost_went_up_forecasts_its_current_cost() -> None:
    plan = _baselined()
    plan.update_assignment(replace(plan.assignment(1), work_minutes=0, units=2.0))
    plan.update_task(replace(plan.task(2), duration_minutes=5 * DAY))
    values, cost = _values(plan)
    task = values[2]
    assert task.bac == pytest.approx(4000.0)
    assert cost[2] == pytest.approx(8000.0)
    assert task.ac == 0.0
    assert task.cpi is None
    assert task.eac == pytest.approx(8000.0)  # MS Project: EAC is Cost until costs are spent
    assert task.vac == pytest.approx(-4000.0)
    assert task.etc == pytest.approx(8000.0)
    summary = values[1]
    assert summary.eac == pytest.approx(cost[1])
    assert summary.vac == pytest.approx(8000.0 - cost[1])
    assert project_earned_value(plan, values).eac == pytest.approx(cost[1])


def test_once_cost_is_spent_eac_follows_the_cpi_formula() -> None:
    plan = _baselined()
    plan.update_task(replace(plan.task(2), percent_complete=50.0, actual_start=MON))
    values, _ = _values(plan)
    v = values[2]
    assert v.ac > 0
    assert v.cpi is not None
    assert v.eac == pytest.approx(v.ac + (v.bac - v.ev) / v.cpi)


def test_a_summary_whose_subtask_was_deleted_keeps_its_budget_in_eac_and_vac() -> None:
    plan = _baselined()
    plan.remove_tasks([3])
    s = schedule(plan)
    costs = compute_costs(plan, s)
    values = earned_value(plan, s, costs, STATUS)
    summary = values[1]
    budget = costs.task_baseline_cost[1]
    assert budget == pytest.approx(8000.0)  # what the Budget column shows
    assert summary.bac == pytest.approx(budget)
    assert summary.eac == pytest.approx(costs.task_cost[1])  # 4000: nothing spent yet
    assert summary.vac == pytest.approx(budget - summary.eac)
    assert summary.vac == pytest.approx(4000.0)
    totals = project_earned_value(plan, values)
    assert costs.budget is not None
    assert totals.bac == pytest.approx(costs.budget)
    assert totals.vac == pytest.approx(costs.budget - totals.eac)


def test_a_value_built_without_a_cost_keeps_the_budget_fallback() -> None:
    v = EarnedValue(bac=100.0, pv=0.0, ev=0.0, ac=0.0)
    assert v.eac == pytest.approx(100.0)
    assert EarnedValue(100.0, 0.0, 0.0, 0.0, cost=150.0).eac == pytest.approx(150.0)
