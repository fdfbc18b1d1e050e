"""A task finished on a weekend (its actual dates typed there) is work on a day off, as MS
Project flags it, in every reader of over-allocation; finished in working time it is nothing.
Only the people of such tasks take the full sweep (tests/bench/test_bench_s26ov_finished_off_time.py).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime, timedelta

import pytest

from app.domain.calendar import Calendar, standard_calendar
from app.domain.costs import compute_costs
from app.domain.leveling import level
from app.domain.overallocation import (
    OverallocationBook,
    overallocated_resources,
    overallocations,
)
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage import build_usage
from app.domain.usage_periods import Scale
from app.domain.workload import workload
from app.report.indicators import Indicator, TaskIndicators

DAY = 480


_SAT = datetime(2027, 3, 6, 8, 0)
_WEEKEND = Calendar(uid=2, name="Weekend", week=((),) * 5 + (((480, 1020),),) * 2)


def _finished(
    start: datetime, finish: datetime, fillers: int = 0, bob: bool = False, done: bool = False
) -> Plan:
    """Ana (and Bob, who works weekends, if ``bob``) on an automatic task finished between
        ``start`` and ``finish``; ``fillers`` people on a day's task each, so the sweeps take
        their column paths (``done``: each finished on the Tuesday, in working time, so that the
    finished tasks are read from the schedule's arrays at once)."""
    plan = Plan(
        project=Project(start=datetime(2027, 3, 1, 8, 0)),
        calendars={1: standard_calendar(), 2: _WEEKEND},
    )
    plan.append_task(
        Task(
            1,
            "Pour",
            duration_minutes=DAY,
            actual_start=start,
            actual_finish=finish,
            percent_complete=100.0,
        )
    )
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, DAY))
    if bob:
        plan.add_resource(Resource(2, "Bob", calendar_uid=2))
        plan.add_assignment(Assignment(2, 1, 2, 1.0, DAY))
    for k in range(fillers):
        uid = 10 + k
        tue = datetime(2027, 3, 2, 8, 0)
        progress = {"actual_start": tue, "actual_finish": tue + timedelta(hours=9)} if done else {}
        plan.append_task(Task(uid, f"T{k}", duration_minutes=DAY, **progress))
        plan.add_resource(Resource(uid, f"P{k}"))
        plan.add_assignment(Assignment(uid, uid, uid, 1.0, DAY))
    return plan


@pytest.mark.parametrize(("fillers", "done"), [(0, False), (3000, False), (3000, True)])
def test_s26ov_a_task_finished_on_a_weekend_is_work_on_a_day_off(fillers, done):
    plan = _finished(_SAT, _SAT + timedelta(hours=9), fillers, bob=True, done=done)
    result = schedule(plan)
    assert (result[1].start, result[1].finish) == (_SAT, _SAT + timedelta(hours=9))
    (over,) = overallocations(plan, result)  # Bob works Saturdays: not him
    assert (over.resource_uid, over.start, over.reason) == (1, _SAT, "works on a day off")
    assert overallocated_resources(plan, result) == {1}
    assert overallocated_resources(plan, result, only={1, 2}) == {1}
    assert compute_costs(plan, result).overallocated == {1}
    book = OverallocationBook(plan)
    assert [o.resource_uid for o in book.update(result, None)] == [1]
    assert [o.resource_uid for o in book.update(result, {1})] == [1]  # an edit: Ana swept alone
    usage = build_usage(plan, result)
    days = usage.periods(Scale.DAYS)
    row = usage.resources.index(plan.resource(1))
    saturday = bisect_right(days.starts, _SAT.date()) - 1
    assert usage.overallocated(days)[row, saturday]
    assert Indicator.OVERALLOCATED in TaskIndicators(plan, result).kinds(1)  # the sheet's mark
    assert workload(plan, result).over_days(1) == [_SAT.date()]
    (named,) = level(plan, result).unresolved
    assert (named.resource_uid, named.task_uid) == (1, 1)
    assert named.reason.endswith(
        "a finished task: correct its actual dates or its person's calendar"
    )


def test_s26ov_a_task_finished_in_working_time_is_not():
    tue = datetime(2027, 3, 2, 8, 0)
    plan = _finished(tue, tue + timedelta(hours=9))
    result = schedule(plan)
    assert overallocations(plan, result) == []
    assert overallocated_resources(plan, result) == set()
    assert level(plan, result).unresolved == ()
