"""How far each leveling order moves the finish on generated plans (``make bench``).

Eight 300-task plans (450 links, 3 calendars) with 5, 12 or 30 people: the
finish slip in days, summed over the plans, goes in extra_info per order, with
the time of one round. Nothing is asserted but that nobody stays
over-allocated: the figures are for comparing orders and their changes.
"""

from __future__ import annotations

import pytest

from app.domain.leveling import LevelingOptions, LevelingOrder, apply_delays, level
from app.domain.overallocation import overallocated_resources
from app.domain.scheduler import schedule
from tests.bench.generate import make_plan


def _slip(order: LevelingOrder, people: int) -> float:
    """Days the finish moves, summed over eight plans."""
    days = 0.0
    for seed in range(1, 9):
        plan = make_plan(300, 450, 3, n_resources=people, seed=seed)
        before = schedule(plan)
        result = level(plan, before, options=LevelingOptions(order))
        apply_delays(plan, result.delays)
        after = schedule(plan)
        assert overallocated_resources(plan, after) == set()
        days += (after.finish - before.finish).total_seconds() / 86400
    return round(days, 1)


@pytest.mark.parametrize("order", list(LevelingOrder), ids=[o.value for o in LevelingOrder])
@pytest.mark.parametrize("people", [5, 12, 30])
def test_bench_s14level_slip(benchmark, order, people) -> None:
    slip = benchmark.pedantic(_slip, (order, people), rounds=1, iterations=1)
    benchmark.extra_info["slip_days"] = slip
