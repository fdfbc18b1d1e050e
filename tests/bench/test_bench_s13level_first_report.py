"""The first level() on a fresh 100k schedule: its whole time, its first report, its longest gap.

A fresh schedule has built no TaskTimes; Level Resources used to read them all
(~1 s) before its first report. ``make bench``; nothing timed is asserted:
the gaps go in extra_info (seconds).
"""

from __future__ import annotations

import time
from itertools import pairwise

import pytest

from app.domain.leveling import level
from app.domain.scheduler import IncrementalScheduler
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def planned():
    plan = make_plan(100_000, 150_000, 3, n_resources=1000)
    return plan, IncrementalScheduler(plan)


def test_bench_s13level_fresh_schedule(benchmark, planned) -> None:
    plan, scheduler = planned
    gaps: list[float] = []
    firsts: list[float] = []

    def fresh():
        return (IncrementalScheduler(plan).schedule,), {}

    def run(schedule):
        marks = [time.perf_counter()]

        def progress(done: int, total: int) -> bool:
            marks.append(time.perf_counter())
            return True

        result = level(plan, schedule, None, progress, scheduler.network)
        firsts.append(marks[2] - marks[0])  # 'started', then the bar's first step
        gaps.append(max(b - a for a, b in pairwise(marks)))
        return result

    result = benchmark.pedantic(run, setup=fresh, rounds=3, iterations=1)
    benchmark.extra_info["moves"] = len(result.moves)
    benchmark.extra_info["first_report_s"] = round(min(firsts), 3)
    benchmark.extra_info["longest_gap_s"] = round(min(gaps), 3)
