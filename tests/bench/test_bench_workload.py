"""Workload and leveling speed on a generated plan: 200 people x 10,000 tasks over two years.

Targets (issue 5): workload <= 200 ms, leveling <= 2 s. Run with ``make bench``.
"""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from app.domain.costs import compute_costs
from app.domain.leveling import level
from app.domain.link import Link
from app.domain.overallocation import overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.workload import workload

N_PEOPLE = 200
N_CHAINS = 100
CHAIN = 100  # tasks per chain: 100 x ~5 days = about two years


def team_plan(seed: int = 5) -> Plan:
    """100 parallel chains of 100 tasks (1-9 days), each task staffed by one of 200 people."""
    rng = random.Random(seed)
    plan = Plan(project=Project(name="Bench", start=datetime(2026, 1, 5, 8, 0)))
    tasks: list[Task] = []
    links: list[Link] = []
    uid = 0
    for c in range(N_CHAINS):
        uid += 1
        tasks.append(Task(uid, f"Stream {c + 1}", 1))
        for k in range(CHAIN):
            uid += 1
            days = rng.randint(1, 9)
            tasks.append(Task(uid, f"Task {uid}", 2, duration_minutes=days * 480))
            if k:
                links.append(Link(uid - 1, uid))
    plan.tasks = tasks
    plan.links = links
    plan.resources = [
        Resource(r, f"Person {r}", standard_rate=float(rng.randint(40, 120)))
        for r in range(1, N_PEOPLE + 1)
    ]
    plan.assignments = [
        Assignment(t.uid, t.uid, rng.randint(1, N_PEOPLE), 1.0, t.duration_minutes)
        for t in tasks
        if t.outline_level == 2
    ]
    return plan


@pytest.fixture(scope="module")
def scheduled():
    plan = team_plan()
    return plan, schedule(plan)


def test_plan_shape(scheduled):
    plan, sched = scheduled
    assert sum(1 for t in plan.tasks if t.outline_level == 2) == N_CHAINS * CHAIN
    assert 300 < (sched.finish - sched.start).days < 1100
    assert overallocations(plan, sched)


def test_bench_workload(benchmark, scheduled):
    plan, sched = scheduled
    load = benchmark(workload, plan, sched)
    assert load.work.shape[0] == N_PEOPLE
    assert load.work.sum() == pytest.approx(sum(a.work_minutes for a in plan.assignments))


def test_bench_costs(benchmark, scheduled):
    plan, sched = scheduled
    report = benchmark(compute_costs, plan, sched)
    assert report.total_cost > 0


def test_bench_leveling(benchmark, scheduled):
    plan, sched = scheduled
    result = benchmark.pedantic(level, args=(plan, sched), rounds=3, iterations=1)
    assert result.moves


def test_bench_earned_value_and_s_curve(benchmark, scheduled):
    from dataclasses import replace

    from app.domain.baselines import snapshot
    from app.domain.earned_value import earned_value, s_curve

    plan, sched = scheduled
    costs = compute_costs(plan, sched)
    copy = replace(plan)  # baselines set on a copy keep the shared fixture untouched
    copy.baselines = {0: snapshot(plan, sched, costs, 0, sched.start)}
    status = sched.start + (sched.finish - sched.start) / 2

    def budget_view_refresh():
        return earned_value(copy, sched, costs, status), s_curve(copy, sched, costs, status)

    values, curve = benchmark(budget_view_refresh)
    assert curve.pv[-1] == pytest.approx(costs.total_cost)
    assert values
