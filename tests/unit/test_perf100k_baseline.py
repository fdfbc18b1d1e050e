"""Set Baseline reads the schedule in bulk and still captures what it captured task by task."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.assignment_baselines import assignment_entries
from app.domain.baseline import Baseline, BaselineEntry
from app.domain.baselines import Variance, snapshot, variances
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.schedule import Schedule, ScheduleTimes
from app.domain.scheduler import schedule
from app.domain.workload import DayCalendar
from tests.bench.generate import make_plan

SAVED = datetime(2026, 3, 2, 9)


def _task_by_task(plan: Plan, sched: Schedule, costs, index: int, uids=None) -> Baseline:
    """The snapshot as it was taken before: each task's TaskTimes read one at a time."""
    chosen = None
    if uids is not None:
        chosen = set(uids)
        parents = plan.parent_uids()
        for uid in list(chosen):
            p = parents.get(uid)
            while p is not None:
                chosen.add(p)
                p = parents.get(p)
    old = plan.baselines.get(index)
    kept = {e.task_uid: e for e in old.entries} if old is not None and chosen is not None else {}
    entries = []
    for t in plan.tasks:
        if chosen is not None and t.uid not in chosen:
            if t.uid in kept:
                entries.append(kept[t.uid])
            continue
        times = sched.get(t.uid)
        if times is None:
            continue
        entries.append(
            BaselineEntry(
                t.uid,
                times.start,
                times.finish,
                times.duration_minutes,
                costs.task_work_minutes.get(t.uid, 0),
                costs.task_cost.get(t.uid, 0.0),
                t.fixed_cost,  # Baseline Fixed Cost (v35)
                t.fixed_cost_accrual,  # Baseline Fixed Cost Accrual (v39)
            )
        )
    # each captured task's people as Set Baseline saves them (assignment baselines)
    captured = [e.task_uid for e in entries if chosen is None or e.task_uid in chosen]
    held = old.assignments if old is not None and chosen is not None else ()
    people = assignment_entries(plan, sched, costs, captured, held)
    return Baseline(index, SAVED, tuple(entries), old.name if old is not None else "", people)


@pytest.fixture(scope="module")
def generated():
    plan = make_plan(3000, 4500, 3, n_resources=40)
    sched = schedule(plan)
    return plan, sched, compute_costs(plan, sched)


def test_fresh_schedule_gives_the_same_snapshot_as_reading_task_by_task(generated) -> None:
    plan, _, costs = generated
    fresh = schedule(plan)  # nothing built: the snapshot reads the columns
    assert isinstance(fresh.times, ScheduleTimes)
    assert fresh.times.spans() is not None
    got = snapshot(plan, fresh, costs, 0, SAVED)
    expected = _task_by_task(plan, schedule(plan), costs, 0)
    assert got == expected
    assert len(got.entries) == len(plan.tasks)
    assert any(e.cost for e in got.entries)
    assert any(e.work_minutes for e in got.entries)


def test_built_or_plain_schedules_give_the_same_snapshot(generated) -> None:
    plan, sched, costs = generated
    expected = _task_by_task(plan, sched, costs, 2)
    built = schedule(plan)
    built.times.complete()  # every TaskTimes built already: no columns left
    assert snapshot(plan, built, costs, 2, SAVED) == expected
    plain = Schedule(sched.start, sched.finish, dict(sched.times.items()))
    assert snapshot(plan, plain, costs, 2, SAVED) == expected


def test_an_assigned_time_wins_over_the_columns(generated) -> None:
    plan, _, costs = generated
    moved = schedule(plan)
    uid = plan.tasks[5].uid
    late = moved.times[uid]
    moved.times[uid] = replace(late, start=datetime(2030, 1, 1, 8), duration_minutes=7)
    entry = snapshot(plan, moved, costs, 0, SAVED).entry(uid)
    assert entry is not None
    assert (entry.start, entry.duration_minutes) == (datetime(2030, 1, 1, 8), 7)


def test_selected_tasks_keep_the_rest_of_the_baseline(generated) -> None:
    plan, sched, costs = generated
    first = snapshot(plan, schedule(plan), costs, 1, SAVED)
    plan.set_baseline(first)
    try:
        picked = [plan.tasks[3].uid, plan.tasks[700].uid]
        for sched_now in (schedule(plan), sched):
            got = snapshot(plan, sched_now, costs, 1, SAVED, picked)
            assert got == _task_by_task(plan, sched, costs, 1, picked)
    finally:
        plan.clear_baseline(1)


def test_tasks_the_schedule_left_out_get_no_entry(generated) -> None:
    plan, sched, costs = generated
    partial = dict(sched.times.items())
    gone = plan.tasks[10].uid
    del partial[gone]
    got = snapshot(plan, Schedule(sched.start, sched.finish, partial), costs, 0, SAVED)
    assert got.entry(gone) is None
    assert len(got.entries) == len(plan.tasks) - 1


def _variances_one_by_one(plan: Plan, sched: Schedule, costs, index: int) -> dict:
    """Variances as they were computed before: working minutes between each pair of dates."""
    cal = DayCalendar(plan, None)

    def diff(a, b):
        if a is None or b is None:
            return None
        return cal.between(b, a) if a >= b else -cal.between(a, b)

    out = {}
    for e in plan.baselines[index].entries:
        times = sched.get(e.task_uid)
        if times is None:
            continue
        out[e.task_uid] = Variance(
            diff(times.start, e.start),
            diff(times.finish, e.finish),
            times.duration_minutes - e.duration_minutes,
            costs.task_work_minutes.get(e.task_uid, 0) - e.work_minutes,
            costs.task_cost.get(e.task_uid, 0.0) - e.cost,
        )
    return out


def test_variances_match_the_working_minutes_between_each_pair_of_dates(generated) -> None:
    plan, sched, costs = generated
    saved = snapshot(plan, sched, costs, 3, SAVED)
    # Move the saved dates about (earlier, later, onto weekends and nights) so variances differ.
    moved = []
    for k, e in enumerate(saved.entries):
        shift = timedelta(hours=(k % 97) * 7 - 300)
        moved.append(
            replace(
                e,
                start=None if k % 50 == 0 else e.start + shift,
                finish=e.finish - shift / 3 if e.finish else None,
                cost=e.cost + k % 3,
            )
        )
    plan.set_baseline(replace(saved, entries=tuple(moved[:-7])))
    try:
        for sched_now in (schedule(plan), sched):
            got = variances(plan, sched_now, costs, 3)
            assert got == _variances_one_by_one(plan, sched, costs, 3)
        assert len(got) == len(plan.tasks) - 7
        assert any(v.start_minutes and v.start_minutes < 0 for v in got.values())
        assert any(v.finish_minutes and v.finish_minutes > 0 for v in got.values())
        assert any(v.start_minutes is None for v in got.values())
    finally:
        plan.clear_baseline(3)
