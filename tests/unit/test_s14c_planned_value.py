"""Planned value follows each assignment's own span: a person with less work than the task's
longest assignment is planned (and booked) at their units until their work is done."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, s_curve
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage import Scale, build_usage

MONDAY = datetime(2026, 1, 5, 8)
RATE = 60.0  # per hour: a minute of work costs 1


def _plan(ben_work: int) -> Plan:
    plan = Plan(project=Project(name="Own spans", start=MONDAY))
    plan.append_task(Task(1, "Build", 1, duration_minutes=4800))
    plan.add_resource(Resource(1, "Ana", standard_rate=RATE))
    plan.add_resource(Resource(2, "Ben", standard_rate=RATE))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 4800))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, ben_work))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MONDAY))
    return plan


def _evening(day: date) -> datetime:
    return datetime.combine(day, time(23, 59))


def test_planned_value_of_an_early_finisher_is_front_of_the_task():
    plan = _plan(2400)  # Ben: 40 h at 100 %, the first week of two
    s = schedule(plan)
    costs = compute_costs(plan, s)
    friday = _evening(date(2026, 1, 9))
    pv = earned_value(plan, s, costs, friday)[1].pv
    assert pv == pytest.approx(2400.0 + 2400.0)  # Ana's first week and all of Ben's
    usage = build_usage(plan, s)
    weeks = usage.periods(Scale.WEEKS)
    booked = usage.task_values(0, weeks)
    assert booked[0] == pytest.approx(pv)  # the Usage view's week agrees with PV
    curve = s_curve(plan, s, costs, friday, step_days=1)
    at = curve.dates.index(friday.date())
    assert curve.pv[at] == pytest.approx(pv)
    assert curve.pv[-1] == pytest.approx(7200.0)


def test_equal_work_still_plans_evenly():
    plan = _plan(4800)
    s = schedule(plan)
    pv = earned_value(plan, s, compute_costs(plan, s), _evening(date(2026, 1, 9)))[1].pv
    assert pv == pytest.approx(4800.0)
