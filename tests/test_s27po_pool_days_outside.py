"""Usage view with other plans' work: a day after the last period (or before the first)
belongs to no column. Days over-allocated after the axis turned the last period's cell red
and their work went into its tip."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np

from app.domain.plan import Plan
from app.domain.pool_load import PoolPlan, other_plans_over, other_plans_work
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduling.run import schedule_only
from app.domain.task import Task
from app.domain.usage_periods import Periods, Scale

DAY = 480
MON = date(2026, 1, 5)


def _plan(start: date) -> Plan:
    """Ana full time on a two-week task from ``start``."""
    plan = Plan(project=Project(start=datetime(start.year, start.month, start.day, 8)))
    plan.append_task(Task(1, "Work", duration_minutes=10 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * DAY))
    return plan


def _weeks(n: int) -> Periods:
    starts = tuple(MON + timedelta(days=7 * k) for k in range(n))
    return Periods(Scale.WEEKS, starts, np.arange(n + 1, dtype=np.int64) * 7)


def test_s27po_over_days_after_the_axis_are_in_no_column():
    here = _plan(MON)  # weeks 1 and 2
    there = _plan(MON + timedelta(days=7))  # weeks 2 and 3: over in week 2 only
    others = [PoolPlan("clientC", there, schedule_only(there))]
    ana = here.resources[0]
    sched = schedule_only(here)
    two = other_plans_over(here, sched, [ana], _weeks(2), others)
    assert two.tolist() == [[False, True]]
    one = other_plans_over(here, sched, [ana], _weeks(1), others)
    assert one.tolist() == [[False]]  # week 2's over days were drawn in week 1's cell
    [(label, work)] = other_plans_work(here, sched, ana, _weeks(2), others)
    assert label == "clientC"
    assert work.tolist() == [0.0, 5 * DAY]
    [(_label, week1)] = other_plans_work(here, sched, ana, _weeks(1), others)
    assert week1.tolist() == [0.0]  # week 2's work was in week 1's tip
