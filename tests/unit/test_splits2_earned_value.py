"""Earned value of a split task: nothing is planned (or earned) during its pause."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, s_curve
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8)  # a Monday
DAY = 480
PAUSE = (Split(2 * DAY, 3 * DAY),)  # works Mon-Tue, paused Wed-Fri, Mon-Wed of the next week


def _plan(splits: tuple[Split, ...] = PAUSE) -> Plan:
    """'Pour': 5 days of Ana at 100/h: 4000 budgeted."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=5 * DAY, splits=splits))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    return plan


def _baselined(plan: Plan) -> Plan:
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    return plan


def _pv(plan: Plan, status: datetime) -> float:
    s = schedule(plan)
    return earned_value(plan, s, compute_costs(plan, s), status)[1].pv


@pytest.mark.parametrize(
    ("status", "pv"),
    [
        (datetime(2026, 1, 6, 17), 1600.0),  # the first part: 2 days of 5
        (datetime(2026, 1, 7, 17), 1600.0),  # in the pause (evenly spread said 1500)
        (datetime(2026, 1, 9, 17), 1600.0),  # still paused (evenly spread said 2500)
        (datetime(2026, 1, 12, 17), 2400.0),  # the second part's first day
        (datetime(2026, 1, 14, 17), 4000.0),
    ],
)
def test_planned_value_does_not_accrue_in_the_pause(status, pv):
    plan = _baselined(_plan())
    assert _pv(plan, status) == pytest.approx(pv)


def test_a_baseline_saved_before_the_split_keeps_its_even_spread():
    plan = _baselined(_plan(splits=()))  # Mon..Fri, no pause in what was signed off
    plan.update_task(replace(plan.task(1), splits=PAUSE))
    assert _pv(plan, datetime(2026, 1, 7, 17)) == pytest.approx(2400.0)


def test_s_curve_is_flat_through_the_pause():
    plan = _baselined(_plan())
    plan.update_task(replace(plan.task(1), percent_complete=40.0))
    s = schedule(plan)
    status = datetime(2026, 1, 9, 17)
    curve = s_curve(plan, s, compute_costs(plan, s), status, step_days=1)
    pv = dict(zip(curve.dates, curve.pv, strict=True))
    assert pv[date(2026, 1, 6)] == pytest.approx(1600.0)
    assert pv[date(2026, 1, 8)] == pytest.approx(1600.0)
    assert pv[date(2026, 1, 9)] == pytest.approx(1600.0)
    assert pv[date(2026, 1, 13)] == pytest.approx(3200.0)
    ev = dict(zip(curve.ev_dates, curve.ev, strict=True))
    # 40 % earned by the end of its first part, and no more during the pause
    assert ev[date(2026, 1, 6)] == pytest.approx(1600.0)
    assert ev[date(2026, 1, 8)] == pytest.approx(1600.0)
    assert ev[date(2026, 1, 9)] == pytest.approx(1600.0)
