"""Task s25sp: what the GUI thread does with a leveling at 10k tasks, part by part.

``book_update``: the cost book after 3,000 of Level Resources' delays (4,655 tasks
moved), the moved tasks' spans read one by one (as below the book's whole-column
threshold) and the whole update. ``resume``: 3,000 split tasks paused by leveling and
cleared again (app.domain.leveling_resume). Nothing timed is asserted.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.cost_book import CostBook
from app.domain.costs import compute_costs
from app.domain.events import Change
from app.domain.leveling import apply_delays, level
from app.domain.leveling_resume import LevelingDelay, with_leveling_delay
from app.domain.scheduler import IncrementalScheduler
from app.domain.splits import Split
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def leveled():
    plan = make_plan(10_000, 15_000, 3, n_resources=1000)
    scheduler = IncrementalScheduler(plan)
    delays = dict(list(level(plan, scheduler.schedule).delays.items())[:3000])
    return plan, scheduler, delays


def _applied(plan, scheduler, delays, heard: list[Change]):
    apply_delays(plan, dict.fromkeys(delays, 0))
    sched = scheduler.reschedule()
    book = CostBook(plan, sched, compute_costs(plan, sched)).warm()
    heard.clear()
    apply_delays(plan, delays)
    return book, scheduler.apply_all(list(heard)), set(scheduler.moved_uids)


def test_bench_s25sp_book_read_moved(benchmark, leveled) -> None:
    plan, scheduler, delays = leveled
    heard: list[Change] = []
    plan.changes.subscribe(heard.append)
    got: list[tuple] = []

    def setup():
        got[:] = [_applied(plan, scheduler, delays, heard)]
        return (), {}

    def run() -> None:
        book, sched, moved = got[0]
        book._read_moved(sched, moved, None, set())

    benchmark.pedantic(run, setup=setup, rounds=3, iterations=1)
    plan.changes.unsubscribe(heard.append)


def test_bench_s25sp_book_update(benchmark, leveled) -> None:
    plan, scheduler, delays = leveled
    heard: list[Change] = []
    plan.changes.subscribe(heard.append)
    got: list[tuple] = []

    def setup():
        got[:] = [_applied(plan, scheduler, delays, heard)]
        return (), {}

    def run() -> None:
        book, sched, moved = got[0]
        assert book.update(sched, list(heard), moved) is not None

    benchmark.pedantic(run, setup=setup, rounds=3, iterations=1)
    plan.changes.unsubscribe(heard.append)


def test_bench_s25sp_resume(benchmark, leveled) -> None:
    plan, _scheduler, _delays = leveled
    leaves = [t for t in plan.tasks if t.duration_minutes >= 960][:3000]
    split = [replace(t, splits=(Split(480, 240, leveling=True),)) for t in leaves]
    delay = LevelingDelay(120, (Split(240, 480),))

    def run() -> None:
        for t in split:
            with_leveling_delay(with_leveling_delay(t, delay), 0)

    benchmark.pedantic(run, rounds=5, iterations=1)
