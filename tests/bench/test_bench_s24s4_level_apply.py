"""apply_delays with Level Resources' result on a generated 2,000-task plan (make_plan(2000,
2500, 3, n_resources=20)): 1,900 delays, 721 tasks changed (519 only delayed, 202 split too),
as the GUI thread applies them (tests/bench/test_bench_s24sp_level_apply.py times the whole
command). No timing is asserted; compare runs made in the same minute (numbers in the commit
that added this file)."""

from __future__ import annotations

import pytest

from app.domain.leveling import apply_delays, level
from app.domain.scheduler import schedule
from tests.bench.generate import make_plan


def _plan():
    return make_plan(2000, 2500, 3, n_resources=20)


@pytest.fixture(scope="module")
def delays():
    plan = _plan()
    return level(plan, schedule(plan)).delays


def test_bench_s24s4_apply_leveling_delays(benchmark, delays):
    plans = []

    def setup():
        plans[:] = [_plan()]
        # The plan's index of assignments read here: test_bench_s24s4_task_rows times it.
        plans[0].assignments_of_task(1)
        return (), {}

    old = benchmark.pedantic(lambda: apply_delays(plans[0], delays), setup=setup, rounds=8)
    assert len(delays) == 1900
    assert len(old) == 721
