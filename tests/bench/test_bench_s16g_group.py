"""View > Group by speed: grouping a generated 10k-task plan (20 people) by Resource, by
Critical and by Duration then Priority, with the rows listed as the sheet lists them.

The target is under 100 ms at 10k tasks. Each figure is the min of several rounds; no
timing is asserted here.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from app.domain.costs import compute_costs
from app.domain.grouping import built_in
from app.domain.grouping_rows import GROUP_KEY_FIRST, flatten, group_tasks
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from tests.bench.generate import make_plan

ROUNDS = 7


@pytest.fixture(scope="module")
def plan_10k() -> Iterator[tuple[Plan, object, object]]:
    plan = make_plan(10_000, 15_000, 3, n_resources=20)
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    gc.freeze()
    yield plan, sched, costs
    gc.unfreeze()


@pytest.mark.parametrize("name", ["resource", "critical", "duration_priority"])
def test_bench_group_10k(benchmark, plan_10k, name):
    plan, sched, costs = plan_10k
    group_by = built_in(name)
    keys: dict[tuple[str, ...], int] = {}

    def run():
        groups = group_tasks(plan, sched, group_by, costs=costs)
        return flatten(groups, lambda path: keys.setdefault(path, GROUP_KEY_FIRST + len(keys)))

    rows = benchmark.pedantic(run, rounds=ROUNDS, iterations=1)
    benchmark.extra_info["rows"] = len(rows)
    assert len(rows) > 9_000
