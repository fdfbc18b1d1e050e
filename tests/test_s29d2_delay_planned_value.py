"""Planned value lays a delayed person's cost from their own start, as the baseline holds
their dates (MS Project's timephased baseline cost; review s29rv H5)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.assignment_delay import delay_edit
from app.domain.assignment_work import apply_edit
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

H = 60
MON = datetime(2027, 1, 11, 8)


def _write(baselined: bool) -> Plan:
    """Write from Mon 11 Jan: Ana 40h at €100/h, Ben 24h at €80/h from Thu 14 (3d Delay)."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Write", duration_minutes=40 * H))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=80.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * H))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 24 * H))
    apply_edit(plan, delay_edit(plan, 2, 24 * H))
    if baselined:
        s = schedule(plan)
        plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    return plan


def _pv(plan: Plan, at: datetime) -> float:
    s = schedule(plan)
    return earned_value(plan, s, compute_costs(plan, s), at)[1].pv


@pytest.mark.parametrize(
    ("at", "pv"),
    [
        (datetime(2027, 1, 13, 17), 3 * 800.0),  # Ana's 3 days, Ben not begun
        (datetime(2027, 1, 15, 17), 5 * 800.0 + 2 * 640.0),  # Ben's Thu and Fri
        (datetime(2027, 1, 18, 17), 5 * 800.0 + 3 * 640.0),  # all of it
    ],
)
def test_s29d2_a_delayed_person_plans_from_their_own_start(at: datetime, pv: float) -> None:
    assert _pv(_write(baselined=True), at) == pytest.approx(pv)


def test_s29d2_a_delay_typed_after_the_baseline_leaves_planned_value_as_saved() -> None:
    plan = _write(baselined=True)
    apply_edit(plan, delay_edit(plan, 2, 0))  # Ben starts with Ana now: the baseline had Thu
    assert _pv(plan, datetime(2027, 1, 13, 17)) == pytest.approx(3 * 800.0)
