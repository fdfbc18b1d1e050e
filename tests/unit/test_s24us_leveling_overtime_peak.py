"""Leveling books a shaped assignment with overtime at the peak over-allocation counts: only
its regular work (work - overtime) needs time, as app.domain.overtime_work lays it. Its
total work made the peak look crowded (units x need / duration) and the person look busier
than they are."""

from __future__ import annotations

from datetime import datetime

from app.domain.assignment_work import apply_edit
from app.domain.contours import WorkContour
from app.domain.leveling_bookings import booking_of
from app.domain.overallocation import booked_spans
from app.domain.overtime_work import overtime_edit
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.workload import split_parts

MON = datetime(2027, 3, 1, 8, 0)
H = 60


def _plan(contour: WorkContour) -> Plan:
    """Anna full time on Build (40 h, shaped), 8 h of it overtime: the task takes 32 h."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=40 * H))
    plan.add_resource(Resource(1, "Anna"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * H, contour=contour))
    apply_edit(plan, overtime_edit(plan, 1, 8 * H))
    return plan


def test_s24us_leveling_books_the_peak_over_allocation_counts():
    for contour in (WorkContour.BELL, WorkContour.BACK_LOADED, WorkContour.TURTLE):
        plan = _plan(contour)
        result = schedule(plan)
        a = plan.assignment(1)
        assert a.overtime_work_minutes == 8 * H
        duration = result[1].duration_minutes
        counted = booked_spans(plan, a, result[1], split_parts(plan, result), {})
        most = max(u for _s, _f, u, _t in counted)
        _res, peak, _lay = booking_of(plan, a, plan.resource(1), duration, {})
        assert abs(peak - most) < 1e-6, contour
        assert peak <= 1.0 + 1e-6, contour  # not crowded: its regular work fits the task


def test_s24us_without_overtime_the_peak_is_as_before():
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=20 * H))
    plan.add_resource(Resource(1, "Anna"))
    # 40 h of a Bell contour crowded into 20 h: it books more than its units
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * H, contour=WorkContour.BELL))
    result = schedule(plan)
    a = plan.assignment(1)
    counted = booked_spans(plan, a, result[1], split_parts(plan, result), {})
    _res, peak, _lay = booking_of(plan, a, plan.resource(1), result[1].duration_minutes, {})
    assert abs(peak - max(u for _s, _f, u, _t in counted)) < 1e-6
