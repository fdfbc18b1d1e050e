"""Typing into Baseline/BaselineN cells of a 20k-task plan kept in a .gantry file.

Each typed cell used to rewrite the whole baseline in the file (20k rows deleted and put
back): 0.5-1 s a cell, more for a paste. Now only the rows that changed are written. Run
with ``make bench``; nothing timed is asserted here.

Measured on the 2 shared cores (min / mean, before -> after): one typed cell
0.33 / 0.54 s -> 0.02 / 0.08 s; a 500-cell paste (one batch) 117 / 129 s -> 2.5 / 3.3 s
(what is left: each cell's new baseline is a 20k-entry tuple, found by a linear scan).
"""

from __future__ import annotations

from datetime import datetime
from itertools import count

import pytest

from app.domain.baseline_fields import FieldRef, typed_baseline
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.scheduler import schedule
from app.store.document import GantryFile
from tests.bench.generate import make_plan

SAVED = datetime(2026, 11, 26, 8)
COST1 = FieldRef("cost", baseline=1)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    plan = make_plan(20_000, 30_000)
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 1, SAVED))
    path = tmp_path_factory.mktemp("s26bw") / "big.gantry"
    GantryFile.create(path, plan).close()
    with GantryFile.open(path) as file:
        yield file


def test_bench_one_typed_baseline_cell(benchmark, big_file):
    plan = big_file.plan
    uid = plan.tasks[10_000].uid
    amounts = count(1)

    def run():
        plan.set_baseline(typed_baseline(plan, COST1, uid, float(next(amounts))))

    benchmark.pedantic(run, rounds=5, iterations=1)
    assert plan.baselines[1].entry(uid) is not None


def test_bench_paste_500_baseline_cells(benchmark, big_file):
    plan = big_file.plan
    uids = [t.uid for t in plan.tasks[:20_000:40]]
    amounts = count(1)

    def run():
        old = plan.baselines[1]
        with plan.batch():
            for uid in uids:
                new = typed_baseline(plan, COST1, uid, float(next(amounts)))
                assert new is not None
                plan.set_baseline(new)
        return old

    def undo(old):
        with plan.batch():
            plan.set_baseline(old)

    olds = []
    benchmark.pedantic(lambda: olds.append(run()), rounds=3, iterations=1)
    assert len(uids) == 500
    undo(olds[0])
