"""level() at 1k and 10k tasks with and without "Leveling can adjust individual assignments on a
task", on generated plans where every other task has a second person (make_plan gives one):
what trying people one by one costs. ``make bench``; nothing timed is asserted.

Measured 28 Nov (load 8-9 on 2 shared cores, process time, min of rounds): level() without
the option 0.10-0.12 s / 0.87-1.0 s at 1k / 10k before and after this change (the order the
two ran in moved it more than the change; the same delays). On these paired plans (wall
clock, min of 3): without the option 0.31 s / 2.75 s, with it 0.18 s / 4.0 s at 1k / 10k
(112 / 849 people delayed one by one: each tried on their own where the task would wait)."""

from __future__ import annotations

import pytest

from app.domain.leveling import level
from app.domain.leveling_options import LevelingOptions
from app.domain.resource import Assignment
from app.domain.scheduler import IncrementalScheduler
from tests.bench.generate import make_plan


def _paired(n: int):
    plan = make_plan(n, n * 3 // 2, 3, n_resources=max(20, n // 100))
    people = len(plan.resources)
    uid = max(a.uid for a in plan.assignments)
    for k, a in enumerate(list(plan.assignments)):
        if k % 2 == 0:
            uid += 1
            other = a.resource_uid % people + 1
            plan.assignments.append(Assignment(uid, a.task_uid, other, 1.0, a.work_minutes))
    return plan, IncrementalScheduler(plan)


@pytest.mark.parametrize("n", [1_000, 10_000])
@pytest.mark.parametrize("adjust", [False, True])
def test_bench_s30lv_level(benchmark, n: int, adjust: bool) -> None:
    plan, scheduler = _paired(n)
    options = LevelingOptions(adjust_assignments=adjust)

    def run():
        return level(plan, scheduler.schedule, network=scheduler.network, options=options)

    result = benchmark.pedantic(run, rounds=3, iterations=1)
    benchmark.extra_info["moves"] = len(result.moves)
    benchmark.extra_info["people_delayed"] = sum(m.people for m in result.moves)
