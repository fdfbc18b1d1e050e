"""Earned value (MS Project's BCWS/BCWP/ACWP) and baselines on hand-built plans."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.baselines import RollUp, snapshot, variances
from app.domain.costs import compute_costs
from app.domain.earned_value import EarnedValue, earned_value, project_earned_value, s_curve
from app.domain.errors import InputError
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Build", 2, duration_minutes=5 * DAY))
    plan.add_link(Link(2, 3))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 3, 1, 1.0, 5 * DAY))
    return plan


def _baselined() -> Plan:
    plan = _plan()
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    return plan


def test_snapshot_captures_dates_work_and_cost_of_every_task():
    plan = _baselined()
    base = plan.baselines[0]
    assert [e.task_uid for e in base.entries] == [1, 2, 3]
    e = base.entry(2)
    assert e.cost == pytest.approx(4000.0)
    assert e.work_minutes == 5 * DAY
    assert e.start == schedule(plan)[2].start
    assert base.entry(1).cost == pytest.approx(8000.0)
    with pytest.raises(InputError):
        snapshot(plan, schedule(plan), compute_costs(plan, schedule(plan)), 11, MON)


def test_snapshot_of_selected_tasks_keeps_the_rest_and_rolls_up_only_when_asked():
    plan = _baselined()
    plan.update_assignment(Assignment(2, 3, 1, 1.0, 10 * DAY))
    s = schedule(plan)
    base = snapshot(plan, s, compute_costs(plan, s), 0, MON, task_uids=[3])
    assert base.entry(3).cost == pytest.approx(8000.0)
    assert base.entry(2).cost == pytest.approx(4000.0)
    assert base.entry(1).cost == pytest.approx(8000.0)  # the summary keeps its own (MS Project)
    plan.set_baseline(base)
    rolled = snapshot(plan, s, compute_costs(plan, s), 0, MON, [3], roll_up=RollUp(True))
    assert rolled.entry(1).cost == pytest.approx(12000.0)


def test_earned_value_at_mid_project():
    plan = _baselined()
    plan.update_task(replace(plan.task(2), percent_complete=100.0, actual_start=MON))
    plan.update_task(replace(plan.task(3), percent_complete=20.0))
    s = schedule(plan)
    costs = compute_costs(plan, s)
    status = datetime(2026, 1, 14, 17, 0)  # Wednesday of week 2: 3 of Build's 5 days planned
    ev = earned_value(plan, s, costs, status)
    assert ev[2].pv == pytest.approx(4000.0)
    assert ev[3].pv == pytest.approx(2400.0)
    assert ev[3].ev == pytest.approx(800.0)
    assert ev[3].ac == pytest.approx(800.0)
    top = ev[1]
    assert top == project_earned_value(plan, ev)
    assert top.bac == pytest.approx(8000.0)
    assert top.pv == pytest.approx(6400.0)
    assert top.ev == pytest.approx(4800.0)
    assert top.spi == pytest.approx(0.75)
    assert top.cpi == pytest.approx(1.0)
    assert top.eac == pytest.approx(8000.0)


def test_indices_and_forecasts_follow_ms_project_formulas():
    v = EarnedValue(bac=1000.0, pv=500.0, ev=400.0, ac=800.0)
    assert v.cpi == pytest.approx(0.5)
    assert v.spi == pytest.approx(0.8)
    assert v.eac == pytest.approx(800.0 + 600.0 / 0.5)
    assert v.etc == pytest.approx(v.eac - 800.0)
    assert v.vac == pytest.approx(1000.0 - v.eac)
    assert v.cv == pytest.approx(-400.0)
    assert v.sv == pytest.approx(-100.0)
    assert EarnedValue(100.0, 0.0, 0.0, 0.0).cpi is None


def test_s_curve_planned_value_reaches_the_budget_and_ev_ends_at_status():
    plan = _baselined()
    plan.update_task(replace(plan.task(2), percent_complete=50.0, actual_start=MON))
    s = schedule(plan)
    costs = compute_costs(plan, s)
    status = datetime(2026, 1, 7, 17, 0)
    curve = s_curve(plan, s, costs, status, step_days=1)
    assert curve.pv[-1] == pytest.approx(8000.0)
    assert list(curve.pv) == sorted(curve.pv)
    assert curve.ev_dates[-1] == status.date()
    assert curve.ev[-1] == pytest.approx(2000.0)
    assert curve.ac[-1] == pytest.approx(costs.total_actual_cost)


def test_variances_are_current_minus_baseline():
    plan = _baselined()
    plan.update_assignment(Assignment(1, 2, 1, 1.0, 6 * DAY))
    plan.update_task(replace(plan.task(2), duration_minutes=6 * DAY))
    s = schedule(plan)
    v = variances(plan, s, compute_costs(plan, s))
    assert v[2].duration_minutes == DAY
    assert v[2].work_minutes == DAY
    assert v[2].cost == pytest.approx(800.0)
    assert v[3].start_minutes == DAY
    assert v[2].start_minutes == 0
