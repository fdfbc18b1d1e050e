"""An edit judges over-allocation for the people it may have changed only
(``overallocated_resources(..., only=...)``): the split parts it reads are those of those
people's tasks, not every task's (27-100 ms at 100k tasks per edit), with the same answers
as judging everyone. A split task's pause frees its person, so the parts matter."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.domain.workload import split_parts
from tests.bench.generate import make_plan

DAY = 480
MON = datetime(2026, 1, 5, 8, 0)


def _plan(seed: int):
    plan = make_plan(300, 200, 2, n_resources=12, seed=seed)
    rng = random.Random(seed)
    for t in list(plan.tasks):
        if t.duration_minutes >= 2 * DAY and not plan.is_summary(t.uid) and rng.random() < 0.3:
            plan.update_task(replace(t, splits=(Split(DAY, rng.choice((DAY, 2 * DAY))),)))
    return plan


@pytest.mark.parametrize("seed", range(4))
def test_s25ov_judging_a_few_people_agrees_with_judging_all(seed):
    plan = _plan(seed)
    result = schedule(plan)
    everyone = overallocated_resources(plan, result)
    for r in plan.resources:
        assert overallocated_resources(plan, result, only={r.uid}) == everyone & {r.uid}


def test_s25ov_split_parts_of_some_tasks_are_theirs_in_the_whole_answer():
    plan = _plan(1)
    result = schedule(plan)
    whole = split_parts(plan, result)
    assert whole  # the plan has split tasks
    some = [t.uid for t in plan.tasks[::3]] + [999_999]  # an unknown uid is left out
    assert split_parts(plan, result, some) == {u: p for u, p in whole.items() if u in some}


def test_s25ov_a_pause_frees_the_person_when_judged_alone():
    """Ana on a split task and on a one-day task inside its pause: never over, judged alone
    or with everyone; without the pause read, the two would overlap at 200 %."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Split", duration_minutes=2 * DAY, splits=(Split(DAY, DAY),)))
    plan.append_task(
        Task(
            2,
            "In the pause",
            duration_minutes=DAY,
            constraint_type=ConstraintType.SNET,
            constraint_date=MON + timedelta(days=1),
        )
    )
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, DAY))
    result = schedule(plan)
    assert result[2].start == MON + timedelta(days=1) < result[1].finish
    assert overallocated_resources(plan, result, only={1}) == set()
    assert overallocated_resources(plan, result) == set()
    plan.update_task(replace(plan.task(1), splits=()))  # no pause: over
    result = schedule(plan)
    assert overallocated_resources(plan, result, only={1}) == {1}
