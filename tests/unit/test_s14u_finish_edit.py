"""An edit that moves the project finish (a critical task near the end made longer) works
every late date out again, but its starts, finishes and % complete rolled up changed only
where the forward pass went: the schedule after it redoes the spans and the roll-up for
those rows (not 100k), and every value read equals a fresh schedule's."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from app.domain.schedule import ScheduleTimes
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.scheduling import results
from tests.bench.generate import make_plan


def _times(scheduler):
    times = scheduler.schedule.times
    assert isinstance(times, ScheduleTimes)
    return times


def _critical_leaves_at_the_end(plan, scheduler, count):
    columns = _times(scheduler).columns()
    flags = zip(columns.uids, columns.critical, columns.summary, columns.finish, strict=True)
    leaves = [(finish, uid) for uid, critical, summary, finish in flags if critical and not summary]
    return [uid for _finish, uid in sorted(leaves)[-count:]]


def _with_progress(plan, seed):
    rng = random.Random(seed)
    changed = [
        replace(t, percent_complete=float(rng.choice((10, 50, 100))))
        for t in plan.tasks
        if not plan.is_summary(t.uid) and rng.random() < 0.2
    ]
    plan.update_tasks(changed)


def _same_as_fresh(plan, scheduler):
    times = _times(scheduler)
    fresh = schedule(plan).times
    assert isinstance(fresh, ScheduleTimes)
    assert scheduler.schedule.finish == schedule(plan).finish
    assert times.spans() == fresh.spans()
    assert times.summary_percents() == fresh.summary_percents()
    assert times.columns() == fresh.columns()
    assert times.columns(percent=False) == fresh.columns(percent=False)
    assert times.complete() == fresh.complete()


def _refuse_whole(patch: pytest.MonkeyPatch) -> None:
    """Fail a read of the spans or the % roll-up that works them out for every row."""

    def refuse(name):
        def whole(*args, **kwargs):
            raise AssertionError(f"{name} worked out for every row")

        return whole

    patch.setattr(results, "rolled_up", refuse("roll-up"))
    patch.setattr(results, "whole_spans", refuse("spans"))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_finish_moving_edit_redoes_only_the_moved_rows_spans_and_roll_up(seed):
    plan = make_plan(3000, 4500, 3, seed=seed)
    _with_progress(plan, seed)
    scheduler = IncrementalScheduler(plan)
    plan.changes.subscribe(scheduler.apply)
    last = _critical_leaves_at_the_end(plan, scheduler, 1)[0]  # it finishes the project
    times = _times(scheduler)
    times.spans()  # what the window reads after each edit: costs, indicators, the sheet
    times.summary_percents()
    for n, uid in enumerate([last] * 3):
        finish = scheduler.schedule.finish
        task = plan.task(uid)
        plan.update_task(replace(task, duration_minutes=task.duration_minutes + 480 * (n + 1)))
        assert scheduler.schedule.finish > finish  # the edit moved the project finish
        assert scheduler.moved_uids is not None
        assert len(scheduler.moved_uids) * 8 < len(plan.tasks)  # a small part of the plan
        with pytest.MonkeyPatch.context() as patch:
            _refuse_whole(patch)
            spans = _times(scheduler).spans()
            rolled = _times(scheduler).summary_percents()
        fresh = schedule(plan).times
        assert spans == fresh.spans()
        assert rolled == fresh.summary_percents()
    _same_as_fresh(plan, scheduler)


def test_edits_with_nothing_read_between_carry_the_rows_of_all():
    plan = make_plan(2000, 3000, 2, seed=5)
    _with_progress(plan, 5)
    scheduler = IncrementalScheduler(plan)
    plan.changes.subscribe(scheduler.apply)
    picks = _critical_leaves_at_the_end(plan, scheduler, 4)  # reads the columns only
    for uid in picks:  # shorter and longer, the finish moving each time; nothing read
        task = plan.task(uid)
        plan.update_task(replace(task, duration_minutes=max(0, task.duration_minutes - 240)))
        task = plan.task(uid)
        plan.update_task(replace(task, duration_minutes=task.duration_minutes + 960))
    with pytest.MonkeyPatch.context() as patch:
        _refuse_whole(patch)  # the spans come from the first columns, patched
        spans = _times(scheduler).spans()
        rolled = _times(scheduler).summary_percents()
    fresh = schedule(plan).times
    assert spans == fresh.spans()
    assert rolled == fresh.summary_percents()
    _same_as_fresh(plan, scheduler)


def test_a_finish_moving_edit_of_a_summarys_child_rolls_its_percent_up():
    plan = make_plan(1500, 2200, 1, seed=9)
    scheduler = IncrementalScheduler(plan)
    plan.changes.subscribe(scheduler.apply)
    _times(scheduler).summary_percents()
    uid = _critical_leaves_at_the_end(plan, scheduler, 1)[0]
    task = plan.task(uid)
    parent = plan.parent(uid)
    assert parent is not None
    before = _times(scheduler).summary_percents().get(parent.uid)
    plan.update_task(
        replace(task, duration_minutes=task.duration_minutes + 4800, percent_complete=80.0)
    )
    after = _times(scheduler).summary_percents().get(parent.uid)
    assert after != before
    assert after == schedule(plan).times.summary_percents().get(parent.uid)
    _same_as_fresh(plan, scheduler)


def test_the_roll_up_not_read_after_one_edit_carries_past_the_next():
    """Spans read after an edit off the critical path, the % roll-up not: after the next
    edit (moving the finish) the roll-up still starts from the one read before both."""
    plan = make_plan(3000, 4500, 2, seed=11)
    _with_progress(plan, 11)
    scheduler = IncrementalScheduler(plan)
    plan.changes.subscribe(scheduler.apply)
    last = _critical_leaves_at_the_end(plan, scheduler, 1)[0]
    columns = _times(scheduler).columns()
    slack = zip(columns.uids, columns.total_slack_minutes, columns.summary, strict=True)
    loose = next(uid for uid, total, summary in slack if total > 48_000 and not summary)
    _times(scheduler).summary_percents()
    task = plan.task(loose)
    finish = scheduler.schedule.finish
    plan.update_task(replace(task, duration_minutes=task.duration_minutes + 480))
    assert scheduler.schedule.finish == finish
    _times(scheduler).spans()  # the costs read these; nothing reads the roll-up
    task = plan.task(last)
    plan.update_task(
        replace(task, duration_minutes=task.duration_minutes + 960, percent_complete=40.0)
    )
    assert scheduler.schedule.finish > finish
    with pytest.MonkeyPatch.context() as patch:
        _refuse_whole(patch)
        rolled = _times(scheduler).summary_percents()
        spans = _times(scheduler).spans()
    fresh = schedule(plan).times
    assert rolled == fresh.summary_percents()
    assert spans == fresh.spans()
    _same_as_fresh(plan, scheduler)
