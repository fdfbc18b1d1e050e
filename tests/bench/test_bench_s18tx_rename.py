"""Replace All renaming 6,560 of 10k tasks (every name without a '1'), as the scheduler
hears it: one change of those tasks, which moves no date. No timing is asserted."""

from __future__ import annotations

from dataclasses import replace

from app.domain.events import Change, ChangeKind, Entity
from app.domain.scheduler import IncrementalScheduler
from tests.bench.generate import make_plan


def test_bench_s18tx_rename_6560_of_10k(benchmark):
    plan = make_plan(10_000, 15_000, 3)
    inc = IncrementalScheduler(plan)
    rows = [i for i, t in enumerate(plan.tasks) if "1" not in t.name]
    names = [(plan.tasks[i].name, f"Job {plan.tasks[i].uid}") for i in rows]
    change = Change(Entity.TASK, ChangeKind.CHANGED, tuple(plan.tasks[i].uid for i in rows))
    state = {"k": 0}

    def rename_all():  # the plan's part, not measured
        state["k"] ^= 1
        for i, pair in zip(rows, names, strict=True):
            plan.tasks[i] = replace(plan.tasks[i], name=pair[state["k"]])
        return ([change],), {}

    result = benchmark.pedantic(inc.apply_all, setup=rename_all, rounds=8)
    assert len(rows) == 6560
    assert inc.full_runs == 1
    assert inc.moved_uids == frozenset()
    assert len(result.times) == 10_000
