"""Planned value lays a contoured (or early-ending) person's money over the baseline as it
was baselined, whatever the task's duration now: each person's own span is measured against
the task's Baseline Duration and Baseline Work, not its duration and work today.

Build: Ana at 50 an hour, 10 days Mon 26 Jan .. Fri 6 Feb 2026 when baselined; then the
task is cut to 5 days or stretched to 15, her work left as it was.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from app.domain.baselines import snapshot
from app.domain.contours import WorkContour
from app.domain.cost_earned import EarnedValueBook
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, s_curve
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2026, 1, 26, 8)
DAY = 480
STATUS = datetime(2026, 2, 6, 23, 59)
DAYS = [date(2026, 1, 26) + timedelta(days=k) for k in range(12)]


def _plan(contour: WorkContour, hours: int) -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Build", 1, duration_minutes=10 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, hours * 60, contour=contour))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    return plan


def _pv(plan: Plan) -> list[float]:
    s = schedule(plan)
    curve = s_curve(plan, s, compute_costs(plan, s), STATUS)
    by_day = dict(zip(curve.dates, curve.pv, strict=True))
    return [round(by_day[d], 2) for d in DAYS]


@pytest.mark.parametrize(
    ("contour", "hours", "days"),
    [
        (WorkContour.FLAT, 40, 5),  # ended early in the baseline (5 of 10 days), fills it now
        (WorkContour.FLAT, 80, 15),  # filled the baseline, ends early now (10 of 15)
        (WorkContour.BACK_LOADED, 40, 5),
        (WorkContour.BACK_LOADED, 40, 15),
    ],
)
def test_s28mo_planned_value_keeps_the_baselined_span(contour, hours, days):
    plan = _plan(contour, hours)
    baselined = _pv(plan)
    plan.update_task(replace(plan.task(1), duration_minutes=days * DAY))
    assert _pv(plan) == pytest.approx(baselined)


def test_s28mo_flat_work_ending_early_plans_its_money_in_its_own_days():
    # 40 hours of a 10-day baseline: 2,000 by Friday 30 Jan, nothing after, though the task
    # now lasts 5 days (its people then fill it: before, PV ran evenly over the 10 days)
    plan = _plan(WorkContour.FLAT, 40)
    plan.update_task(replace(plan.task(1), duration_minutes=5 * DAY))
    s = schedule(plan)
    costs = compute_costs(plan, s)
    friday = datetime(2026, 1, 30, 23, 59)
    assert earned_value(plan, s, costs, friday)[1].pv == pytest.approx(2000.0)
    book = EarnedValueBook(plan)
    assert book.update(s, costs, friday)[0][1].pv == pytest.approx(2000.0)


def test_s28mo_work_added_since_is_taken_in_the_baselines_proportion():
    # 40 hours baselined over 10 days took the first 5 (2,000 by Friday 30 Jan); doubled to
    # 80 since, she fills the 10 days now, yet the baseline's money stays in its first 5
    plan = _plan(WorkContour.FLAT, 40)
    plan.update_assignment(replace(plan.assignments[0], work_minutes=80 * 60))
    pv = _pv(plan)
    assert pv[0] == pytest.approx(400.0)
    assert pv[4] == pytest.approx(2000.0)
    assert pv[11] == pytest.approx(2000.0)
