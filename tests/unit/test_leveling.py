"""Leveling on hand-made plans gives the delays a project manager expects."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.leveling import (
    LevelingOptions,
    LevelingOrder,
    apply_delays,
    clear_delays,
    level,
    without_leveling,
)
from app.domain.link import Link
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
_BY_ROW = LevelingOptions(order=LevelingOrder.ID_ONLY)


def _plan(priorities=(500, 500, 500)) -> Plan:
    plan = Plan(project=Project(start=MON))
    for uid, (days, prio) in enumerate(zip((5, 3, 2), priorities, strict=True), start=1):
        plan.append_task(Task(uid, f"T{uid}", duration_minutes=days * DAY, priority=prio))
    plan.add_resource(Resource(1, "Ana"))
    for uid in (1, 2, 3):
        plan.add_assignment(Assignment(uid, uid, 1, 1.0, plan.task(uid).duration_minutes))
    return plan


def test_parallel_tasks_of_one_person_are_queued_by_row():
    plan = _plan()
    result = level(plan, schedule(plan))
    assert result.delays == {1: 0, 2: 5 * DAY, 3: 8 * DAY}
    assert [m.task_uid for m in result.moves] == [2, 3]
    assert result.moves[0].new_start == datetime(2026, 1, 12, 8, 0)
    assert "Delayed 2 tasks" in result.summary()


def test_higher_priority_keeps_its_place():
    plan = _plan(priorities=(500, 500, 900))
    # "Priority, Standard": priority first (the Standard order weighs slack first).
    options = LevelingOptions(order=LevelingOrder.PRIORITY_STANDARD)
    result = level(plan, schedule(plan), options=options)
    assert result.delays == {3: 0, 1: 2 * DAY, 2: 7 * DAY}


def test_do_not_level_priority_and_pinned_constraints_never_move():
    plan = _plan(priorities=(500, 1000, 500))
    result = level(plan, schedule(plan))
    assert result.delays[2] == 0
    assert result.delays[1] == 3 * DAY
    plan = _plan()
    t = plan.task(1)
    plan.update_task(
        Task(
            1,
            t.name,
            duration_minutes=t.duration_minutes,
            constraint_type=ConstraintType.MSO,
            constraint_date=MON,
        )
    )
    assert level(plan, schedule(plan)).delays[1] == 0


def test_successors_follow_a_delayed_predecessor_and_half_time_work_shares():
    plan = _plan()
    plan.append_task(Task(4, "Review", duration_minutes=DAY))
    plan.add_link(Link(2, 4))
    # By row (ID Only): the Standard order would place T2, with a successor waiting, first.
    result = level(plan, schedule(plan), options=_BY_ROW)
    # Review follows T2 through its link: no delay of its own.
    assert result.delays[4] == 0
    assert [m.task_uid for m in result.moves] == [2, 3]
    plan = _plan()
    for a in list(plan.assignments):
        plan.update_assignment(Assignment(a.uid, a.task_uid, 1, 0.5, a.work_minutes // 2))
    result = level(plan, schedule(plan))
    assert result.delays[1] == 0
    assert result.delays[2] == 0
    assert result.delays[3] == 3 * DAY  # waits for T2 to free its half at day 3


def test_no_overallocation_means_no_move():
    plan = _plan()
    plan.add_resource(Resource(2, "Ben"))
    plan.add_resource(Resource(3, "Cy"))
    plan.update_assignment(Assignment(2, 2, 2, 1.0, 3 * DAY))
    plan.update_assignment(Assignment(3, 3, 3, 1.0, 2 * DAY))
    result = level(plan, schedule(plan))
    assert result.moves == ()
    assert overallocated_resources(plan, schedule(plan)) == set()


def test_apply_and_clear_are_single_batches_that_return_what_they_replaced():
    plan = _plan()
    batches = []
    plan.changes.subscribe_batch(batches.append)
    old = apply_delays(plan, level(plan, schedule(plan)).delays)
    assert old == {2: 0, 3: 0}
    assert plan.task(3).leveling_delay_minutes == 8 * DAY
    assert batches == [True, False]
    assert without_leveling(plan).task(3).leveling_delay_minutes == 0
    assert plan.task(3).leveling_delay_minutes == 8 * DAY
    assert clear_delays(plan) == {2: 5 * DAY, 3: 8 * DAY}
    assert all(t.leveling_delay_minutes == 0 for t in plan.tasks)


def test_scheduler_honours_the_delays_and_the_overallocation_is_gone():
    plan = _plan()
    plan.append_task(Task(4, "Review", duration_minutes=DAY))
    plan.add_link(Link(3, 4))
    assert overallocated_resources(plan, schedule(plan)) == {1}
    # By row: the Standard order places T3, with 'Review' after it, first (test_s14level_order).
    result = level(plan, schedule(plan), options=_BY_ROW)
    apply_delays(plan, result.delays)
    leveled = schedule(plan)
    assert leveled[2].start == datetime(2026, 1, 12, 8, 0)
    assert leveled[3].start == datetime(2026, 1, 15, 8, 0)
    assert leveled[4].start == datetime(2026, 1, 19, 8, 0)  # follows its delayed predecessor
    assert overallocated_resources(plan, leveled) == set()
    assert [m.new_start for m in result.moves[:2]] == [leveled[2].start, leveled[3].start]


@pytest.mark.parametrize(
    "name", ["mpp/Residential-Construction.xml", "mpp/Software-Development-Plan.xml"]
)
def test_leveling_a_real_template_removes_every_overallocation(shared_data, name):
    from app import formats

    plan = formats.read_plan(shared_data / name)
    assert overallocated_resources(plan, schedule(plan))
    base = without_leveling(plan)
    result = level(base, schedule(base))
    apply_delays(plan, result.delays)
    assert overallocated_resources(plan, schedule(plan)) == set()
    assert all(
        plan.task(m.task_uid).leveling_delay_minutes == m.delay_minutes for m in result.moves
    )
