"""A split task's pauses count on the calendar the engine schedules it on: its people's."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.calendar import STANDARD_DAY, Calendar
from app.domain.overallocation import overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split, TaskClocks
from app.domain.task import ConstraintType, Task
from app.domain.workload import workload

MON = datetime(2026, 1, 5, 8)  # a Monday
DAY = 480
# Monday, Wednesday and Friday only.
MWF = Calendar(uid=2, name="MWF", week=(STANDARD_DAY, (), STANDARD_DAY, (), STANDARD_DAY, (), ()))


def _plan(ignore: bool = False) -> Plan:
    """Ben (Mon/Wed/Fri) on 'Pour': 2 of his days, a pause of 2 of his days, 3 more days."""
    plan = Plan(project=Project(start=MON))
    plan.calendars[2] = MWF
    plan.append_task(
        Task(
            1,
            "Pour",
            duration_minutes=5 * DAY,
            splits=(Split(2 * DAY, 2 * DAY),),
            ignore_resource_calendar=ignore,
        )
    )
    plan.add_resource(Resource(1, "Ben", calendar_uid=2))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    return plan


def test_the_pause_falls_on_the_persons_days():
    plan = _plan()
    s = schedule(plan)
    times = s[1]
    # The engine: 7 of Ben's days from Monday 5th, so the task ends Monday 19th.
    assert times.finish == datetime(2026, 1, 19, 17)
    parts = TaskClocks(plan).parts(plan.task(1), times)
    assert parts == (
        (datetime(2026, 1, 5, 8), datetime(2026, 1, 7, 17)),  # Mon, Wed
        (datetime(2026, 1, 14, 8), datetime(2026, 1, 19, 17)),  # Wed, Fri, Mon
    )


def test_the_person_works_only_in_the_parts():
    plan = _plan()
    s = schedule(plan)
    load = workload(plan, s, first_day=date(2026, 1, 5), last_day=date(2026, 1, 19))
    ben = list(load.work[load.row_of[1]])
    # Mon 5, Wed 7 work; Fri 9, Mon 12 paused; Wed 14, Fri 16, Mon 19 work.
    worked = [date(2026, 1, 5 + i) for i, v in enumerate(ben) if v > 0]
    assert worked == [date(2026, 1, d) for d in (5, 7, 14, 16, 19)]
    assert sum(ben) == 5 * DAY


def test_a_second_task_in_the_pause_is_no_overallocation():
    plan = _plan()
    fri = datetime(2026, 1, 9, 8)  # in Ben's pause (on the project calendar: Pour's 2nd part)
    plan.append_task(
        Task(
            2,
            "Check",
            duration_minutes=DAY,
            constraint_type=ConstraintType.SNET,
            constraint_date=fri,
        )
    )
    plan.add_assignment(Assignment(2, 2, 1, 1.0, DAY))
    s = schedule(plan)
    assert (s[2].start, s[2].finish) == (fri, datetime(2026, 1, 9, 17))
    assert overallocations(plan, s) == []


def test_a_task_ignoring_its_peoples_calendars_pauses_on_its_own():
    plan = _plan(ignore=True)
    s = schedule(plan)
    parts = TaskClocks(plan).parts(plan.task(1), s[1])
    # Project calendar: Mon, Tue; paused Wed, Thu; Fri to Wed.
    assert parts[0] == (datetime(2026, 1, 5, 8), datetime(2026, 1, 6, 17))
    assert parts[1][0] == datetime(2026, 1, 9, 8)


def test_a_second_task_in_a_working_part_still_clashes():
    plan = _plan()
    wed = datetime(2026, 1, 14, 8)  # Pour's second part on Ben's days
    plan.append_task(
        Task(
            2,
            "Check",
            duration_minutes=DAY,
            constraint_type=ConstraintType.SNET,
            constraint_date=wed,
        )
    )
    plan.add_assignment(Assignment(2, 2, 1, 1.0, DAY))
    s = schedule(plan)
    found = overallocations(plan, s)
    assert [(o.start.date(), o.task_uids) for o in found] == [(date(2026, 1, 14), (1, 2))]
