"""The usage table refreshed after random edits equals a fresh build_usage, figure for figure.

Flat assignments are laid out in numpy each time; contoured, split, summary and
material ones are taken from the table before the edit while nothing they hang
on changed, as are the sweeps of people with availability periods, contours or
pauses. Whatever was reused, nothing may differ from a table built from scratch.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta

import numpy as np
import pytest

from app.domain.calendar import Calendar
from app.domain.contours import WorkContour
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Availability, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task
from app.domain.usage import Scale, Usage, build_usage

DAY = 480
_ARRAYS = (
    "_first",
    "_last",
    "_head",
    "_tail",
    "_rate",
    "_cal",
    "_sp_lo",
    "_sp_hi",
    "_cums",
    "_task_sp",
    "_task_lo",
    "_task_hi",
    "_task_asg",
    "assignment_total",
    "resource_total",
    "task_total",
)


def _plan(seed: int) -> Plan:
    rng = random.Random(seed)
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8, 0)))
    plan.calendars[2] = Calendar(2, "Early", week=(((360, 840),),) * 5 + ((), ()))
    plan.calendars[3] = Calendar(3, "Always", week=(((0, 1440),),) * 7)
    for uid in range(1, 60):
        if uid % 12 == 1:
            plan.append_task(Task(uid, f"Phase {uid}", outline_level=1))
            continue
        minutes = rng.choice((0, 90, 240, DAY, 3 * DAY, 12 * DAY, 30 * DAY))
        splits = (Split(DAY, 2 * DAY),) if minutes >= 3 * DAY and rng.random() < 0.25 else ()
        level = 3 if uid % 12 > 2 and rng.random() < 0.2 else 2
        plan.append_task(
            Task(uid, f"T{uid}", outline_level=level, duration_minutes=minutes, splits=splits)
        )
    for uid in range(2, 60):
        pred = rng.randint(1, uid - 1)
        if rng.random() < 0.4 and not plan.is_summary(pred) and not plan.is_summary(uid):
            plan.add_link(Link(pred, uid))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben", max_units=0.5, calendar_uid=2))
    plan.add_resource(Resource(3, "Sand", type=ResourceType.MATERIAL, material_label="t"))
    plan.add_resource(Resource(4, "Cy", calendar_uid=3))
    plan.add_resource(
        Resource(
            5,
            "Di",
            availability=(Availability(datetime(2026, 2, 1), datetime(2026, 3, 1), 0.5),),
        )
    )
    plan.add_resource(Resource(6, "Ed", max_units=2.0))
    contours = list(WorkContour)
    for a in range(1, 90):
        contour = rng.choice(contours) if rng.random() < 0.2 else WorkContour.FLAT
        plan.add_assignment(
            Assignment(
                a,
                rng.randint(1, 59),
                rng.randint(1, 6),
                rng.choice((0.5, 1.0, 1.5)),
                rng.choice((0, int(rng.random() * 20 * DAY))),
                contour=contour,
            )
        )
    return plan


def _edit(plan: Plan, rng: random.Random) -> None:
    kind = rng.choice(
        ["duration", "duration", "work", "contour", "add", "remove", "person", "split", "start"]
    )
    leaves = [t for t in plan.tasks if not plan.is_summary(t.uid)]
    if kind == "duration":
        t = rng.choice(leaves)
        plan.update_task(replace(t, duration_minutes=t.duration_minutes + 480 * rng.randint(1, 4)))
    elif kind == "work" and plan.assignments:
        a = rng.choice(plan.assignments)
        plan.update_assignment(replace(a, units=a.units * 2, work_minutes=a.work_minutes // 2))
    elif kind == "contour" and plan.assignments:
        a = rng.choice(plan.assignments)
        plan.update_assignment(replace(a, contour=rng.choice(list(WorkContour))))
    elif kind == "add":
        uid = max((a.uid for a in plan.assignments), default=0) + 1
        task = rng.choice(plan.tasks).uid
        plan.add_assignment(Assignment(uid, task, rng.randint(1, 6), 1.0, 0))
    elif kind == "remove" and plan.assignments:
        plan.remove_assignment(rng.choice(plan.assignments).uid)
    elif kind == "person":
        r = rng.choice(plan.resources)
        avail = (Availability(datetime(2026, 1, 20), None, 0.25),) if rng.random() < 0.5 else ()
        plan.update_resource(replace(r, max_units=r.max_units / 2, availability=avail))
    elif kind == "split":
        t = rng.choice(leaves)
        splits = () if t.splits else (Split(240, DAY),)
        if t.duration_minutes > DAY:
            plan.update_task(replace(t, splits=splits))
    else:
        p = plan.project
        plan.set_project(replace(p, start=p.start + timedelta(days=rng.choice((-7, 3)))))


def _same(got: Usage, fresh: Usage) -> None:
    for name in _ARRAYS:
        np.testing.assert_array_equal(getattr(got, name), getattr(fresh, name), err_msg=name)
    assert (got.first_day, got.n_days) == (fresh.first_day, fresh.n_days)
    assert got.task_summary == fresh.task_summary
    assert got.assignments == fresh.assignments
    for scale in Scale:
        periods = got.periods(scale)
        np.testing.assert_array_equal(got.overallocated(periods), fresh.overallocated(periods))
        for j in range(len(got.assignments)):
            np.testing.assert_array_equal(
                got.assignment_values(j, periods), fresh.assignment_values(j, periods)
            )


@pytest.mark.parametrize("seed", range(8))
def test_a_table_refreshed_after_random_edits_equals_a_fresh_one(seed: int) -> None:
    plan = _plan(seed)
    rng = random.Random(1000 + seed)
    usage = build_usage(plan, schedule(plan))
    for _ in range(8):
        _edit(plan, rng)
        sched = schedule(plan)
        usage = build_usage(plan, sched, usage)
        _same(usage, build_usage(plan, sched))


def test_contoured_and_split_assignments_are_taken_from_the_table_before() -> None:
    plan = _plan(3)
    sched = schedule(plan)
    first = build_usage(plan, sched)
    assert first._memo  # this plan has contours, splits, summaries and materials
    again = build_usage(plan, sched, first)
    assert all(again._memo[u].spreads is first._memo[u].spreads for u in first._memo)
    _same(again, build_usage(plan, sched))


def test_a_moved_task_lays_its_contoured_assignment_again() -> None:
    plan = _plan(5)
    a = plan.assignments[0]
    plan.update_assignment(replace(a, contour=WorkContour.BELL, work_minutes=10 * DAY))
    task = plan.task(a.task_uid)
    if plan.is_summary(task.uid):
        pytest.skip("seed's first assignment is on a summary")
    plan.update_task(replace(task, duration_minutes=10 * DAY, splits=()))
    first = build_usage(plan, schedule(plan))
    plan.update_task(replace(plan.task(task.uid), duration_minutes=20 * DAY))
    sched = schedule(plan)
    again = build_usage(plan, sched, first)
    assert again._memo[a.uid].spreads is not first._memo[a.uid].spreads
    _same(again, build_usage(plan, sched))


def test_over_allocation_matches_the_team_views_list() -> None:
    """The numpy sweep names the same stretches as overallocations() (Team view's list)."""
    from app.domain.overallocation import overallocations

    for seed in range(4):
        plan = _plan(seed)
        sched = schedule(plan)
        usage = build_usage(plan, sched)
        periods = usage.periods(Scale.DAYS)
        flags = usage.overallocated(periods)
        expected = np.zeros_like(flags)
        row = {r.uid: i for i, r in enumerate(usage.resources)}
        day0 = usage.first_day
        for o in overallocations(plan, sched):
            lo = (o.start.date() - day0).days
            hi = ((o.finish - timedelta(minutes=1)).date() - day0).days + 1
            k_lo = int(np.searchsorted(periods.bounds, lo, side="right")) - 1
            k_hi = int(np.searchsorted(periods.bounds, hi, side="left"))
            expected[row[o.resource_uid], max(k_lo, 0) : k_hi] = True
        for i in range(len(usage.resources)):  # s21sm: a period without their work is not red
            expected[i] &= usage.resource_values(i, periods) > 1e-6
        np.testing.assert_array_equal(flags, expected)
        assert date(2026, 1, 5) >= usage.first_day
