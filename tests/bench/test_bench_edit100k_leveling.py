"""Level Resources on the big-plan tester's plan: 100k tasks, 1000 people, ~18k delays.

``compute``: level() itself (in the window it runs behind a progress dialog);
``extra_info["longest_gap_s"]`` is the longest wait between two progress
reports, i.e. how long Cancel can take. ``apply``: what the GUI thread does
with the result, as ``Document`` does it: the delays set as one change, the
incremental scheduler, then the cost book. ``make bench``; nothing timed is
asserted.
"""

from __future__ import annotations

import time

import pytest

from app.domain.cost_book import CostBook
from app.domain.costs import compute_costs
from app.domain.events import Change
from app.domain.leveling import apply_delays, level
from app.domain.scheduler import IncrementalScheduler
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def planned():
    plan = make_plan(100_000, 150_000, 3, n_resources=1000)
    scheduler = IncrementalScheduler(plan)
    return plan, scheduler


class _Gaps:
    """A progress callback keeping the longest time between two reports."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0

    def __call__(self, done: int, total: int) -> bool:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        return True


def test_bench_edit100k_leveling_compute(benchmark, planned) -> None:
    plan, scheduler = planned
    gaps = _Gaps()

    def run():
        gaps.last = time.perf_counter()
        return level(plan, scheduler.schedule, None, gaps)

    result = benchmark.pedantic(run, rounds=1, iterations=1)
    benchmark.extra_info["moves"] = len(result.moves)
    benchmark.extra_info["longest_gap_s"] = round(gaps.longest, 3)


def test_bench_edit100k_leveling_apply(benchmark, planned) -> None:
    plan, scheduler = planned
    result = level(plan, scheduler.schedule)
    heard: list[Change] = []
    plan.changes.subscribe(heard.append)
    books: list[CostBook] = []

    def setup():
        apply_delays(plan, dict.fromkeys(result.delays, 0))
        sched = scheduler.reschedule()
        books[:] = [CostBook(plan, sched, compute_costs(plan, sched))]
        heard.clear()
        return (), {}

    def run() -> None:
        apply_delays(plan, result.delays)
        sched = scheduler.apply_all(list(heard))
        if books[0].update(sched, list(heard), scheduler.moved_uids) is None:
            compute_costs(plan, sched)

    benchmark.pedantic(run, setup=setup, rounds=3, iterations=1)
    plan.changes.unsubscribe(heard.append)
