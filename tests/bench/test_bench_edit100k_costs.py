"""Typing one duration on a 100k-task plan: what the window spends after the edit.

The plan of the big-plan tester: 100k tasks, 150k links, three calendars and
1000 people on two thirds of the tasks. Each round edits a staffed task's
duration and brings schedule and costs up to date as ``Document.reschedule``
does: the incremental scheduler, then the cost book (only what moved is
costed again; ``compute_costs`` from scratch took ~1 s of each edit before).
``test_bench_edit100k_full_costing`` is that old price, for comparison.
``make bench``; nothing timed is asserted.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import count

import pytest

from app.domain.cost_book import CostBook
from app.domain.costs import compute_costs
from app.domain.events import Change
from app.domain.plan import Plan
from app.domain.scheduler import IncrementalScheduler
from tests.bench.generate import make_plan


class _Kept:
    """Plan, scheduler and cost book kept current as the Document keeps them."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.scheduler = IncrementalScheduler(plan)
        sched = self.scheduler.schedule
        self.book = CostBook(plan, sched, compute_costs(plan, sched))
        self.pending: list[Change] = []
        plan.changes.subscribe(self._heard)

    def _heard(self, change: Change) -> None:
        self.pending.append(change)

    def settle(self, full: bool = False) -> None:
        pending, self.pending = self.pending, []
        sched = self.scheduler.apply_all(pending)
        if full or self.book.update(sched, pending, self.scheduler.moved_uids) is None:
            self.book = CostBook(self.plan, sched, compute_costs(self.plan, sched))


@pytest.fixture(scope="module")
def kept() -> _Kept:
    return _Kept(make_plan(100_000, 150_000, 3, n_resources=1000))


def _staffed(plan: Plan) -> list[int]:
    return sorted({a.task_uid for a in plan.assignments})


def _edit_duration(kept: _Kept, uid: int, n: int) -> None:
    plan = kept.plan
    task = plan.task(uid)
    plan.update_task(replace(task, duration_minutes=task.duration_minutes + 480 * (1 + n % 3)))


def test_bench_edit100k_duration_edit(benchmark, kept) -> None:
    staffed = _staffed(kept.plan)
    n = count()

    def run() -> None:
        k = next(n)
        _edit_duration(kept, staffed[(k * 997) % len(staffed)], k)
        kept.settle()

    benchmark.pedantic(run, rounds=5, iterations=1)
    benchmark.extra_info["total_cost"] = kept.book.report.total_cost


def test_bench_edit100k_full_costing(benchmark, kept) -> None:
    staffed = _staffed(kept.plan)
    n = count(100)

    def run() -> None:
        k = next(n)
        _edit_duration(kept, staffed[(k * 991) % len(staffed)], k)
        kept.settle(full=True)

    benchmark.pedantic(run, rounds=3, iterations=1)
