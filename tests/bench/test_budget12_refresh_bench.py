"""The Budget view after an edit at 100k tasks with a baseline (1000 people, three calendars).

``edit``: % complete of one task typed, the view refreshed (earned value, cards, S-curve).
The S-curve's planned spans are kept between edits (SCurveCache) and the outline is the
tree's (no ``Plan.parent_uids()``): the curve took 0.4-0.6 s per edit, ~0.1 s now.
``curve``: the S-curve alone, kept and from scratch. ``make bench``; nothing timed is asserted.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.earned_value import SCurveCache, s_curve
from app.ui.budget.view import BudgetView
from app.ui.document import Document
from tests.bench.generate import make_plan

STATUS = datetime(2026, 9, 1, 17)


@pytest.fixture(scope="module")
def view(qapp):
    doc = Document(make_plan(100_000, 150_000, 3, n_resources=1000))
    doc.plan.set_baseline(snapshot(doc.plan, doc.schedule, doc.costs, 0, datetime(2026, 1, 1)))
    widget = BudgetView(doc, clock=lambda: STATUS)
    widget.resize(1400, 800)
    widget.show()
    qapp.processEvents()
    yield widget
    widget.close()


def test_bench_budget12_edit(benchmark, view, qapp) -> None:
    plan = view.document.plan
    leaves = [t.uid for t in plan.tasks if not plan.is_summary(t.uid)][:50]
    rounds = iter(range(len(leaves)))

    def run() -> None:
        uid = leaves[next(rounds)]
        plan.update_task(replace(plan.task(uid), percent_complete=40.0))
        qapp.processEvents()

    benchmark.pedantic(run, rounds=5, iterations=1)


@pytest.mark.parametrize("kept", [True, False], ids=["kept", "fresh"])
def test_bench_budget12_curve(benchmark, view, kept) -> None:
    doc = view.document
    cache = SCurveCache() if kept else None
    parents = view.model.parents if kept else None

    def run() -> None:
        s_curve(doc.plan, doc.schedule, doc.costs, STATUS, parents=parents, cache=cache)

    benchmark.pedantic(run, rounds=5, iterations=1)
