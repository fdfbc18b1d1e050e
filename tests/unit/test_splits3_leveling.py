"""Leveling sees a split task's pauses as free time: other work may fit in them."""

from __future__ import annotations

from datetime import datetime

from app.domain.leveling import LevelingOptions, apply_delays, level
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8)  # a Monday
DAY = 480


def _plan(other_days: int) -> Plan:
    """Ana on 'Pour' (5d: Mon-Tue, paused Wed-Fri, Mon-Wed) and on 'Cure' (free to move)."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=5 * DAY, splits=(Split(2 * DAY, 3 * DAY),)))
    plan.append_task(Task(2, "Cure", duration_minutes=other_days * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, other_days * DAY))
    return plan


def test_work_that_fits_in_the_pause_waits_only_for_the_first_part():
    plan = _plan(3)
    result = level(plan, schedule(plan))
    assert result.delays == {1: 0, 2: 2 * DAY}
    assert result.moves[0].new_start == datetime(2026, 1, 7, 8)  # Wednesday, in the pause
    apply_delays(plan, result.delays)
    sched = schedule(plan)
    assert sched.get(2).finish == datetime(2026, 1, 9, 17)
    assert overallocated_resources(plan, sched) == set()


def test_work_longer_than_the_pause_waits_for_the_whole_task():
    plan = _plan(4)
    # Without splits: with them, 'Cure' would do 3 days in the pause, 1 after (s15).
    result = level(plan, schedule(plan), options=LevelingOptions(split_remaining=False))
    # Four days do not fit in the three-day pause: after Pour's last part (Wed 14th).
    assert result.moves[0].new_start == datetime(2026, 1, 15, 8)
    apply_delays(plan, result.delays)
    assert overallocated_resources(plan, schedule(plan)) == set()


def test_two_split_tasks_interleave():
    """A split task moved by leveling dodges with its parts, and its own pause is free."""
    plan = Plan(project=Project(start=MON))
    for uid in (1, 2):  # Mon, paused Tue, Wed: each
        plan.append_task(
            Task(uid, f"Pour {uid}", duration_minutes=2 * DAY, splits=(Split(DAY, DAY),))
        )
    plan.add_resource(Resource(1, "Ana"))
    for uid in (1, 2):
        plan.add_assignment(Assignment(uid, uid, 1, 1.0, 2 * DAY))
    result = level(plan, schedule(plan))
    # Pour 2 moved one day works Tue, pauses Wed (while Pour 1 works) and ends Thu.
    assert result.delays == {1: 0, 2: DAY}
    apply_delays(plan, result.delays)
    sched = schedule(plan)
    assert sched.get(2).start == datetime(2026, 1, 6, 8)
    assert sched.get(2).finish == datetime(2026, 1, 8, 17)
    assert overallocated_resources(plan, sched) == set()
