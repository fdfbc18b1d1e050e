"""Set Baseline on a generated plan of 100k tasks (1000 people, three calendars).

``snapshot`` runs as the window's Set Baseline does: on a schedule whose
costs were just computed (its spans read, no TaskTimes built) and, apart, on
one whose TaskTimes are all built already. Target: well under 1 s at 100k
(it was 4.3 s when every task's TaskTimes was built one at a time). Run with
``make bench``; nothing timed is asserted here.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.scheduler import schedule
from tests.bench.generate import make_plan

SAVED = datetime(2026, 11, 26, 8)


@pytest.fixture(scope="module")
def big():
    plan = make_plan(100_000, 150_000, 3, n_resources=1000)
    sched = schedule(plan)
    return plan, sched, compute_costs(plan, sched)


def test_bench_snapshot_fresh_schedule(benchmark, big):
    plan, _, costs = big
    made = []

    def setup():
        sched = schedule(plan)
        compute_costs(plan, sched)  # as the document does after every schedule
        return (sched,), {}

    def run(sched):
        made.append(snapshot(plan, sched, costs, 0, SAVED))

    benchmark.pedantic(run, setup=setup, rounds=3, iterations=1)
    assert len(made[-1].entries) == len(plan.tasks)


def test_bench_snapshot_built_times(benchmark, big):
    plan, sched, costs = big
    sched.times.complete()
    base = benchmark.pedantic(snapshot, args=(plan, sched, costs, 1, SAVED), rounds=3, iterations=1)
    assert len(base.entries) == len(plan.tasks)


def test_bench_snapshot_selected_tasks(benchmark, big):
    plan, _, costs = big
    plan.set_baseline(snapshot(plan, schedule(plan), costs, 2, SAVED))
    picked = [t.uid for t in plan.tasks[::500]]
    sched = schedule(plan)
    base = benchmark.pedantic(
        snapshot, args=(plan, sched, costs, 2, SAVED, picked), rounds=3, iterations=1
    )
    assert len(base.entries) == len(plan.tasks)
