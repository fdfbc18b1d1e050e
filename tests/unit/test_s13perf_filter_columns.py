"""Filters on dates, % complete and the critical flag read the schedule's columns: they pass
exactly the tasks that testing every task's TaskTimes passes, and build no TaskTimes."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.filters import FilterKind, TaskFilter, matching_uids
from app.domain.schedule import Schedule, ScheduleTimes
from app.domain.scheduler import IncrementalScheduler
from tests.bench.generate import make_plan

_KINDS = (
    FilterKind.CRITICAL,
    FilterKind.INCOMPLETE,
    FilterKind.COMPLETED,
    FilterKind.MISSED_DEADLINES,
    FilterKind.SLIPPING,
)


def _plan(seed: int):
    plan = make_plan(500, 750, 3, n_resources=6, seed=seed)
    rng = random.Random(seed)
    start = plan.project.start
    tasks = list(plan.tasks)
    for k, t in enumerate(tasks):
        r = rng.random()
        if r < 0.15:
            tasks[k] = replace(t, percent_complete=rng.choice((25.0, 50.0, 100.0)))
        elif r < 0.25:
            tasks[k] = replace(t, deadline=start + timedelta(days=rng.randint(3, 60)))
        elif r < 0.3 and t.outline_level > 1:
            tasks[k] = replace(t, actual_start=start, actual_finish=start + timedelta(days=2))
    plan.tasks = tasks
    return plan


def _by_task_times(plan, schedule: Schedule, task_filter: TaskFilter) -> frozenset[int]:
    """The same filter on a schedule whose times are given whole (no columns to read)."""
    given = Schedule(
        schedule.start,
        schedule.finish,
        ScheduleTimes.of_dict(dict(schedule.times.items())),
        schedule.issues,
    )
    assert given.times.columns() is None
    return matching_uids(plan, given, task_filter)


@pytest.mark.parametrize("seed", range(3))
def test_column_filters_pass_the_tasks_the_task_times_pass(seed):
    plan = _plan(seed)
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    costs = compute_costs(plan, inc.schedule)
    plan.set_baseline(snapshot(plan, inc.schedule, costs, 0, datetime(2026, 1, 1)))
    rng = random.Random(seed)
    leaves = [t for t in plan.tasks if not plan.is_summary(t.uid)]
    for t in rng.sample(leaves, 6):  # some tasks now finish after their baseline
        plan.update_task(replace(plan.task(t.uid), duration_minutes=t.duration_minutes + 2400))
    schedule = inc.schedule
    mid = schedule.start + (schedule.finish - schedule.start) / 2
    filters = [TaskFilter(kind) for kind in _KINDS]
    filters.append(TaskFilter(FilterKind.DATE_RANGE, date_from=mid, date_to=mid + timedelta(7)))
    filters.append(
        TaskFilter(FilterKind.DATE_RANGE, date_from=mid, date_to=mid + timedelta(minutes=90))
    )
    seen = 0
    for task_filter in filters:
        times = schedule.times
        assert isinstance(times, ScheduleTimes)
        before = len(times.known())
        found = matching_uids(plan, schedule, task_filter)
        assert len(times.known()) == before, task_filter  # no TaskTimes built
        assert found == _by_task_times(plan, schedule, task_filter), task_filter
        seen += bool(found) and len(found) < len(plan.tasks)
    assert seen >= 5  # the filters chose some tasks, not none or all
