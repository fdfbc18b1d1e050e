"""Each task's assignments on a generated plan of 10,000 tasks and 20,000 assignments:
Plan.assignments_of_task walked all 20,000 per call, and its callers ask once per task or
per assignment (a task's clock for every task Update Project moves, app/domain/task_clock.py;
whether anyone on an assignment's task entered actual work, app/domain/cost_pricing.py;
the people of a task whose assignment is reshaped, app/domain/assignment_work.py). It now
answers from the plan's index of each task's rows (app/domain/task_assignments.py). No
timing is asserted; compare runs made in the same minute (numbers in the commit that added
this file)."""

from __future__ import annotations

import random

import pytest

from app.domain.cost_pricing import cost_of_assignment
from app.domain.plan import Plan
from app.domain.resource import Assignment
from app.domain.scheduler import schedule
from app.domain.task_clock import TaskClock
from tests.bench.generate import make_plan

N_ASSIGNMENTS = 20_000


def staffed_plan() -> Plan:
    """make_plan's 10k tasks and 200 people, with more people on the tasks that have work
    until the plan holds 20,000 assignments."""
    plan = make_plan(10_000, 15_000, 3, n_resources=200)
    rng = random.Random(23)
    working = [t for t in plan.tasks if t.duration_minutes and not plan.is_summary(t.uid)]
    uid = max(a.uid for a in plan.assignments)
    taken = {(a.task_uid, a.resource_uid) for a in plan.assignments}
    while len(plan.assignments) < N_ASSIGNMENTS:
        task, person = rng.choice(working), rng.randint(1, 200)
        if (task.uid, person) in taken:
            continue
        taken.add((task.uid, person))
        uid += 1
        plan.assignments.append(Assignment(uid, task.uid, person, 0.5, task.duration_minutes))
    return plan


@pytest.fixture(scope="module")
def staffed():
    plan = staffed_plan()
    return plan, schedule(plan)


def test_bench_s23su_assignments_of_every_task(benchmark, staffed):
    plan, _ = staffed

    def ask() -> int:
        return sum(len(plan.assignments_of_task(t.uid)) for t in plan.tasks)

    assert benchmark.pedantic(ask, rounds=3, iterations=1) == N_ASSIGNMENTS


def test_bench_s23su_clock_of_every_task(benchmark, staffed):
    plan, _ = staffed

    def clocks() -> int:
        return len([TaskClock.of(plan, t.uid) for t in plan.tasks])

    assert benchmark.pedantic(clocks, rounds=3, iterations=1) == len(plan.tasks)


def test_bench_s23su_cost_of_every_assignment(benchmark, staffed):
    plan, result = staffed
    resource = plan.resource

    def price() -> float:
        return sum(
            cost_of_assignment(plan, result, a, resource(a.resource_uid)).cost
            for a in plan.assignments
        )

    assert benchmark.pedantic(price, rounds=3, iterations=1) > 0
