"""The task sheet's over-allocated mark (MS Project's red man) follows the periods the Usage view
shows (app.domain.overallocation): Anna's Saturday typed into Design (8 h at her 100 %) marks
Design; a contour's quiet tail and an edit that types the Saturday away are judged as the
domain's sweep judges them."""

from __future__ import annotations

from datetime import datetime

from app.domain.contours import WorkContour
from app.domain.link import Link
from app.domain.overallocation import overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.assignment_index import AssignmentIndex
from app.report.indicators import Indicator, TaskIndicators
from tests.test_s24us_day_off_typed import SAT, H, anna_plan, type_on

DAY = 480
MON = datetime(2026, 3, 2, 8, 0)


def _marked(plan: Plan, index: AssignmentIndex | None = None) -> set[int]:
    ind = TaskIndicators(plan, schedule(plan), index=index)
    return {t.uid for t in plan.tasks if Indicator.OVERALLOCATED in [m.kind for m in ind.of(t.uid)]}


def _truth(plan: Plan) -> set[int]:
    """The tasks of the Usage view's over-allocated periods (the sheet marks no summary)."""
    found = {u for o in overallocations(plan, schedule(plan)) for u in o.task_uids}
    return {u for u in found if not plan.is_summary(u)}


def test_s24in_a_saturday_typed_marks_its_task():
    plan = anna_plan()
    assert _marked(plan) == set()
    type_on(plan, SAT, 8 * H)
    assert _truth(plan) == {1}
    assert _marked(plan) == {1}
    ind = TaskIndicators(plan, schedule(plan))
    (tip,) = [m.tip for m in ind.of(1) if m.kind is Indicator.OVERALLOCATED]
    assert tip == "Anna on this task is over-allocated"


def test_s24in_the_kept_sweep_follows_the_typed_saturday():
    """The sheet keeps each person's sweep from edit to edit (the assignment index): typing the
    Saturday in, and away again, is swept again."""
    plan = anna_plan()
    index = AssignmentIndex(plan.assignments)
    assert _marked(plan, index) == set()
    for hours, marked in ((8, {1}), (0, set())):
        (old,) = plan.assignments
        type_on(plan, SAT, hours * H)
        (new,) = plan.assignments
        index.replace(old, new, 1)  # as the window's edit tells it
        assert _marked(plan, index) == marked


def _contoured(contour: WorkContour) -> Plan:
    """Ana on a 10-day task (6 days' work: front-loaded, its peak 100 %; flat, at 60 %), at 50 %
    on a 2-day one beside its start, and at 40 % from its sixth day on another."""
    units = 1.0 if contour.shaped else 0.6
    plan = Plan(project=Project(name="Contour", start=MON))
    plan.append_task(plan_task(1, "Survey", 10))
    plan.append_task(plan_task(2, "Wait", 5))
    plan.append_task(plan_task(3, "Report", 5))
    plan.append_task(plan_task(4, "Kickoff", 2))
    plan.links = [Link(2, 3)]
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, units, 6 * DAY, contour=contour))
    plan.add_assignment(Assignment(2, 3, 1, 0.4, 2 * DAY))
    plan.add_assignment(Assignment(3, 4, 1, 0.5, DAY))
    return plan


def plan_task(uid: int, name: str, days: int) -> Task:
    return Task(uid, name, duration_minutes=days * DAY)


def test_s24in_a_contours_quiet_tail_is_not_over_allocated():
    flat = _contoured(WorkContour.FLAT)
    assert _marked(flat) == _truth(flat) == {1, 4}  # 110 % at the start, 100 % at the end
    shaped = _contoured(WorkContour.FRONT_LOADED)
    assert _truth(shaped) == {1, 4}  # 150 % at the start; the tail books 50 % and less
    assert _marked(shaped) == {1, 4}  # the task's whole span at its peak would mark 3 too
    shaped.assignments[1] = Assignment(2, 3, 1, 0.6, 3 * DAY)  # 110 % on days six and seven
    assert _marked(shaped) == _truth(shaped) == {1, 3, 4}
