"""Overtime typed after Set Baseline leaves a task's planned value (BCWS) as baselined.

'Core configuration' is 15 days of Jonas's work (120 h at 80/h, 9,600), baselined. Typing 8 h of
Overtime Work shortens it to 14 days; MS Project's BCWS is the timephased baseline cost, fixed at
Set Baseline, so 5 days in it is still 5/15 of 9,600, not 5/14 (tester s29xr's finding).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.calendar import standard_calendar
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

START = datetime(2027, 2, 22, 8, 0)
STATUS = datetime(2027, 2, 26, 17, 0)  # the end of its 5th day


def _plan() -> Plan:
    plan = Plan(project=Project(name="CRM", start=START), calendars={1: standard_calendar()})
    plan.append_task(Task(1, "Core configuration", 1, duration_minutes=15 * 480))
    plan.add_resource(Resource(1, "Jonas", standard_rate=80.0, overtime_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 15 * 480))
    sched = schedule(plan)
    plan.baselines[0] = snapshot(plan, sched, compute_costs(plan, sched), 0, datetime(2027, 1, 1))
    return plan


def _bcws(plan: Plan) -> float:
    sched = schedule(plan)
    return earned_value(plan, sched, compute_costs(plan, sched), STATUS)[1].pv


def test_s29mo_overtime_typed_after_the_baseline_leaves_bcws_as_planned():
    plan = _plan()
    assert _bcws(plan) == pytest.approx(3200.0)
    plan.assignments[0] = replace(plan.assignments[0], overtime_work_minutes=480)
    plan.tasks[0] = replace(plan.tasks[0], duration_minutes=14 * 480)
    assert _bcws(plan) == pytest.approx(3200.0)
