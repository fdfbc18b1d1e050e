"""MS Project's mspdiresource.xml: Task A's two people end before it (24 h each over its
6 days) and Contoured Task's person works a Turtle contour. Planned value keeps Task A's
people in the days they were baselined in after the task is cut short, and a credit that
cancels Contoured Task's cost earns and spends along the Turtle as it was planned."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, s_curve
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual
from app.io.mspdi import read_mspdi


def _read(shared_data) -> Plan:
    plan = read_mspdi(shared_data / "mspdi" / "mspdiresource.xml")
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, plan.project.start))
    return plan


def _pv(plan: Plan) -> list[float]:
    s = schedule(plan)
    return list(s_curve(plan, s, compute_costs(plan, s), s.finish).pv)


def test_s28mo_task_a_people_stay_in_their_baselined_days(shared_data):
    plan = _read(shared_data)
    task = next(t for t in plan.tasks if t.name == "Task A")
    baselined = _pv(plan)
    plan.update_task(replace(task, duration_minutes=task.duration_minutes // 2))
    assert _pv(plan) == pytest.approx(baselined)


def test_s28mo_cancelled_turtle_task_earns_as_planned(shared_data):
    plan = _read(shared_data)
    task = next(t for t in plan.tasks if t.name == "Contoured Task")
    ana = plan.assignments_of_task(task.uid)[0].resource_uid
    person = next(r for r in plan.resources if r.uid == ana)
    plan.update_resource(replace(person, accrue_at=CostAccrual.PRORATED))  # by the contour
    s = schedule(plan)
    cost = compute_costs(plan, s).task_cost[task.uid]
    plan.update_task(replace(task, fixed_cost=-cost, fixed_cost_accrual=CostAccrual.START))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, plan.project.start))
    times = s.get(task.uid)
    plan.update_task(replace(plan.task(task.uid), percent_complete=100, actual_start=times.start))
    s = schedule(plan)
    costs = compute_costs(plan, s)
    assert costs.task_cost[task.uid] == pytest.approx(0.0)
    middle = times.start + (times.finish - times.start) / 2
    value = earned_value(plan, s, costs, middle)[task.uid]
    assert -cost < value.pv < 0  # the credit at the start, some of the Turtle's work done
    assert value.ev == pytest.approx(value.pv)
    assert value.ac == pytest.approx(value.pv)
