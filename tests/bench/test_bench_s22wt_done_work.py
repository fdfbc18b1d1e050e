"""Laying contoured assignments of tasks under way on a generated 10,000-task plan (200 people,
~6,300 assignments, 3,000 of them contoured on started tasks): each one's own pieces, work per
person per day, over-allocation and the assignments' dates. The work done of each such
assignment asked whether anyone on its task had actual work entered by reading every
assignment of the plan (O(n²)); the callers now find those tasks once (workload.entered_tasks).
No timing is asserted; compare runs made in the same minute (numbers in the commit that added
this file)."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from app.domain.assignment_dates import assignment_dates
from app.domain.contours import WorkContour
from app.domain.overallocation import overallocations
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.workload import _resource_calendar, entered_tasks, own_pieces, split_parts, workload
from tests.bench.generate import make_plan

N_SHAPED = 3000


def shaped_started_plan() -> Plan:
    """make_plan's 10k tasks with 3,000 assignments contoured, their tasks started at their
    scheduled start with 10-80 % done."""
    plan = make_plan(10_000, 15_000, 3, n_resources=200)
    result = schedule(plan)
    rng = random.Random(22)
    shapes = [c for c in WorkContour if c.shaped]
    working = [k for k, a in enumerate(plan.assignments) if plan.task(a.task_uid).duration_minutes]
    for k in rng.sample(working, N_SHAPED):
        a = plan.assignments[k]
        plan.assignments[k] = replace(a, contour=rng.choice(shapes))
        task = plan.task(a.task_uid)
        percent = float(rng.choice((10, 30, 50, 80)))
        start = result[task.uid].start
        plan.update_task(replace(task, actual_start=start, percent_complete=percent))
    return plan


@pytest.fixture(scope="module")
def scheduled():
    plan = shaped_started_plan()
    return plan, schedule(plan)


def test_bench_s22wt_own_pieces_of_every_contoured_assignment(benchmark, scheduled):
    plan, result = scheduled

    def lay() -> int:
        parts, cals, entered = split_parts(plan, result), {}, entered_tasks(plan)
        laid = 0
        for a in plan.assignments:
            if not a.contour.shaped:
                continue
            times = result[a.task_uid]
            cal = _resource_calendar(plan, plan.resource(a.resource_uid), cals)
            work = float(a.work_minutes or round(times.duration_minutes * a.units))
            span = parts.get(a.task_uid) or ((times.start, times.finish),)
            laid += len(own_pieces(plan, a, work, span, times, cal, entered))
        return laid

    assert benchmark.pedantic(lay, rounds=3, iterations=1) >= N_SHAPED * 10


def test_bench_s22wt_workload_of_everyone(benchmark, scheduled):
    plan, result = scheduled
    got = benchmark.pedantic(lambda: workload(plan, result), rounds=3, iterations=1)
    assert len(got.resource_uids) == 200


def test_bench_s22wt_overallocations(benchmark, scheduled):
    plan, result = scheduled
    benchmark.pedantic(lambda: overallocations(plan, result), rounds=3, iterations=1)


def test_bench_s22wt_assignment_dates(benchmark, scheduled):
    plan, result = scheduled
    got = benchmark.pedantic(lambda: assignment_dates(plan, result), rounds=3, iterations=1)
    assert len(got) == len(plan.assignments)
