"""Leveling and the scheduler agree on a started task whose work left waits for its links.

A task started at 0 % (or one leveling may not pause) is booked where it is, but its
work left still waits for its predecessors (app.domain.scheduling.forward): when
leveling delays one of them, the task ends later, and its people are booked there,
free where it used to wait.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.leveling import apply_delays, level
from app.domain.link import Link
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import TaskClocks
from app.domain.task import Task
from app.domain.worktime import to_minutes

DAY = 480
MON = datetime(2027, 3, 1, 8, 0)


def _plan() -> Plan:
    """Ben: 'Held' (manual, Mon-Tue) and 'Design' (2d); Ana: 'Build' (2d, after Design,
    started Mon at 0 %) and 'Docs' (2d, no links)."""
    plan = Plan(project=Project(name="Held", start=MON))
    plan.append_task(
        Task(
            1,
            "Held",
            duration_minutes=2 * DAY,
            manual=True,
            start=MON,
            finish=datetime(2027, 3, 2, 17),
        )
    )
    plan.append_task(Task(2, "Design", duration_minutes=2 * DAY))
    plan.append_task(Task(3, "Build", duration_minutes=2 * DAY, actual_start=MON))
    plan.append_task(Task(4, "Docs", duration_minutes=2 * DAY, priority=300))
    plan.links = [Link(2, 3)]
    plan.add_resource(Resource(1, "Ben"))
    plan.add_resource(Resource(2, "Ana"))
    for k, (task, person) in enumerate(((1, 1), (2, 1), (3, 2), (4, 2)), start=1):
        plan.add_assignment(Assignment(k, task, person, 1.0, 2 * DAY))
    return plan


def test_s21os_a_held_started_task_ends_after_its_leveled_predecessor():
    plan = _plan()
    before = schedule(plan)
    # Build's work waits for Design (Mon-Tue): Wed-Thu
    assert before[3].finish == datetime(2027, 3, 4, 17)
    result = level(plan, before)
    apply_delays(plan, result.delays)
    after = schedule(plan)
    # Design waits for Ben (Wed-Thu); Build's work follows it: Fri-Mon, its start kept
    assert after[2].start == datetime(2027, 3, 3, 8)
    assert (after[3].start, after[3].finish) == (MON, datetime(2027, 3, 8, 17))
    assert TaskClocks(plan).parts(plan.task(3), after[3]) == (
        (datetime(2027, 3, 5, 8), datetime(2027, 3, 8, 17)),
    )
    for uid, (start, finish) in result.placed.items():
        assert (to_minutes(after[uid].start), to_minutes(after[uid].finish)) == (start, finish)
    # Ana's Docs fit where Build used to wait: nobody over-allocated, nothing named
    assert overallocated_resources(plan, after) == set()
    assert result.unresolved == ()
