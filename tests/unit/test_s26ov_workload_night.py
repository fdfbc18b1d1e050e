"""An automatic task runs when one of its people works: another person on it is not flagged by
the daily workload's night check (the sweep never flagged them); a manual task at night is.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.domain.calendar import Calendar, standard_calendar
from app.domain.overallocation import overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task, TaskType
from app.domain.workload import workload


def _evening_plan(manual: bool) -> Plan:
    """Ana (day) and Bob (evenings, 17:00-23:00) on a fixed-duration task from 17:00 to 21:00
    on a Tuesday: the task runs when one of them works (Bob). ``manual``: put there by hand."""
    evening = Calendar(uid=2, name="Evening", week=(((1020, 1380),),) * 5 + ((), ()))
    plan = Plan(
        project=Project(start=datetime(2027, 3, 1, 8, 0)),
        calendars={1: standard_calendar(), 2: evening},
    )
    five = datetime(2027, 3, 2, 17, 0)
    plan.append_task(
        Task(
            1,
            "Cover",
            duration_minutes=240,
            task_type=TaskType.FIXED_DURATION,
            constraint_type=ConstraintType.SNET,
            constraint_date=five,
            manual=manual,
            start=five if manual else None,
            finish=five + timedelta(hours=4) if manual else None,
        )
    )
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Bob", calendar_uid=2))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 240))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 240))
    return plan


def test_s26ov_the_workload_flags_no_night_on_an_automatic_task():
    """Before, the daily workload flagged Ana's Tuesday (a night's work) where the sweep, the
    status bar and Usage named no one."""
    plan = _evening_plan(manual=False)
    result = schedule(plan)
    assert (result[1].start.hour, result[1].finish.hour) == (17, 21)
    assert overallocations(plan, result) == []
    load = workload(plan, result)
    assert load.over_days(1) == []
    assert load.over_days(2) == []


def test_s26ov_a_manual_task_at_night_is_still_flagged_by_both():
    plan = _evening_plan(manual=True)
    result = schedule(plan)
    (over,) = overallocations(plan, result)
    assert (over.resource_uid, over.reason) == (1, "works outside working hours")
    assert workload(plan, result).over_days(1) == [datetime(2027, 3, 2).date()]
