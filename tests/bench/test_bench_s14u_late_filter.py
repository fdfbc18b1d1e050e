"""Late Tasks and leveling's summary set on a generated 100k-task plan, just scheduled.

Measured in the real window offscreen (/tmp/s12/p100k.gantry, status date mid-plan:
39,400 late tasks) on the shared 2-core box, min of 3, after an edit off the critical
path: View > Filter > Late Tasks 1.7-4.1 s -> 0.52-0.76 s as felt (the filter itself
0.14-0.28 s: it built all 100k TaskTimes, now reads the spans and builds a TaskTimes
only for the tasks started before the status date); leveling's summary set on a fresh
schedule 1.3-2.0 s -> 0.003-0.014 s. No timing is asserted.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.filters import FilterKind, TaskFilter, matching_uids
from app.domain.schedule_times import summary_uids
from app.domain.scheduler import schedule
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def plan_100k():
    return make_plan(100_000, 150_000, 3, n_resources=1000)


def test_bench_s14u_late_tasks_100k(benchmark, plan_100k):
    plan = plan_100k
    when = None

    def fresh():
        nonlocal when
        result = schedule(plan)
        when = result.start + (result.finish - result.start) / 2 + timedelta(seconds=30)
        return (plan, result, TaskFilter(FilterKind.LATE), when), {}

    found = benchmark.pedantic(matching_uids, setup=fresh, rounds=3, iterations=1)
    assert found


def test_bench_s14u_summary_set_100k(benchmark, plan_100k):
    plan = plan_100k

    def fresh():
        return (schedule(plan).times,), {}

    found = benchmark.pedantic(summary_uids, setup=fresh, rounds=3, iterations=1)
    assert len(found) == 5000


def test_bench_s14u_related_summaries_100k(benchmark, plan_100k):
    """The sheet's related summary rows of a filter matching 40 % of 100k tasks: old pass
    0.074-0.090 s, now 0.041-0.057 s (min of 5, loaded box)."""
    import random

    from app.domain.filters import with_summaries

    rng = random.Random(1)
    uids = frozenset(t.uid for t in plan_100k.tasks if rng.random() < 0.4)
    kept = benchmark.pedantic(with_summaries, args=(plan_100k.tasks, uids), rounds=5)
    assert len(kept) > len(uids)
