"""A priority 1000 task is never leveled, in any order: the others move around it.

MS Project's ID Only order delays the task on the later row first, but never one
of priority 1000 (do not level): the exploratory tester's T1, T2 (T2 at 1000)
left Ana over-allocated with 'T1 holds Ana then (placed first)'.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.leveling import LevelingOptions, LevelingOrder, apply_delays, level
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan(priorities: list[int]) -> Plan:
    """Tasks T1.. of 5 days each, all Ana's, at the given priorities."""
    plan = Plan(project=Project(start=MON))
    plan.add_resource(Resource(1, "Ana"))
    for uid, priority in enumerate(priorities, start=1):
        plan.append_task(Task(uid, f"T{uid}", duration_minutes=5 * DAY, priority=priority))
        plan.add_assignment(Assignment(uid, uid, 1, 1.0, 5 * DAY))
    return plan


@pytest.mark.parametrize("order", list(LevelingOrder))
def test_s21lv_priority_1000_stays_and_the_others_move(order: LevelingOrder) -> None:
    plan = _plan([500, 1000, 500])
    result = level(plan, schedule(plan), options=LevelingOptions(order=order))
    assert not result.delays.get(2)
    assert not result.unresolved
    apply_delays(plan, result.delays)
    after = schedule(plan)
    assert overallocated_resources(plan, after) == set()
    assert after[2].start == MON  # T2 keeps its place; T1 and T3 wait


def test_s21lv_id_only_still_delays_the_later_row_first() -> None:
    plan = _plan([500, 500])
    result = level(plan, schedule(plan), options=LevelingOptions(order=LevelingOrder.ID_ONLY))
    assert {uid for uid, d in result.delays.items() if d} == {2}
