"""The Cash Flow of a generated 10k-task plan with a baseline, by week down to level 2 and
by month at the top level (what File > Cash Flow… works out behind its progress dialog).
It was 15 s by week at 10k tasks while each column was summed apart; about 1.5 s since.
Run with ``make bench``; nothing timed is asserted here."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.cash_flow import CashPeriod, cash_flow
from app.domain.costs import compute_costs
from app.domain.scheduler import schedule
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def costed():
    plan = make_plan(10_000, 12_000, 1, n_resources=200)
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, datetime(2026, 1, 1)))
    return plan, sched, compute_costs(plan, sched)


@pytest.mark.parametrize(("period", "level"), [(CashPeriod.WEEK, 2), (CashPeriod.MONTH, 1)])
def test_bench_s26cf_cash_flow_10k(benchmark, costed, period, level):
    plan, sched, costs = costed
    flow = benchmark.pedantic(
        cash_flow, args=(plan, sched, costs, period, level), rounds=3, iterations=1
    )
    assert flow.total == pytest.approx(costs.total_cost)
