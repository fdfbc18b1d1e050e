"""Costing a generated plan as the open does: right after scheduling, nothing read yet.

``compute_costs`` runs on a schedule fresh from the scheduler (its times not
yet built, as in app.ui.document.schedule_plan) and, apart, on one whose
times are all built (an edit's reschedule, or a reader before it). Plans:
10k and 100k tasks, two thirds of them staffed by 50 people, three
calendars. Targets (costs task): 10k under 50 ms, 100k well under 1 s.
``extra_info["longest_gap_s"]`` is the longest time between two progress
reports: how long Cancel can wait. Run with ``make bench``; nothing timed is
asserted here.
"""

from __future__ import annotations

import time

import pytest

from app.domain.costs import compute_costs
from app.domain.overallocation import overallocated_resources
from app.domain.scheduler import schedule
from tests.bench.generate import make_plan

SIZES = {"10k": 10_000, "100k": 100_000}
ROUNDS = {"10k": 9, "100k": 3}


@pytest.fixture(scope="module", params=list(SIZES))
def sized(request):
    n = SIZES[request.param]
    plan = make_plan(n, n * 3 // 2, 3, n_resources=50)
    return request.param, plan


class _Clock:
    """A progress callback that keeps the longest time between two reports."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.reports = 0

    def __call__(self, done: int, total: int) -> bool:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.reports += 1
        return True


def test_bench_costs_fresh_schedule(benchmark, sized):
    size, plan = sized
    reports = []

    def setup():
        return (plan, schedule(plan)), {}

    def run(plan, sched):
        report = compute_costs(plan, sched)
        reports.append(report)

    benchmark.pedantic(run, setup=setup, rounds=ROUNDS[size], iterations=1)
    report = reports[-1]
    assert report.total_work_minutes == sum(
        a.work_minutes for a in plan.assignments if plan.task(a.task_uid).active
    )
    assert len(report.assignments) == len(plan.assignments)


def test_bench_costs_built_times(benchmark, sized):
    size, plan = sized
    sched = schedule(plan)
    sched.times.complete()
    report = benchmark.pedantic(
        compute_costs, args=(plan, sched), rounds=ROUNDS[size], iterations=1
    )
    assert report.total_cost > 0


def test_bench_costs_with_progress(benchmark, sized):
    size, plan = sized
    clocks: list[_Clock] = []

    def setup():
        clock = _Clock()
        clocks.append(clock)
        return (plan, schedule(plan), clock), {}

    def run(plan, sched, clock):
        clock.last = time.perf_counter()
        compute_costs(plan, sched, progress=clock)

    benchmark.pedantic(run, setup=setup, rounds=ROUNDS[size], iterations=1)
    benchmark.extra_info["longest_gap_s"] = round(min(c.longest for c in clocks), 4)
    benchmark.extra_info["reports"] = clocks[-1].reports
    assert clocks[-1].reports > 2


def test_bench_overallocated_resources(benchmark, sized):
    size, plan = sized
    sched = schedule(plan)
    sched.times.complete()
    over = benchmark.pedantic(
        overallocated_resources, args=(plan, sched), rounds=ROUNDS[size], iterations=1
    )
    assert over  # 50 people on 66k tasks: everyone is double-booked somewhere
