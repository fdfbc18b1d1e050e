"""Task s25sp: the Indicators cell's paint role and Plan.update_tasks at 10k tasks.

``indicators_paint``: every row's IndicatorsRole read once under a fresh schedule
(what painting reads; the tooltips' sentences are written only on hover).
``update_tasks``: Level Resources hands every task back, one in seven delayed, and
the undo hands the old ones back. Nothing timed is asserted.
"""

from __future__ import annotations

import types
from dataclasses import replace

import pytest

from app.domain.costs import compute_costs
from app.domain.scheduler import schedule
from app.ui.models.indicators import IndicatorCells, IndicatorsRole
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def plan10k():
    return make_plan(10_000, 15_000, 3, n_resources=100)


def test_bench_s25sp_indicators_paint(benchmark, qapp, plan10k) -> None:
    sched = schedule(plan10k)
    doc = types.SimpleNamespace(plan=plan10k, schedule=sched, costs=compute_costs(plan10k, sched))
    uids = [t.uid for t in plan10k.tasks]

    def run() -> IndicatorCells:
        cells = IndicatorCells(doc)
        for uid in uids:
            cells.data(uid, IndicatorsRole)
        return cells

    cells = benchmark.pedantic(run, rounds=5, iterations=1)
    cells._watched.changes.unsubscribe(cells._on_plan_changed, cells._on_plan_changing)


def test_bench_s25sp_update_tasks(benchmark, plan10k) -> None:
    handed = list(plan10k.tasks)
    for k in range(1, len(handed), 7):
        handed[k] = replace(handed[k], leveling_delay_minutes=handed[k].leveling_delay_minutes + 60)

    def run() -> None:
        plan10k.update_tasks(plan10k.update_tasks(handed))

    benchmark.pedantic(run, rounds=5, iterations=1)
