"""Reading every task's times after an edit at 20k tasks, the way the window's readers do.

``columns`` after an edit off the critical path reuses the columns the schedule before had
worked out (only the moved rows again); ``columns_fresh`` works them out whole (a full
schedule, or an edit that moved the project finish); ``complete`` builds every TaskTimes,
what a reader of ``items()`` pays. ``filter_critical`` is View > Filter > Critical after an
edit. No timing is asserted; compare the figures (min of the rounds).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.filters import FilterKind, TaskFilter, matching_uids
from app.domain.plan import Plan
from app.domain.schedule import ScheduleTimes
from app.domain.scheduler import IncrementalScheduler
from tests.bench.generate import make_plan

ROUNDS = 7
N = 20_000


@pytest.fixture(scope="module")
def plan_20k() -> Plan:
    return make_plan(N, N * 3 // 2, 3, n_resources=100)


def _off_critical(scheduler: IncrementalScheduler, plan: Plan) -> list[int]:
    times = scheduler.schedule.times
    return [
        t.uid
        for t in plan.tasks
        if not plan.is_summary(t.uid) and times[t.uid].total_slack_minutes > 9600
    ][: ROUNDS * 3]


def _times(scheduler: IncrementalScheduler) -> ScheduleTimes:
    times = scheduler.schedule.times
    assert isinstance(times, ScheduleTimes)
    return times


@pytest.mark.parametrize("read", ["columns", "columns_fresh", "complete", "filter_critical"])
def test_bench_every_row_after_an_edit_20k(benchmark, plan_20k, read):
    plan = plan_20k
    scheduler = IncrementalScheduler(plan)
    plan.changes.subscribe(scheduler.apply)
    uids = iter(_off_critical(scheduler, plan))
    _times(scheduler).columns()  # as after the first read of the session

    def edit() -> None:
        task = plan.task(next(uids))
        plan.update_task(replace(task, duration_minutes=task.duration_minutes + 60))
        if read == "columns_fresh":
            scheduler.reschedule()

    def run() -> None:
        times = _times(scheduler)
        if read in ("columns", "columns_fresh"):
            times.columns()
        elif read == "complete":
            times.complete()
        else:
            matching_uids(plan, scheduler.schedule, TaskFilter(FilterKind.CRITICAL))

    benchmark.pedantic(run, setup=edit, rounds=ROUNDS, iterations=1)
    plan.changes.unsubscribe(scheduler.apply)
