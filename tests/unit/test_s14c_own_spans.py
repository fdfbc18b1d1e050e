"""Contours as MS Project applies them: the work done stays, each assignment keeps its own
span, and Usage, workload, over-allocation and the assignment's dates read the same pieces."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.assignment_dates import assignment_dates
from app.domain.assignment_work import apply_edit, contour_edit, units_edit, work_edit
from app.domain.calendar import standard_calendar
from app.domain.contours import WorkContour, assignment_pieces, fills_task, own_need
from app.domain.overallocation import overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.domain.usage import Scale, build_usage
from app.domain.workload import workload
from app.domain.worktime import WorkTime

DAY = 480
HOUR = 60
MONDAY = datetime(2026, 1, 5, 8)


def _plan(days: int = 10) -> Plan:
    plan = Plan(project=Project(start=MONDAY))
    plan.append_task(Task(1, "Build", duration_minutes=days * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    return plan


def _weeks(plan: Plan, row: int) -> list[float]:
    usage = build_usage(plan, schedule(plan))
    return [round(v / HOUR, 2) for v in usage.assignment_values(row, usage.periods(Scale.WEEKS))]


# ---------------------------------------------------------------- 1. the past stays


def _started(pct: float = 0.0, actual: int = 0) -> Plan:
    plan = _plan()
    plan.update_task(replace(plan.task(1), percent_complete=pct))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 80 * HOUR, actual_work_minutes=actual))
    return plan


@pytest.mark.parametrize(("pct", "actual"), [(0.0, 40 * HOUR), (50.0, 0)])
def test_a_bell_on_a_started_assignment_shapes_only_the_remaining_work(pct, actual):
    plan = _started(pct, actual)
    task, changed = contour_edit(plan, 1, WorkContour.BELL)
    # 40 h done at 100 % + 40 h left at Bell's mean of 50 %: 120 h, 15 days (not 20)
    assert task.duration_minutes == 120 * HOUR
    apply_edit(plan, (task, changed))
    weeks = _weeks(plan, 0)
    assert weeks[0] == pytest.approx(40.0)  # the week done keeps its 40 h
    assert sum(weeks) == pytest.approx(80.0)
    usage = build_usage(plan, schedule(plan))
    days = [v / HOUR for v in usage.assignment_values(0, usage.periods(Scale.DAYS)) if v > 0]
    assert days[:5] == pytest.approx([8.0] * 5)
    # the 40 h left over 80 working hours in ten parts of one day each, shaped by the bell
    assert days[5:] == pytest.approx([p / 100 * 8 for p in WorkContour.BELL.shape])
    load = workload(plan, schedule(plan), [1])
    assert [v / HOUR for v in load.work[0] if v > 0] == pytest.approx(days)


def test_the_done_part_books_its_units_and_the_rest_the_contours_share():
    plan = _started(actual=40 * HOUR)
    apply_edit(plan, contour_edit(plan, 1, WorkContour.BELL))
    plan.add_resource(Resource(3, "Cy"))
    plan.append_task(Task(2, "Side", duration_minutes=15 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 0.5, round(15 * DAY * 0.5)))
    sched = schedule(plan)
    found = overallocations(plan, sched)
    # 100 % done in week 1 + 50 %: over; then the bell's 80-100 % parts + 50 %: over again
    assert [o.start.date() for o in found] == [date(2026, 1, 5), date(2026, 1, 15)]
    assert found[0].finish == datetime(2026, 1, 12, 8)
    assert overallocated_resources(plan, sched) == {1}
    usage = build_usage(plan, sched)
    over_days = usage.overallocated(usage.periods(Scale.DAYS))[0]
    assert over_days.any()


def test_assignment_pieces_add_up_and_keep_the_done_work_flat():
    wt = WorkTime.for_calendar(standard_calendar(), {})
    finish = datetime(2026, 1, 23, 17)  # 15 working days
    pieces = assignment_pieces(
        [(MONDAY, finish)], wt, 4800.0, 1.0, WorkContour.BELL, 15 * DAY, actual=2400.0
    )
    assert sum(w for _, _, w, _ in pieces) == pytest.approx(4800.0)
    assert pieces[0][:4] == (MONDAY, datetime(2026, 1, 12, 8), 2400.0, 1.0)
    assert [u for *_, u in pieces[1:]] == [p / 100 for p in WorkContour.BELL.shape]
    assert pieces[-1][1] == finish


# ---------------------------------------------------------------- 2. each its own finish


def _ana_and_ben(ana: WorkContour, ana_work: int, ben_work: int) -> Plan:
    plan = _plan()
    plan.add_assignment(Assignment(1, 1, 1, 1.0, ana_work))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, ben_work))
    if ana is not WorkContour.FLAT:
        apply_edit(plan, contour_edit(plan, 1, ana))
    return plan


def test_a_flat_colleague_of_a_stretched_contour_works_at_his_units_and_ends_early():
    plan = _ana_and_ben(WorkContour.BACK_LOADED, 80 * HOUR, 80 * HOUR)
    sched = schedule(plan)
    times = sched[1]
    assert times.duration_minutes == 8000  # 133 h 20: Ana's need, the longest
    ben_weeks = _weeks(plan, 1)
    assert ben_weeks[:2] == pytest.approx([40.0, 40.0])  # 100 % for 80 h, not 20 h a week
    assert sum(ben_weeks) == pytest.approx(80.0)
    dates = assignment_dates(plan, sched)
    assert dates[2] == (MONDAY, datetime(2026, 1, 16, 17))  # Ben: two weeks
    assert dates[1] == (times.start, times.finish)  # Ana: the task's span
    load = workload(plan, sched, [2])
    assert load.work[0].max() == pytest.approx(DAY)
    assert load.work[0].sum() == pytest.approx(80 * HOUR)


def test_unequal_flat_work_ends_the_smaller_assignment_early():
    plan = _ana_and_ben(WorkContour.FLAT, 80 * HOUR, 40 * HOUR)
    sched = schedule(plan)
    assert sched[1].duration_minutes == 10 * DAY  # the scheduler's task stays as it was
    assert _weeks(plan, 1)[:2] == pytest.approx([40.0, 0.0])
    assert assignment_dates(plan, sched)[2] == (MONDAY, datetime(2026, 1, 9, 17))
    # Ben is free in week 2: a week-2 job at 100 % does not over-allocate him
    plan.append_task(Task(2, "Other", duration_minutes=5 * DAY))
    plan.add_assignment(Assignment(3, 2, 2, 1.0, 5 * DAY))
    week2 = datetime(2026, 1, 12, 8)
    plan.update_task(
        replace(plan.task(2), constraint_type=ConstraintType.SNET, constraint_date=week2)
    )
    sched = schedule(plan)
    assert sched[2].start == week2
    assert overallocations(plan, sched) == []
    assert overallocated_resources(plan, sched) == set()
    usage = build_usage(plan, sched)
    assert not usage.overallocated(usage.periods(Scale.DAYS)).any()
    # ...while one in week 1 does
    plan.update_task(
        replace(plan.task(2), constraint_type=ConstraintType.ASAP, constraint_date=None)
    )
    sched = schedule(plan)
    assert sched[2].start == MONDAY
    assert overallocated_resources(plan, sched) == {2}
    assert [o.resource_uid for o in overallocations(plan, sched)] == [2]


def test_fills_task_allows_rounding_only():
    assert fills_task(round(481 * 0.3), 0.3, WorkContour.FLAT, 481)
    assert not fills_task(2400, 1.0, WorkContour.FLAT, 4800)
    assert not fills_task(7200, 1.0, WorkContour.FLAT, 4800)
    assert fills_task(4800, 1.0, WorkContour.BACK_LOADED, 8000)
    assert fills_task(0, 1.0, WorkContour.FLAT, 4800)  # no work entered: it fills
    assert own_need(4800, 1.0, WorkContour.BELL, 2400) == pytest.approx(2400 + 4800)


# ---------------------------------------------------------------- 3. one set of figures


def test_usage_and_overallocation_agree_when_contoured_work_is_more_than_the_task_holds():
    # the MSPDI case: a 40 h task, 40 h of Back Loaded work at 100 % (it needs 66 h 40)
    plan = Plan(project=Project(start=MONDAY))
    plan.append_task(Task(1, "Build", duration_minutes=40 * HOUR))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * HOUR, contour=WorkContour.BACK_LOADED))
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    days = usage.periods(Scale.DAYS)
    peak = max(usage.assignment_values(0, days))
    assert peak == pytest.approx(DAY * 8000 / 4800)  # 13.3 h on the days at the peak
    assert overallocated_resources(plan, sched) == {1}
    found = overallocations(plan, sched)
    assert [o.resource_uid for o in found] == [1]
    assert max(o.units for o in found) == pytest.approx(peak / DAY)  # the same figure
    assert usage.overallocated(days)[0].any()
    load = workload(plan, sched, [1])
    assert load.work[0].max() == pytest.approx(peak)
    assert load.over_days(1)


def test_flat_work_crowded_into_its_task_books_its_units_as_ms_project():
    # MS Project's own file (mspdiassignmentfields.xml) lays 80 h at 100 % into a 71 h task,
    # 8 h 54 a day, and calls nobody over-allocated (PeakUnits 100 %): Usage shows the
    # crowded days, the units stay what the person is booked at.
    plan = Plan(project=Project(start=MONDAY))
    plan.append_task(Task(1, "Build", duration_minutes=40 * HOUR))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 60 * HOUR))
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    days = usage.periods(Scale.DAYS)
    assert max(usage.assignment_values(0, days)) == pytest.approx(12 * HOUR)
    assert assignment_dates(plan, sched)[1] == (sched[1].start, sched[1].finish)
    assert overallocated_resources(plan, sched) == set()
    assert overallocations(plan, sched) == []


def test_work_as_the_task_holds_is_not_over_allocated():
    plan = Plan(project=Project(start=MONDAY))
    plan.append_task(Task(1, "Build", duration_minutes=40 * HOUR))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 24 * HOUR, contour=WorkContour.BACK_LOADED))
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    assert max(usage.assignment_values(0, usage.periods(Scale.DAYS))) <= DAY + 1e-6
    assert overallocated_resources(plan, sched) == set()
    assert not usage.overallocated(usage.periods(Scale.DAYS)).any()


def test_progress_on_an_assignment_contoured_before_keeps_its_span_and_shape():
    plan = _plan()
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 80 * HOUR))
    apply_edit(plan, contour_edit(plan, 1, WorkContour.BACK_LOADED))
    before = _weeks(plan, 0)
    plan.update_task(replace(plan.task(1), percent_complete=40.0))
    # the work done followed the contour as scheduled: nothing moves, nothing ends early
    assert _weeks(plan, 0) == before
    sched = schedule(plan)
    assert assignment_dates(plan, sched)[1] == (sched[1].start, sched[1].finish)


def test_units_and_work_typed_later_keep_the_done_work_flat_too():
    plan = _started(actual=40 * HOUR)
    apply_edit(plan, contour_edit(plan, 1, WorkContour.BELL))
    task, _changed = units_edit(plan, 1, 0.5)
    assert task.duration_minutes == (80 + 160) * HOUR  # 40 h at 50 %, 40 h at 50 % x Bell's 50 %
    task, _changed = work_edit(plan, 1, 120 * HOUR)
    assert task.duration_minutes == (40 + 160) * HOUR  # 40 h done, 80 h left at Bell's 50 %
