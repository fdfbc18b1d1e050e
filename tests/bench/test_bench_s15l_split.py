"""level() at 10k tasks (100 people) with and without splits in remaining work.

With the option on, a task that would wait whole is laid in parts around the clash when
that finishes earlier (app.domain.leveling_split): one sweep of its people's free time
per such task. ``make bench``; nothing timed is asserted.
"""

from __future__ import annotations

import pytest

from app.domain.leveling import LevelingOptions, level
from app.domain.scheduler import IncrementalScheduler
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def planned():
    plan = make_plan(10_000, 15_000, 3, n_resources=100)
    return plan, IncrementalScheduler(plan)


@pytest.mark.parametrize("splits", [False, True], ids=["no-splits", "splits"])
def test_bench_s15l_level(benchmark, planned, splits) -> None:
    plan, scheduler = planned
    options = LevelingOptions(split_remaining=splits)

    def run():
        return level(plan, scheduler.schedule, network=scheduler.network, options=options)

    result = benchmark.pedantic(run, rounds=5, iterations=1)
    benchmark.extra_info["moves"] = len(result.moves)
    benchmark.extra_info["split"] = sum(1 for m in result.moves if m.split)
    assert (benchmark.extra_info["split"] > 0) is splits
