"""On random small plans (tasks of two or three people, links, priorities), leveling that adjusts
individual assignments hands back what the scheduler then does: once its delays (the tasks'
and their people's) are applied, every task it moved is where it booked its people, nobody
is over-allocated but those it names, Clear Leveling gives back the plan as it was, and a
second run on the leveled plan gives the same plan."""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from app.domain.leveling import apply_delays, clear_delays, level, without_leveling
from app.domain.leveling_options import LevelingBasis, LevelingOptions
from app.domain.link import Link
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.worktime import to_minutes

DAY = 480
OPTIONS = LevelingOptions(basis=LevelingBasis.MINUTE, adjust_assignments=True)


def _plan(seed: int) -> Plan:
    rng = random.Random(seed)
    plan = Plan(project=Project(name=f"Random {seed}", start=datetime(2026, 1, 5, 8, 0)))
    people = rng.randint(2, 4)
    for r in range(1, people + 1):
        plan.add_resource(Resource(r, f"P{r}"))
    n = rng.randint(4, 9)
    k = 0
    for uid in range(1, n + 1):
        days = rng.randint(1, 4)
        priority = rng.choice((500, 500, 700, 1000))
        plan.append_task(Task(uid, f"T{uid}", duration_minutes=days * DAY, priority=priority))
        for res in rng.sample(range(1, people + 1), rng.randint(1, min(3, people))):
            k += 1
            plan.add_assignment(Assignment(k, uid, res, 1.0, days * DAY))
    plan.links = [
        Link(a, b) for a in range(1, n) for b in range(a + 1, n + 1) if rng.random() < 0.15
    ]
    return plan


@pytest.mark.parametrize("seed", range(30))  # 23 of them delay people one by one
def test_s30lv_adjusted_leveling_agrees_with_the_scheduler(seed: int) -> None:
    plan = _plan(seed)
    original = (list(plan.tasks), list(plan.assignments))
    base = without_leveling(plan)
    result = level(base, schedule(base), options=OPTIONS)
    apply_delays(plan, result.delays)
    after = schedule(plan)
    for uid, (start, finish) in result.placed.items():
        times = after[uid]
        assert (to_minutes(times.start), to_minutes(times.finish)) == (start, finish), uid
    named = {u.resource_uid for u in result.unresolved}
    assert overallocated_resources(plan, after) <= named
    leveled = (list(plan.tasks), list(plan.assignments))
    again = without_leveling(plan)
    apply_delays(plan, level(again, schedule(again), options=OPTIONS).delays)
    assert (list(plan.tasks), list(plan.assignments)) == leveled
    clear_delays(plan)
    assert (list(plan.tasks), list(plan.assignments)) == original
