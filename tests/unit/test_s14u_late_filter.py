"""Late Tasks and leveling's summary set read the schedule's spans: the same answers as
every task's TaskTimes, without building them (1-2 s at 100k tasks)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.filters import FilterKind, TaskFilter, matching_uids
from app.domain.plan import Plan
from app.domain.schedule import Schedule, ScheduleTimes
from app.domain.schedule_times import summary_uids
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import ConstraintType
from tests.bench.generate import make_plan


def _under_way(seed: int) -> Plan:
    """A generated plan with progress, splits, inactive, elapsed and as-late-as-possible tasks."""
    rng = random.Random(seed)
    plan = make_plan(400, 600, 3, seed=seed)
    first = schedule(plan)
    changed = []
    for task in plan.tasks:
        if plan.is_summary(task.uid):
            continue
        times = first.times[task.uid]
        roll = rng.random()
        values: dict[str, object] = {}
        if roll < 0.3:
            values["percent_complete"] = float(rng.choice((10, 25, 50, 75, 99, 100)))
            values["actual_start"] = times.start
        elif roll < 0.4:
            values["percent_complete"] = float(rng.choice((5, 40)))
        if task.duration_minutes >= 960 and rng.random() < 0.2:
            values["splits"] = (Split(480, 960),)
        if rng.random() < 0.05:
            values["active"] = False
        if rng.random() < 0.05:
            values["elapsed"] = True
        if rng.random() < 0.03 and "actual_start" not in values:
            values["constraint_type"] = ConstraintType.ALAP
        if values:
            changed.append(replace(task, **values))
    plan.update_tasks(changed)
    return plan


def _by_task_times(result: Schedule) -> Schedule:
    """The same schedule with every TaskTimes given: no spans, the filter tests each task."""
    given = ScheduleTimes.of_dict(result.times.copy())
    assert given.spans() is None
    return Schedule(result.start, result.finish, given, result.issues)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_late_tasks_from_spans_are_those_of_every_tasks_times(seed):
    plan = _under_way(seed)
    result = schedule(plan)
    reference = _by_task_times(result)
    span = result.finish - result.start
    late_total = 0
    for share in (0.02, 0.1, 0.25, 0.5, 0.9):
        # whole minutes, a status date within a minute, and one on a task's very start
        for when in (
            result.start + span * share,
            result.start + span * share + timedelta(seconds=30),
        ):
            when = when.replace(microsecond=0)
            expected = matching_uids(plan, reference, TaskFilter(FilterKind.LATE), when)
            assert matching_uids(plan, result, TaskFilter(FilterKind.LATE), when) == expected
            late_total += len(expected)
    starts = sorted({t.start for t in reference.times.values()})
    for when in starts[:: max(1, len(starts) // 7)]:
        for moment in (when, when + timedelta(seconds=1), when - timedelta(seconds=1)):
            expected = matching_uids(plan, reference, TaskFilter(FilterKind.LATE), moment)
            assert matching_uids(plan, result, TaskFilter(FilterKind.LATE), moment) == expected
    assert late_total > 0  # the plans do have late work to find


def test_late_tasks_builds_no_tasks_times():
    plan = _under_way(4)
    result = schedule(plan)
    times = result.times
    assert isinstance(times, ScheduleTimes)
    when = result.start + (result.finish - result.start) / 3
    found = matching_uids(plan, result, TaskFilter(FilterKind.LATE), when)
    assert found
    assert times.known() == {}  # no row's TaskTimes was built


def test_late_tasks_still_needs_a_status_date():
    plan = _under_way(5)
    from app.domain.errors import InputError

    with pytest.raises(InputError, match="status date"):
        matching_uids(plan, schedule(plan), TaskFilter(FilterKind.LATE))


def test_late_tasks_reads_the_projects_status_date():
    plan = _under_way(6)
    result = schedule(plan)
    when = datetime.combine(
        (result.start + (result.finish - result.start) / 2).date(), datetime.min.time()
    )
    plan.set_project(replace(plan.project, status_date=when))
    expected = matching_uids(plan, _by_task_times(result), TaskFilter(FilterKind.LATE))
    assert expected
    assert matching_uids(plan, result, TaskFilter(FilterKind.LATE)) == expected


def test_summary_set_from_spans_is_that_of_every_tasks_times():
    plan = _under_way(7)
    result = schedule(plan)
    times = result.times
    assert isinstance(times, ScheduleTimes)
    found = summary_uids(times)
    assert times.known() == {}  # read from the spans
    expected = {uid for uid, value in times.items() if value.summary}
    assert len(expected) >= 20
    assert found == expected
    assert summary_uids(dict(times.items())) == expected  # any mapping
