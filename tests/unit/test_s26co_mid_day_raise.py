"""Usage's cost per day pays the hours after a mid-day raise at the new rate, from that hour
(as the task's cost does), not from the next day."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.cli.usage_table import usage_tree
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage import Scale
from app.domain.usage_bookings import Bookings
from app.domain.usage_detail_rows import Detail
from app.domain.usage_details import UsageDetails
from app.domain.usage_tree import RowKind

MON = datetime(2026, 1, 5, 8)
DAY = 480


def _costs_by_day(raise_at: datetime, days: int = 2) -> tuple[float, list[float]]:
    """Ana (50/h, 100/h from ``raise_at``) works ``days`` full days from Monday."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Build", 1, duration_minutes=days * DAY))
    table = (RateEntry(None, 50.0), RateEntry(raise_at, 100.0))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0, rate_tables=(table,)))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, days * DAY))
    sched = schedule(plan)
    report = compute_costs(plan, sched)
    tree = usage_tree(plan, sched, False)
    details = UsageDetails(tree, tree.usage.periods(Scale.DAYS), report, Bookings(plan, sched))
    row = tree.kind.index(RowKind.ASSIGNMENT)
    return report.task_cost[1], [float(v) for v in details.values(row, Detail.COST) if v]


def test_s26co_a_raise_at_one_pm_prices_the_afternoon_at_the_new_rate():
    # Tue 13:00: Mon 8h x 50, Tue 4h x 50 + 4h x 100
    total, days = _costs_by_day(datetime(2026, 1, 6, 13))
    assert total == pytest.approx(1000.0)
    assert days == [pytest.approx(400.0), pytest.approx(600.0)]


def test_s26co_a_raise_on_the_first_morning_and_a_day_boundary():
    # Mon 10:00 of a 1-day task: 2h x 50 + 6h x 100 (the day was all old rate before)
    total, days = _costs_by_day(datetime(2026, 1, 5, 10), days=1)
    assert total == pytest.approx(700.0)
    assert days == [pytest.approx(700.0)]
    # midnight into Tuesday: the whole of Tuesday at the new rate, as before
    total, days = _costs_by_day(datetime(2026, 1, 6))
    assert days == [pytest.approx(400.0), pytest.approx(800.0)]
