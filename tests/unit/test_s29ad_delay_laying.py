"""MS Project's assignment Delay: the reviewer starts two days after the writers; their
work, their dates, Usage, workload and over-allocation read the later span, and the task
lasts until its latest person is done (so its successors wait)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.assignment_dates import assignment_dates
from app.domain.assignment_delay import delay_edit, read_delay, stretched_duration
from app.domain.assignment_work import apply_edit
from app.domain.errors import InputError
from app.domain.link import Link
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage import Scale, build_usage
from app.domain.workload import workload

DAY = 480
HOUR = 60
MONDAY = datetime(2026, 1, 5, 8)


def _plan() -> Plan:
    """Write (5d: Ana writes 40 h, Ben reviews 16 h), then Publish (1d) after it."""
    plan = Plan(project=Project(start=MONDAY))
    plan.append_task(Task(1, "Write", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Publish", duration_minutes=DAY))
    plan.add_link(Link(1, 2))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * HOUR))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 16 * HOUR))
    return plan


def _days(plan: Plan, row: int) -> list[float]:
    usage = build_usage(plan, schedule(plan))
    return [round(v / HOUR, 2) for v in usage.assignment_values(row, usage.periods(Scale.DAYS))]


def test_without_delay_the_reviewer_starts_with_the_task_and_finishes_early():
    plan = _plan()
    dates = assignment_dates(plan, schedule(plan))
    assert dates[2] == (MONDAY, datetime(2026, 1, 6, 17))


def test_a_two_day_delay_moves_the_reviewers_start_finish_and_daily_work():
    plan = _plan()
    apply_edit(plan, delay_edit(plan, 2, 2 * DAY))
    assert plan.assignment(2).delay_minutes == 2 * DAY
    assert plan.task(1).duration_minutes == 5 * DAY  # 2d + 2d fits in the 5 days
    sched = schedule(plan)
    assert assignment_dates(plan, sched)[2] == (datetime(2026, 1, 7, 8), datetime(2026, 1, 8, 17))
    assert _days(plan, 1)[:5] == [0, 0, 8, 8, 0]
    assert _days(plan, 0)[:5] == [8, 8, 8, 8, 8]
    load = workload(plan, sched)
    ben = [round(v / HOUR) for v in load.work[1][:5]]
    assert ben == [0, 0, 8, 8, 0]


def test_a_delay_past_the_task_stretches_it_and_its_successor_waits():
    plan = _plan()
    apply_edit(plan, delay_edit(plan, 2, 4 * DAY))  # 4d then 2d of review: 6 days
    assert plan.task(1).duration_minutes == 6 * DAY
    sched = schedule(plan)
    assert sched[1].finish == datetime(2026, 1, 12, 17)
    assert sched[2].start == datetime(2026, 1, 13, 8)
    assert assignment_dates(plan, sched)[2] == (datetime(2026, 1, 9, 8), datetime(2026, 1, 12, 17))
    # the delay taken off again: the task goes back to its 5 days
    apply_edit(plan, delay_edit(plan, 2, 0))
    assert plan.task(1).duration_minutes == 5 * DAY


def test_delayed_work_overlapping_another_task_makes_the_person_overallocated():
    plan = _plan()
    plan.append_task(Task(3, "Other", duration_minutes=2 * DAY))
    plan.add_assignment(Assignment(3, 3, 2, 1.0, 16 * HOUR))  # Ben, Mon-Tue
    sched = schedule(plan)
    assert 2 in overallocated_resources(plan, sched)  # review Mon-Tue clashes
    apply_edit(plan, delay_edit(plan, 2, 2 * DAY))
    assert 2 not in overallocated_resources(plan, schedule(plan))  # review Wed-Thu


def test_an_elapsed_delay_counts_clock_time():
    plan = _plan()
    apply_edit(plan, delay_edit(plan, 2, 24 * 60, elapsed=True))  # 1ed: Tuesday 8:00
    start, _ = assignment_dates(plan, schedule(plan))[2]
    assert start == datetime(2026, 1, 6, 8)


def test_typed_delays_and_a_negative_one_refused_naming_the_field():
    project = Project(start=MONDAY)
    assert read_delay("2d", project) == (2 * DAY, False)
    assert read_delay("4h", project) == (4 * HOUR, False)
    assert read_delay("1ed", project) == (24 * 60, True)
    assert read_delay("", project) == (0, False)
    with pytest.raises(InputError, match=r"^Delay: '-2d' cannot be negative"):
        read_delay("-2d", project)
    with pytest.raises(InputError, match=r"^Delay: "):
        read_delay("soon", project)


def test_a_task_longer_than_its_people_keeps_its_length():
    plan = _plan()
    before = plan.assignments_of_task(1)
    after = [before[0], Assignment(2, 1, 2, 1.0, 16 * HOUR, delay_minutes=DAY)]
    assert stretched_duration(plan, 5 * DAY, before, after) == 5 * DAY


def test_more_work_for_a_delayed_person_stretches_the_task_past_their_delay():
    from app.domain.assignment_work import work_edit

    plan = _plan()
    apply_edit(plan, delay_edit(plan, 2, 2 * DAY))
    apply_edit(plan, work_edit(plan, 2, 32 * HOUR))  # 2d later, 4d of review: 6 days
    assert plan.task(1).duration_minutes == 6 * DAY
    assert assignment_dates(plan, schedule(plan))[2][1] == datetime(2026, 1, 12, 17)


def test_a_typed_duration_leaves_a_delayed_person_the_time_after_their_delay():
    from app.domain.assigning import rebalance_for_duration

    plan = _plan()
    apply_edit(plan, delay_edit(plan, 2, 2 * DAY))
    ben = next(a for a in rebalance_for_duration(plan, 1, 6 * DAY) if a.uid == 2)
    assert ben.work_minutes == 4 * DAY  # 6 days less the 2 days' delay, at 100 %
