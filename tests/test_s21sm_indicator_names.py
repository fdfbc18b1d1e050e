"""The over-allocation mark names who is over-allocated on the task, as MS Project's
indicator tooltip names the resource: it said "A person on this task is over-allocated"
and left the user to find them. The first three are named, then how many more."""

from __future__ import annotations

from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.indicators import Indicator, TaskIndicators

DAY = 480
NAMES = ["Ana", "Ben", "Cleo", "Dora", "Eve"]


def _tip(people: int) -> dict[int, str]:
    plan = Plan(project=Project(name="Week", start=datetime(2027, 3, 1, 8)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Test", 1, duration_minutes=2 * DAY))
    plan.append_task(Task(3, "Alone", 1, duration_minutes=2 * DAY))
    plan.add_resource(Resource(99, "Zed"))
    plan.add_assignment(Assignment(99, 3, 99, 0.5, 2 * DAY))  # Zed half time, not over
    for uid, name in enumerate(NAMES[:people], start=1):
        plan.add_resource(Resource(uid, name))
        for task in (1, 2):
            plan.add_assignment(Assignment(uid * 10 + task, task, uid, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(98, 1, 99, 0.5, 2 * DAY))  # Zed on Build too: 100 %, no more
    ind = TaskIndicators(plan, schedule(plan))
    return {
        uid: m.tip for uid in (1, 2, 3) for m in ind.of(uid) if m.kind is Indicator.OVERALLOCATED
    }


def test_s21sm_the_mark_names_the_one_person_over_allocated():
    assert _tip(1) == {
        1: "Ana on this task is over-allocated",
        2: "Ana on this task is over-allocated",
    }


def test_s21sm_the_mark_names_two_or_three():
    assert _tip(2)[1] == "Ana and Ben on this task are over-allocated"
    assert _tip(3)[2] == "Ana, Ben and Cleo on this task are over-allocated"


def test_s21sm_past_three_the_mark_counts_the_others():
    assert _tip(4)[1] == "Ana, Ben, Cleo and 1 other on this task are over-allocated"
    assert _tip(5)[1] == "Ana, Ben, Cleo and 2 others on this task are over-allocated"
