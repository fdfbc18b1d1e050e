"""The S-curve must agree with the earned-value table at the status date, whatever the
sampling step: a PM compares the blue and red lines where the dashed status line crosses."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, project_earned_value, s_curve
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2026, 3, 2, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Two 10-day tasks in a row, Ana at 100/h on both: BAC 16,000."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "A", duration_minutes=10 * DAY))
    plan.append_task(Task(2, "B", duration_minutes=10 * DAY))
    plan.add_link(Link(1, 2))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 10 * DAY))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    plan.update_task(replace(plan.task(1), percent_complete=30.0, actual_start=MON))
    return plan


@pytest.mark.parametrize("step_days", [1, 7])
def test_planned_value_is_sampled_at_the_status_date(step_days):
    plan = _plan()
    s = schedule(plan)
    costs = compute_costs(plan, s)
    status = datetime(2026, 3, 6, 17, 0)  # end of the 5th working day: PV = 5/10 x 8,000
    totals = project_earned_value(plan, earned_value(plan, s, costs, status))
    assert totals.pv == pytest.approx(4000.0)
    curve = s_curve(plan, s, costs, status, step_days=step_days)
    assert status.date() in curve.dates
    at_status = curve.pv[curve.dates.index(status.date())]
    assert at_status == pytest.approx(totals.pv)
    assert list(curve.dates) == sorted(curve.dates)
    assert list(curve.pv) == sorted(curve.pv)
    assert curve.pv[-1] == pytest.approx(16000.0)
    assert curve.ev[-1] == pytest.approx(totals.ev)
