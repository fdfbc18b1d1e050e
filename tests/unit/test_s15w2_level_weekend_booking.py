"""Leveling books what over-allocation counts for an assignment whose person has no
working time in its task's span (a manual task over a weekend): its units over the
span (:func:`app.domain.overallocation.own_or_even`), not nothing."""

from __future__ import annotations

from datetime import datetime

from app.domain.contours import WorkContour
from app.domain.leveling import apply_delays, level
from app.domain.leveling_bookings import booking_of, stretches
from app.domain.overallocation import booked_spans, overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.worktime import to_minutes

FRI = datetime(2026, 1, 9, 8, 0)
SAT = datetime(2026, 1, 10, 8, 0)
MON = datetime(2026, 1, 12, 8, 0)


def _weekend(contour: WorkContour = WorkContour.BACK_LOADED) -> Plan:
    plan = Plan(project=Project(name="Weekend", start=FRI))
    plan.append_task(
        Task(1, "Weekend", 1, duration_minutes=240, manual=True, start=SAT, finish=MON)
    )
    plan.append_task(Task(2, "Work", 1, duration_minutes=960))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 144, contour=contour))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 960))
    return plan


def _weekend_named(result) -> bool:
    """Ana's weekend on the manual task, which no delay moves, is all leveling leaves: named."""
    (left,) = result.unresolved
    return (left.resource_uid, left.task_uid) == (
        1,
        1,
    ) and "on a day off on 'Weekend'" in left.reason


def test_over_allocation_counts_the_weekend_task_over_its_span():
    plan = _weekend()
    sched = schedule(plan)
    (a,) = [x for x in plan.assignments if x.task_uid == 1]
    assert booked_spans(plan, a, sched.get(1), {}, {}) == [(SAT, MON, 1.0, 1)]
    (over,) = overallocations(plan, sched)
    assert (over.start, over.finish, over.task_uids) == (SAT, MON, (1, 2))


def test_leveling_books_the_same_stretch_over_the_weekend():
    plan = _weekend()
    (a,) = [x for x in plan.assignments if x.task_uid == 1]
    booking = booking_of(plan, a, plan.resource(1), 240, {})
    got = list(stretches([booking], [(to_minutes(SAT), to_minutes(MON))]))
    assert got == [(1, to_minutes(SAT), to_minutes(MON), 1.0)]


def test_the_task_across_the_weekend_is_moved_past_it():
    plan = _weekend()
    before = schedule(plan)
    assert before[2].start == FRI
    assert before[2].finish > MON
    result = level(plan, before)
    assert _weekend_named(result)
    apply_delays(plan, result.delays)
    after = schedule(plan)
    assert after[2].start == MON
    _only_the_weekend_worked(plan, after)


def test_a_flat_assignment_ending_before_its_task_is_booked_there_too():
    """Flat, but 144 of the task's 240 minutes: it books its own span, which has no
    working time of Ana's either; leveling books it over the weekend all the same."""
    plan = _weekend(WorkContour.FLAT)
    result = level(plan, schedule(plan))
    assert _weekend_named(result)
    apply_delays(plan, result.delays)
    after = schedule(plan)
    assert after[2].start == MON
    _only_the_weekend_worked(plan, after)


def _only_the_weekend_worked(plan: Plan, after) -> None:
    """Leveled, Ana's one over-allocation left is the manual task's own work over the
    weekend, her non-working time (MS Project's work outside the calendar: no move of
    the other task clears it)."""
    assert overallocated_resources(plan, after) == {1}
    (left,) = overallocations(plan, after)
    assert (left.start, left.finish, left.task_uids, left.off_time) == (SAT, MON, (1,), True)
