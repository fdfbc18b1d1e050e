"""An edit that moves the project finish on a generated 100k-task plan: what the window's
readers of every row (costs, indicators, the sheet's summaries) pay for spans and the %
roll-up afterwards.

Measured in the real window offscreen (/tmp/s12/p100k.gantry, the last critical task made
longer, min of 3, loaded box): the spans and roll-up were worked out for all 100k rows
after the backward pass (0.17-0.25 s: _rolled_up 0.06-0.17 s, _compute_spans 0.06-0.08 s);
now for the rows the forward pass moved (2-50 ms). Here (pytest-benchmark, min of 5):
169 ms -> 2.8 ms. The backward pass itself (0.65-0.9 s
there) is the scheduler's and not changed here. No timing is asserted.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.schedule import ScheduleTimes
from app.domain.scheduler import IncrementalScheduler
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def scheduled():
    plan = make_plan(100_000, 150_000, 3, n_resources=1000)
    scheduler = IncrementalScheduler(plan)
    plan.changes.subscribe(scheduler.apply)
    yield plan, scheduler
    plan.changes.unsubscribe(scheduler.apply)


def _times(scheduler) -> ScheduleTimes:
    times = scheduler.schedule.times
    assert isinstance(times, ScheduleTimes)
    return times


def test_bench_s14u_spans_and_roll_up_after_a_finish_moving_edit_100k(benchmark, scheduled):
    plan, scheduler = scheduled
    columns = _times(scheduler).columns()
    flags = zip(columns.uids, columns.critical, columns.summary, columns.finish, strict=True)
    last = max(
        (finish, uid) for uid, critical, summary, finish in flags if critical and not summary
    )
    uid = last[1]
    _times(scheduler).summary_percents()

    def edit():
        finish = scheduler.schedule.finish
        task = plan.task(uid)
        plan.update_task(replace(task, duration_minutes=task.duration_minutes + 480))
        assert scheduler.schedule.finish > finish

    def read():
        times = _times(scheduler)
        times.spans()
        times.summary_percents()

    benchmark.pedantic(read, setup=edit, rounds=5, iterations=1)
