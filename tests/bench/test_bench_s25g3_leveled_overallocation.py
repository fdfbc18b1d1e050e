"""Task s25g3: over-allocation and leveling's off-time naming on a fresh schedule of a leveled
plan (10k tasks, split tasks, a third of them manual), where their people take the full sweep
and every assignment's span is read. ``make bench``; nothing timed is asserted."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.leveling import apply_delays, level
from app.domain.leveling_off_time import off_time_named
from app.domain.overallocation import overallocated_resources
from app.domain.scheduler import IncrementalScheduler
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def leveled():
    plan = make_plan(10_000, 15_000, 3, n_resources=1000)
    result = level(plan, IncrementalScheduler(plan).schedule)
    apply_delays(plan, result.delays)
    leaves = [k for k, t in enumerate(plan.tasks) if t.outline_level == 2]
    for k in leaves[::3]:
        plan.tasks[k] = replace(plan.tasks[k], manual=True)
    plan._index = None
    return plan, result


def _fresh(plan):
    return (IncrementalScheduler(plan).schedule,), {}


def test_bench_s25g3_overallocated_resources(benchmark, leveled) -> None:
    plan, _result = leveled
    benchmark.pedantic(
        lambda s: overallocated_resources(plan, s), setup=lambda: _fresh(plan), rounds=3
    )


def test_bench_s25g3_off_time_named(benchmark, leveled) -> None:
    plan, result = leveled
    benchmark.pedantic(
        lambda s: off_time_named(plan, s, result, None), setup=lambda: _fresh(plan), rounds=3
    )
