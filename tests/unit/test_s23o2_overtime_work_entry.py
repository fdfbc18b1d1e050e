"""A task's Work or Actual Work typed, and people added to or taken off an effort-driven
task, move the duration (or the units) by the regular work, as overtime_work.py lays it:
only work less overtime is laid at the units; the overtime stays with its person.

The sample plan (tests/gui/conftest.py): Code (uid 5) is 5 days; Ana works it at 100 %.
With 8h of her 40h as overtime it lasts 4 days (app/domain/overtime_work.py).
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.actual_work_entry import typed_task_actual_work
from app.domain.assigning import set_assignments
from app.domain.assignment_work import apply_edit
from app.domain.overtime_work import overtime_edit
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import TaskType
from app.domain.task_work_entry import typed_task_work
from app.domain.tracking_edits import task_clock
from tests.gui.conftest import build_plan

H = 60
DAY = 480


def _plan(task_type: TaskType = TaskType.FIXED_UNITS, effort_driven: bool = False) -> Plan:
    """Code: Ana 40h at 100 %, 8h of it overtime: 4 days (a fixed duration: 5 days at
    80 %)."""
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Bob", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 5, 1, 1.0, 40 * H))
    plan.update_task(replace(plan.task(5), task_type=task_type, effort_driven=effort_driven))
    apply_edit(plan, overtime_edit(plan, 1, 8 * H))
    return plan


def _typed(plan: Plan, minutes: int, actual: bool = False) -> None:
    times = schedule(plan).get(5)
    typed = typed_task_actual_work if actual else typed_task_work
    apply_edit(plan, typed(plan, 5, times, minutes, task_clock(plan, plan.task(5))))


def test_s23o2_typed_task_work_lengthens_by_the_regular_work():
    plan = _plan()
    assert plan.task(5).duration_minutes == 4 * DAY
    _typed(plan, 80 * H)  # 72h regular at 100 %: 9 days (by the total's share: 8)
    a = plan.assignment(1)
    assert (a.work_minutes, a.overtime_work_minutes, a.units) == (80 * H, 8 * H, 1.0)
    assert plan.task(5).duration_minutes == 9 * DAY


def test_s23o2_typed_task_work_below_the_overtime_keeps_some_regular_work():
    plan = _plan()
    _typed(plan, 6 * H)
    a = plan.assignment(1)
    assert (a.work_minutes, a.overtime_work_minutes) == (6 * H, 6 * H - 1)
    assert plan.task(5).duration_minutes == 1  # one regular minute


def test_s23o2_fixed_duration_typed_task_work_raises_units_by_the_regular_work():
    plan = _plan(TaskType.FIXED_DURATION)
    a = plan.assignment(1)  # 5 days: 32h regular at 80 %, the 8h on top
    assert (plan.task(5).duration_minutes, a.work_minutes, a.units) == (5 * DAY, 40 * H, 0.8)
    _typed(plan, 80 * H)  # 72h regular over 5 days: 180 %
    a = plan.assignment(1)
    assert plan.task(5).duration_minutes == 5 * DAY
    assert (a.work_minutes, a.overtime_work_minutes) == (80 * H, 8 * H)
    assert abs(a.units - 72 / 40) < 1e-9


def test_s23o2_actual_work_beyond_the_work_lengthens_by_the_regular_work():
    plan = _plan()
    _typed(plan, 48 * H, actual=True)  # 40h regular: 5 days (by the total's share: 4.8)
    a = plan.assignment(1)
    assert (a.work_minutes, a.overtime_work_minutes) == (48 * H, 8 * H)
    assert plan.task(5).duration_minutes == 5 * DAY


def test_s23o2_a_person_added_to_an_effort_driven_task_shares_the_regular_work():
    plan = _plan(effort_driven=True)
    set_assignments(plan, 5, [(1, 1.0), (2, 1.0)])
    ana, bob = plan.assignments_of_task(5)
    # 32h regular over two people: 2 days; Ana keeps her 8h overtime on top, the work 40h
    assert plan.task(5).duration_minutes == 2 * DAY
    assert (ana.work_minutes, ana.overtime_work_minutes) == (24 * H, 8 * H)
    assert bob.work_minutes == 16 * H
    set_assignments(plan, 5, [(2, 1.0)])  # Ana off: her overtime is Bob's regular work
    (bob,) = plan.assignments_of_task(5)
    assert (bob.work_minutes, plan.task(5).duration_minutes) == (40 * H, 5 * DAY)


def test_s23o2_a_person_added_to_a_fixed_duration_effort_driven_task_lowers_units():
    plan = _plan(TaskType.FIXED_DURATION, effort_driven=True)
    set_assignments(plan, 5, [(1, 0.8), (2, 1.0)])
    ana, bob = plan.assignments_of_task(5)
    assert plan.task(5).duration_minutes == 5 * DAY
    assert ana.work_minutes + bob.work_minutes == 40 * H  # the work stays
    assert ana.overtime_work_minutes == 8 * H
    assert ana.work_minutes - 8 * H == round(5 * DAY * ana.units)
