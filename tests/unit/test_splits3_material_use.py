"""A material on a split task is consumed in the task's working parts, none in the pause."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.material_use import material_by_task
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8)  # a Monday
DAY = 480


def _plan(splits: tuple[Split, ...]) -> Plan:
    """10 t of cement on 'Pour' (5 days)."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=5 * DAY, splits=splits))
    plan.add_resource(Resource(1, "Cement", type=ResourceType.MATERIAL, material_label="t"))
    plan.add_assignment(Assignment(1, 1, 1, 10.0))
    return plan


def test_no_cement_in_the_pause():
    # Mon-Tue, paused Wed-Fri, Mon-Wed of the next week.
    plan = _plan((Split(2 * DAY, 3 * DAY),))
    got = material_by_task(plan, schedule(plan), 1, date(2026, 1, 5), 14)
    assert got[1].tolist() == pytest.approx([2, 2, 0, 0, 0, 0, 0, 2, 2, 2, 0, 0, 0, 0])


def test_a_window_inside_the_pause_shows_nothing_and_one_after_it_the_second_part():
    plan = _plan((Split(2 * DAY, 3 * DAY),))
    sched = schedule(plan)
    assert material_by_task(plan, sched, 1, date(2026, 1, 7), 3) == {}
    got = material_by_task(plan, sched, 1, date(2026, 1, 12), 3)
    assert got[1].tolist() == pytest.approx([2, 2, 2])


def test_a_half_day_pause_moves_the_quantity_not_the_total():
    # Work stops Monday noon and resumes Tuesday noon: half a day's share on each of
    # them, the last half day falls on the next Monday.
    plan = _plan((Split(DAY // 2, DAY),))
    got = material_by_task(plan, schedule(plan), 1, date(2026, 1, 5), 14)
    assert got[1].sum() == pytest.approx(10.0)
    assert got[1][:8].tolist() == pytest.approx([1, 1, 2, 2, 2, 0, 0, 2])
