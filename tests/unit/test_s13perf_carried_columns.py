"""After an incremental edit, every row's values read as columns (no TaskTimes built) reuse
what the schedule before the edit had worked out, and still equal a full schedule's."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

import pytest

from app.domain.schedule import ScheduleTimes
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.scheduling.results import EngineResults
from app.domain.task import ConstraintType
from tests.bench.generate import make_plan


def _varied_plan(seed: int):
    """A generated plan with constraints, deadlines, progress and elapsed tasks, no ALAP
    (an ALAP task makes every edit a full run, which carries nothing)."""
    plan = make_plan(400, 600, 3, n_resources=8, seed=seed)
    rng = random.Random(seed)
    start = plan.project.start
    tasks = list(plan.tasks)
    for k, t in enumerate(tasks):
        if t.outline_level == 1:
            continue
        r = rng.random()
        when = start + timedelta(days=rng.randint(0, 90), hours=rng.randint(0, 9))
        if r < 0.08:
            tasks[k] = replace(t, constraint_type=ConstraintType.SNET, constraint_date=when)
        elif r < 0.12:
            tasks[k] = replace(t, deadline=when)
        elif r < 0.2:
            tasks[k] = replace(t, percent_complete=rng.choice((10.0, 40.0, 100.0)))
        elif r < 0.24:
            tasks[k] = replace(t, elapsed=True)
    plan.tasks = tasks
    return plan


def _edit(rng, plan):
    leaves = [t for t in plan.tasks if not plan.is_summary(t.uid)]
    t = rng.choice(leaves)
    kind = rng.randrange(4)
    if kind == 0:
        return replace(t, duration_minutes=rng.choice((60, 480, 2400, 4800)))
    if kind == 1:
        return replace(t, percent_complete=rng.choice((0.0, 12.5, 33.3, 100.0)))
    if kind == 2:
        when = plan.project.start + timedelta(days=rng.randint(0, 60))
        return replace(t, constraint_type=ConstraintType.SNET, constraint_date=when)
    return replace(t, duration_minutes=t.duration_minutes + 30)


def _times(inc) -> ScheduleTimes:
    times = inc.schedule.times
    assert isinstance(times, ScheduleTimes)
    return times


def _results(times: ScheduleTimes) -> EngineResults:
    origin = times.origin
    assert isinstance(origin, EngineResults)
    return origin


@pytest.mark.parametrize("seed", range(4))
def test_columns_after_edits_equal_a_full_schedule(seed):
    rng = random.Random(seed)
    plan = _varied_plan(seed)
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    first = _times(inc)
    first.columns()  # what the next schedule carries
    first.spans()
    patched = 0
    for step in range(25):
        plan.update_task(_edit(rng, plan))
        times = _times(inc)
        patched += _results(times)._carried is not None
        if step % 3 == 2:
            continue  # nothing read: the next edit carries the older columns on
        some = next(iter(times))
        times.get(some)  # a row read (the window's visible rows) keeps the columns usable
        fresh = schedule(plan).times
        assert times.spans() == fresh.spans()
        assert times.columns(percent=False) == fresh.columns(percent=False)
        assert times.columns() == fresh.columns()
        assert _results(times).percents() == _results(fresh).percents()
        assert dict(times.items()) == dict(fresh.items())
    assert patched > 10  # most edits reused the columns before them


def test_roll_up_after_an_edit_is_the_full_roll_up_to_the_bit():
    plan = _varied_plan(7)
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    _results(_times(inc)).percents()
    leaves = [t for t in plan.tasks if not plan.is_summary(t.uid) and t.duration_minutes > 0]
    for t, value in zip(leaves[::37], (1.0, 33.3, 66.7, 99.9, 12.5, 0.1), strict=False):
        plan.update_task(replace(t, percent_complete=value))
        after = _results(_times(inc))
        assert after._carried is not None
        assert after._carried.roll is not None
        full = _results(schedule(plan).times)
        after.percents()
        full.percents()
        assert after._roll is not None
        assert full._roll is not None
        assert after._roll.total == full._roll.total
        assert after._roll.done == full._roll.done
        assert after._roll.percent == full._roll.percent


def test_an_edited_mapping_still_hands_over_columns_but_an_assigned_one_does_not():
    plan = _varied_plan(1)
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    before = _times(inc)
    uids = list(before)
    before.get(uids[5])  # a value built: carried to the next schedule
    leaf = next(t for t in plan.tasks if not plan.is_summary(t.uid))
    plan.update_task(replace(leaf, duration_minutes=leaf.duration_minutes + 60))
    after = _times(inc)
    assert uids[5] in after.known()
    assert not after.assigned
    assert after.columns() is not None
    after[uids[6]] = after[uids[7]]
    assert after.assigned
    assert after.columns() is None
    plan.update_task(replace(leaf, duration_minutes=leaf.duration_minutes + 120))
    assert _times(inc).assigned  # an assigned value is carried as assigned
    assert _times(inc).columns() is None
