"""The usage table built from the one before an edit equals one built from scratch.

build_usage(previous=...) reuses how each unchanged assignment lies over days; any
edit that moves a task, changes an assignment, a person or a calendar must show.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest

from app.domain.contours import WorkContour
from app.domain.scheduler import schedule
from app.domain.usage import Scale, build_usage
from app.domain.vacations import add_vacation
from tests.bench.generate import make_plan


def _same(a, b) -> None:
    assert a.first_day == b.first_day
    assert a.n_days == b.n_days
    np.testing.assert_allclose(a.assignment_total, b.assignment_total)
    np.testing.assert_allclose(a.resource_total, b.resource_total)
    np.testing.assert_allclose(a.task_total, b.task_total)
    for scale in Scale:
        periods = a.periods(scale)
        assert periods.starts == b.periods(scale).starts
        for row in range(len(a.resources)):
            np.testing.assert_allclose(
                a.resource_values(row, periods, 0, None), b.resource_values(row, periods, 0, None)
            )
        np.testing.assert_array_equal(a.overallocated(periods), b.overallocated(periods))


def _edit(plan, rng: random.Random) -> None:
    kind = rng.choice(["duration", "units", "vacation", "start", "person"])
    leaves = [t for t in plan.tasks if not plan.is_summary(t.uid)]
    if kind == "duration":
        t = rng.choice(leaves)
        plan.update_task(replace(t, duration_minutes=t.duration_minutes + 480 * rng.randint(1, 4)))
    elif kind == "units" and plan.assignments:
        a = rng.choice(plan.assignments)
        plan.update_assignment(replace(a, units=a.units / 2, work_minutes=a.work_minutes // 2))
    elif kind == "vacation" and plan.resources:
        r = rng.choice(plan.resources)
        day = date(2026, 1, 12) + timedelta(days=rng.randint(0, 60))
        add_vacation(plan, r.uid, day, day + timedelta(days=3))
    elif kind == "start":
        p = plan.project
        plan.set_project(replace(p, start=p.start + timedelta(days=rng.choice((-7, 7)))))
    elif plan.resources:
        r = rng.choice(plan.resources)
        plan.update_resource(replace(r, max_units=r.max_units / 2))


@pytest.mark.parametrize("seed", range(6))
def test_a_table_built_on_the_previous_one_equals_a_fresh_one(seed) -> None:
    plan = make_plan(300, 400, 2, n_resources=12, seed=seed)
    rng = random.Random(seed)
    usage = build_usage(plan, schedule(plan))
    for _ in range(6):
        _edit(plan, rng)
        sched = schedule(plan)
        usage = build_usage(plan, sched, usage)
        _same(usage, build_usage(plan, sched))


def test_an_unchanged_plan_reuses_every_assignment() -> None:
    """Assignments laid one by one (here contoured ones; flat ones are laid together in
    arrays) are taken from the table before when nothing they depend on changed."""
    plan = make_plan(200, 250, 1, n_resources=8)
    for a in list(plan.assignments)[::3]:
        plan.update_assignment(replace(a, contour=WorkContour.BELL))
    sched = schedule(plan)
    first = build_usage(plan, sched)
    again = build_usage(plan, sched, first)
    assert len(first._memo) >= len(plan.assignments) // 3
    assert all(again._memo[u].spreads is first._memo[u].spreads for u in first._memo)
    _same(again, build_usage(plan, sched))
