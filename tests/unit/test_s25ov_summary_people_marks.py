"""The task sheet's and the printout's over-allocated mark (app.report.indicators) counts a
summary's own people as the domain does (since 32a29a4): Bob on the summary 'Backend' and on
its subtask 'API' works 200 % over API's days, so API is marked, as the Usage view's periods
name it; at half time on each nothing is."""

from __future__ import annotations

from app.domain.overallocation import overallocations
from app.domain.plan import Plan
from app.domain.resource import Assignment
from app.domain.scheduler import schedule
from app.report.assignment_index import AssignmentIndex
from app.report.indicators import Indicator, TaskIndicators
from tests.unit.test_s15e_summary_people import DAY, _plan


def _truth(plan: Plan) -> set[int]:
    """The tasks of the domain's over-allocated periods (the sheet marks no summary)."""
    found = {u for o in overallocations(plan, schedule(plan)) for u in o.task_uids}
    return {u for u in found if not plan.is_summary(u)}


def _marked(plan: Plan, printed: bool) -> set[int]:
    ind = TaskIndicators(plan, schedule(plan), index=AssignmentIndex(plan.assignments))
    if printed:  # a printed page draws the kinds alone
        return {t.uid for t in plan.tasks if Indicator.OVERALLOCATED in ind.kinds(t.uid)}
    return {t.uid for t in plan.tasks if Indicator.OVERALLOCATED in [m.kind for m in ind.of(t.uid)]}


def test_s25ov_summary_person_marks_the_subtask_as_usage_says():
    plan = _plan()
    assert _truth(plan) == {2}
    assert _marked(plan, printed=False) == {2}
    assert _marked(plan, printed=True) == {2}
    ind = TaskIndicators(plan, schedule(plan))
    (tip,) = [m.tip for m in ind.of(2) if m.kind is Indicator.OVERALLOCATED]
    assert tip == "Bob on this task is over-allocated"


def test_s25ov_summary_person_with_typed_work_elsewhere_takes_the_full_sweep_alike():
    """Bob's work on Docs typed short (uneven: the full sweep over booked spans) still counts
    his summary booking."""
    plan = _plan()
    plan.add_assignment(Assignment(9, 3, 1, units=1.0, work_minutes=DAY))
    assert _truth(plan) == {2, 3}
    assert _marked(plan, printed=False) == _truth(plan)
    assert _marked(plan, printed=True) == _truth(plan)


def test_s25ov_half_time_on_each_marks_nothing():
    plan = _plan(api_units=0.5)
    plan.update_assignment(Assignment(1, 1, 1, units=0.5, work_minutes=5 * DAY))
    assert _truth(plan) == set()
    assert _marked(plan, printed=False) == set()
