"""Task s26ov: who is over-allocated on a plan of 30k finished tasks, a few of them finished on a
weekend (work on a day off). Only the people whose finished work lies wholly in their
non-working time take the full sweep; the others keep the quick one, as before finished tasks
were looked at (82d3be6 sent everyone with a finished task to the full sweep: 0.09 -> 0.43 s).
``make bench``; nothing timed is asserted."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.overallocation import OverallocationBook, overallocated_resources
from app.domain.scheduler import IncrementalScheduler
from app.domain.task_spans import task_spans
from tests.bench.generate import make_plan

_SAT = datetime(2026, 1, 10, 8, 0)


@pytest.fixture(scope="module")
def finished():
    """make_plan(60k tasks, 1000 people); its first 30k assigned leaves finished where they
    are scheduled, 10 of them (each a different person's) on a Saturday instead."""
    plan = make_plan(60_000, 90_000, 3, n_resources=1000)
    times = IncrementalScheduler(plan).schedule
    assigned = list(dict.fromkeys(a.task_uid for a in plan.assignments))[:30_000]
    row = {t.uid: k for k, t in enumerate(plan.tasks)}
    weekend = set(assigned[::3000])
    for uid in assigned:
        t = times[uid]
        start, finish = (_SAT, _SAT + timedelta(hours=9)) if uid in weekend else (t.start, t.finish)
        plan.tasks[row[uid]] = replace(
            plan.tasks[row[uid]], actual_start=start, actual_finish=finish, percent_complete=100.0
        )
    plan._index = None
    people = {a.resource_uid for a in plan.assignments if a.task_uid in weekend}
    return plan, people


def _fresh(plan):
    return (IncrementalScheduler(plan).schedule,), {}


def test_bench_s26ov_overallocated_resources(benchmark, finished) -> None:
    plan, people = finished
    got = benchmark.pedantic(
        lambda s: overallocated_resources(plan, s), setup=lambda: _fresh(plan), rounds=3
    )
    assert len(got) > 0  # the plan's own clashes at least (the weekend people: tests/unit)
    benchmark.extra_info["weekend_people_flagged"] = len(people & got)


def test_bench_s26ov_overallocated_resources_of_an_edit(benchmark, finished) -> None:
    """An edit judges its moved tasks' people only (the cost book's call): 20 people."""
    plan, _people = finished
    only = {r.uid for r in plan.resources[:20]}

    def fresh():
        schedule = IncrementalScheduler(plan).schedule
        return (schedule, task_spans(schedule, (a.task_uid for a in plan.assignments))), {}

    benchmark.pedantic(
        lambda s, spans: overallocated_resources(plan, s, spans, only=only),
        setup=fresh,
        rounds=5,
    )


def test_bench_s26ov_book_update(benchmark, finished) -> None:
    """The Team view's book sweeping everyone on a fresh schedule."""
    plan, _people = finished
    benchmark.pedantic(
        lambda s: OverallocationBook(plan).update(s, None), setup=lambda: _fresh(plan), rounds=3
    )
