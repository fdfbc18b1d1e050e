"""level() at 10k tasks (100 people): building its own network vs the scheduler's held one.

The window passes the network its scheduler holds (Document.network); the CLI
and tests let level() build one. ``make bench``; nothing timed is asserted.
"""

from __future__ import annotations

import pytest

from app.domain.leveling import level
from app.domain.scheduler import IncrementalScheduler
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def planned():
    plan = make_plan(10_000, 15_000, 3, n_resources=100)
    return plan, IncrementalScheduler(plan)


def test_bench_level2_builds_its_network(benchmark, planned) -> None:
    plan, scheduler = planned
    result = benchmark.pedantic(level, (plan, scheduler.schedule), rounds=5, iterations=1)
    benchmark.extra_info["moves"] = len(result.moves)


def test_bench_level2_held_network(benchmark, planned) -> None:
    plan, scheduler = planned

    def run():
        return level(plan, scheduler.schedule, network=scheduler.network)

    result = benchmark.pedantic(run, rounds=5, iterations=1)
    assert result == level(plan, scheduler.schedule)
    benchmark.extra_info["moves"] = len(result.moves)
