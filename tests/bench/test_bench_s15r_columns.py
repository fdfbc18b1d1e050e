"""Every row's values read from a fresh schedule (``make bench``): what
scheduling/whole_columns.py and percent_roll.py work out for the JSON of
``gantry schedule``, costing, filters and sorts, at 10k and 100k tasks.

Each round reads a schedule nobody read before (its columns are computed once
and kept), so the setup schedules the plan again; only the read is timed. No
timed asserts: pytest-benchmark reports the figures.
"""

from __future__ import annotations

import pytest

from app.domain.schedule import ScheduleTimes
from app.domain.scheduler import schedule
from tests.bench.generate import make_plan


@pytest.fixture(scope="module", params=[10_000, 100_000], ids=["10k", "100k"])
def plan(request):
    n = request.param
    return make_plan(n, n * 3 // 2, 3)


def _fresh_times(plan) -> ScheduleTimes:
    times = schedule(plan).times
    assert isinstance(times, ScheduleTimes)
    return times


@pytest.mark.parametrize("percent", [True, False], ids=["with-percent", "no-percent"])
def test_columns_of_a_fresh_schedule(benchmark, plan, percent):
    """Slack of every row and link, critical flags, spans (and the % roll-up)."""

    def setup():
        return (_fresh_times(plan),), {}

    columns = benchmark.pedantic(
        lambda times: times.columns(percent=percent), setup=setup, rounds=7, iterations=1
    )
    assert columns is not None
    assert len(columns.uids) == len(plan.tasks)
    assert any(columns.critical)


def test_spans_of_a_fresh_schedule(benchmark, plan):
    """Start, finish and duration of every row, without slack (what costing reads)."""

    def setup():
        return (_fresh_times(plan),), {}

    spans = benchmark.pedantic(lambda times: times.spans(), setup=setup, rounds=7, iterations=1)
    assert spans is not None
    assert len(spans.uids) == len(plan.tasks)
