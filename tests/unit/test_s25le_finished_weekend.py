"""A finished task whose actual dates both lie on a weekend is work on a day off, flagged as
a manual task over a weekend is (overallocation_spans.may_lie_off_hours): it keeps its actual
dates, not its people's calendars. Finished in working time it is no over-allocation."""

from __future__ import annotations

from datetime import datetime

from app.domain.costs import compute_costs
from app.domain.overallocation import overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2027, 3, 1, 8, 0)
DAY = 480


def _plan(start: datetime, finish: datetime, fillers: int = 0) -> Plan:
    """Anna on an automatic task finished between ``start`` and ``finish``; ``fillers``
    people on a day's task each besides, so the sweeps take their column paths."""
    plan = Plan(project=Project(start=MON))
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
    plan.add_resource(Resource(1, "Anna"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, DAY))
    for k in range(fillers):
        uid = 10 + k
        plan.append_task(Task(uid, f"T{k}", duration_minutes=DAY))
        plan.add_resource(Resource(uid, f"P{k}"))
        plan.add_assignment(Assignment(uid, uid, uid, 1.0, DAY))
    return plan


def test_s25le_a_task_finished_on_a_weekend_is_work_on_a_day_off():
    sat, sun = datetime(2027, 3, 6, 8, 0), datetime(2027, 3, 7, 17, 0)
    for fillers in (0, 3000):
        plan = _plan(sat, sun, fillers)
        result = schedule(plan)
        assert (result[1].start, result[1].finish) == (sat, sun)
        (over,) = overallocations(plan, result)
        assert (over.resource_uid, over.start, over.finish) == (1, sat, sun)
        assert over.reason == "works on a day off"
        assert overallocated_resources(plan, result) == {1}
        assert compute_costs(plan, result).overallocated == {1}


def test_s25le_a_task_finished_in_working_time_is_not():
    plan = _plan(datetime(2027, 3, 2, 8, 0), datetime(2027, 3, 2, 17, 0))
    result = schedule(plan)
    assert overallocations(plan, result) == []
    assert overallocated_resources(plan, result) == set()
