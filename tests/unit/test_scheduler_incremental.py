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
