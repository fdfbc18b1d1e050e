"""Incremental rescheduling gives exactly what a full schedule gives, touching less."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.events import Change
from app.domain.link import Link
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.task import ConstraintType
from tests.bench.generate import make_plan


def _same(inc, full):
    assert inc.start == full.start
    assert inc.finish == full.finish
    assert inc.times == full.times
    assert sorted((i.task_uid, i.message) for i in inc.issues) == sorted(
        (i.task_uid, i.message) for i in full.issues
    )


def _random_edit(rng, plan):
    leaves = [t for i, t in enumerate(plan.tasks) if not plan.is_summary(t.uid)]
    t = rng.choice(leaves)
    kind = rng.randrange(5)
    if kind == 0:
        return replace(t, duration_minutes=rng.choice((0, 120, 480, 2400, 9600)))
    if kind == 1:
        when = plan.project.start + timedelta(days=rng.randint(0, 60))
        return replace(t, constraint_type=ConstraintType.SNET, constraint_date=when)
    if kind == 2:
        when = plan.project.start + timedelta(days=rng.randint(0, 90))
        return replace(t, constraint_type=ConstraintType.FNLT, constraint_date=when)
    if kind == 3:
        return replace(t, deadline=plan.project.start + timedelta(days=rng.randint(1, 40)))
    return replace(t, percent_complete=50.0, actual_start=datetime(2026, 1, 5, 8))


@pytest.mark.parametrize("seed", range(6))
def test_random_task_edits_match_full_schedule(seed):
    rng = random.Random(seed)
    plan = make_plan(300, 450, 3, n_resources=5, seed=seed)
    inc = IncrementalScheduler(plan)
    _same(inc.schedule, schedule(plan))
    plan.changes.subscribe(inc.apply)
    for _ in range(15):
        plan.update_task(_random_edit(rng, plan))
        _same(inc.schedule, schedule(plan))
    assert inc.full_runs < 15  # most edits did not need a full run


def test_structural_change_falls_back_to_full():
    plan = make_plan(60, 80, 1)
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    runs = inc.full_runs
    leaves = [t.uid for t in plan.tasks if not plan.is_summary(t.uid)]
    plan.add_link(Link(leaves[0], leaves[-1], lag_minutes=48000))
    assert inc.full_runs == runs + 1
    _same(inc.schedule, schedule(plan))


def test_edit_off_the_critical_path_touches_few_tasks():
    plan = make_plan(2000, 3000, 1)
    inc = IncrementalScheduler(plan)
    before = inc.schedule
    slack_task = next(
        u for u, t in before.times.items() if not t.summary and t.total_slack_minutes > 4800
    )
    task = plan.task(slack_task)
    plan.update_task(replace(task, duration_minutes=task.duration_minutes + 60))
    after = inc.apply(Change(*_task_change(slack_task)))
    changed = [u for u in after.times if after.times[u] is not before.times[u]]
    assert slack_task in changed
    assert len(changed) < 200
    _same(after, schedule(plan))


def _task_change(uid):
    from app.domain.events import ChangeKind, Entity

    return (Entity.TASK, ChangeKind.CHANGED, (uid,))


def test_alap_edit_goes_through_a_full_run_and_matches():
    plan = make_plan(200, 300, 2)
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    leaf = next(t for t in plan.tasks if not plan.is_summary(t.uid) and plan.links_from(t.uid))
    plan.update_task(replace(leaf, constraint_type=ConstraintType.ALAP))
    _same(inc.schedule, schedule(plan))
    other = next(t for t in plan.tasks if not plan.is_summary(t.uid) and t.uid != leaf.uid)
    plan.update_task(replace(other, duration_minutes=other.duration_minutes + 480))
    _same(inc.schedule, schedule(plan))


def _staffed_plan(seed):
    """Generated plan whose people work on three different calendars (some tasks have
    two people on different ones: each assignment then runs its own span)."""
    from app.domain.resource import Assignment

    plan = make_plan(200, 300, 3, n_resources=6, seed=seed)
    for k, r in enumerate(list(plan.resources)):
        plan.update_resource(replace(r, calendar_uid=1 + k % 3))
    leaves = [t.uid for t in plan.tasks if not plan.is_summary(t.uid) and t.duration_minutes]
    for n, uid in enumerate(leaves[::7], start=10_000):
        task = plan.task(uid)
        plan.add_assignment(Assignment(n, uid, 1 + n % 6, 0.5, task.duration_minutes // 2))
    return plan


@pytest.mark.parametrize("seed", range(4))
def test_assignment_units_and_work_edits_match_full_schedule_without_a_full_run(seed):
    rng = random.Random(seed)
    plan = _staffed_plan(seed)
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    runs = inc.full_runs
    for _ in range(20):
        a = rng.choice(plan.assignments)
        units = rng.choice((0.25, 0.5, 1.0, 2.0))
        plan.update_assignment(replace(a, units=units, work_minutes=rng.choice((60, 480, 4800))))
        _same(inc.schedule, schedule(plan))
    # only tasks run on several calendars (spans of work / units) needed full runs
    assert inc.full_runs - runs < 20


def test_another_person_or_zero_units_reschedules_in_full():
    plan = _staffed_plan(0)
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    a = plan.assignments[0]
    other = next(r.uid for r in plan.resources if r.uid != a.resource_uid)
    runs = inc.full_runs
    plan.update_assignment(replace(a, resource_uid=other))
    assert inc.full_runs == runs + 1
    _same(inc.schedule, schedule(plan))
    plan.update_assignment(replace(plan.assignment(a.uid), units=0.0))
    assert inc.full_runs == runs + 2
    _same(inc.schedule, schedule(plan))
