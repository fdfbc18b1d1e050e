"""Overtime work shortens the task, as MS Project schedules it: the regular work (work less
overtime) is laid at the person's units and makes the length; the overtime rides within."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.assignment_dates import assignment_dates
from app.domain.assignment_work import apply_edit, units_edit, work_edit
from app.domain.errors import InputError
from app.domain.overtime_work import overtime_edit, regular_work, task_overtime
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import Task, TaskType
from app.domain.workload import DayCalendar, own_pieces
from app.io.mspdi import read_mspdi

DAY = 480


def _plan(task_type: TaskType = TaskType.FIXED_UNITS) -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))  # a Monday
    plan.append_task(Task(1, "Phase"))
    plan.append_task(Task(2, "Build", 2, duration_minutes=5 * DAY, task_type=task_type))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Cement", type=ResourceType.MATERIAL))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 2, 3.0))
    return plan


def test_s23ot_40h_with_8h_overtime_takes_4_days():
    plan = _plan()
    apply_edit(plan, overtime_edit(plan, 1, 8 * 60))
    a = plan.assignment(1)
    assert (a.work_minutes, a.overtime_work_minutes, regular_work(a)) == (2400, 480, 1920)
    assert plan.task(2).duration_minutes == 4 * DAY
    times = schedule(plan)[2]
    assert times.finish == datetime(2026, 1, 8, 17)  # Thursday, not Friday
    assert assignment_dates(plan, schedule(plan))[1] == (times.start, times.finish)
    assert task_overtime(plan, plan.task(2)) == 480
    assert task_overtime(plan, plan.task(1)) == 480  # the summary sums its subtasks


def test_s23ot_overtime_on_work_none_stored_takes_the_planned_work():
    plan = _plan()
    plan.update_assignment(replace(plan.assignment(1), work_minutes=0))  # duration x units
    task, (a,) = overtime_edit(plan, 1, 8 * 60)
    assert (task.duration_minutes, a.work_minutes, a.overtime_work_minutes) == (4 * DAY, 2400, 480)


def test_s23ot_overtime_is_spread_over_the_regular_span():
    plan = _plan()
    apply_edit(plan, overtime_edit(plan, 1, 8 * 60))
    times = schedule(plan)[2]
    a = plan.assignment(1)
    cal = DayCalendar(plan, None)
    pieces = own_pieces(plan, a, a.work_minutes, ((times.start, times.finish),), times, cal)
    assert pieces[0][0] == times.start
    assert pieces[-1][1] == times.finish
    assert sum(p[2] for p in pieces) == pytest.approx(2400)  # 10 h a day over 4 days


def test_s23ot_a_second_person_with_overtime_finishes_early():
    plan = _plan()
    plan.add_resource(Resource(3, "Ben"))
    plan.add_assignment(Assignment(3, 2, 3, 1.0, 5 * DAY, overtime_work_minutes=DAY))
    dates = assignment_dates(plan, schedule(plan))
    assert dates[1][1] == datetime(2026, 1, 9, 17)  # Ana: 5 days
    assert dates[3][1] == datetime(2026, 1, 8, 17)  # Ben: 32 h regular, 4 days


def test_s23ot_a_person_with_overtime_is_booked_for_their_regular_span_only():
    from app.domain.overallocation_spans import booked_spans

    plan = _plan()
    plan.add_resource(Resource(3, "Ben"))
    plan.add_assignment(Assignment(3, 2, 3, 1.0, 5 * DAY, overtime_work_minutes=DAY))
    spans = booked_spans(plan, plan.assignment(3), schedule(plan)[2], {}, {})
    assert spans[-1][1] == datetime(2026, 1, 8, 17)  # not Friday: 32 h regular
    assert spans[0][2] == pytest.approx(1.0)


def test_s23ot_fixed_duration_keeps_duration_and_work_units_drop():
    plan = _plan(TaskType.FIXED_DURATION)
    task, changed = overtime_edit(plan, 1, 8 * 60)
    assert task.duration_minutes == 5 * DAY
    assert changed[0].work_minutes == 5 * DAY
    assert changed[0].units == pytest.approx(0.8)


def test_s23ot_fixed_duration_typed_work_and_units_keep_the_overtime_on_top():
    plan = _plan(TaskType.FIXED_DURATION)
    apply_edit(plan, overtime_edit(plan, 1, 8 * 60))
    task, changed = work_edit(plan, 1, 48 * 60)  # 40 h regular over 5 days: 100 %
    assert task.duration_minutes == 5 * DAY
    assert changed[0].units == pytest.approx(1.0)
    task, changed = units_edit(plan, 1, 0.5)  # 20 h regular, the 8 h overtime on top
    assert (task.duration_minutes, changed[0].work_minutes) == (5 * DAY, 28 * 60)


def test_s23ot_typed_work_and_units_keep_overtime_out_of_the_length():
    plan = _plan()
    apply_edit(plan, overtime_edit(plan, 1, 8 * 60))
    task, changed = work_edit(plan, 1, 48 * 60)  # 40 h regular
    assert task.duration_minutes == 5 * DAY
    assert changed[0].overtime_work_minutes == 480
    task, _ = units_edit(plan, 1, 0.5)  # 32 h regular at 50 %
    assert task.duration_minutes == 8 * DAY


def test_s23ot_a_typed_duration_keeps_the_overtime():
    from app.domain.assigning import rebalance_for_duration

    plan = _plan()
    apply_edit(plan, overtime_edit(plan, 1, 8 * 60))
    (a,) = rebalance_for_duration(plan, 2, 5 * DAY)
    assert (a.work_minutes, a.overtime_work_minutes) == (48 * 60, 480)


@pytest.mark.parametrize(
    ("minutes", "said"),
    [(-60, "Overtime Work cannot be negative"), (2400, "Overtime Work must be less than")],
)
def test_s23ot_bad_overtime_is_refused_naming_the_field(minutes, said):
    plan = _plan()
    with pytest.raises(InputError, match=said):
        overtime_edit(plan, 1, minutes)
    assert plan.assignment(1).overtime_work_minutes == 0


def test_s23ot_material_and_summary_refuse_overtime():
    plan = _plan()
    with pytest.raises(InputError, match="Overtime Work is measured for people only"):
        overtime_edit(plan, 2, 60)


def test_s23ot_undo_puts_the_task_back():
    plan = _plan()
    before = (plan.task(2), plan.assignment(1))
    old = apply_edit(plan, overtime_edit(plan, 1, 8 * 60))
    apply_edit(plan, old)
    assert (plan.task(2), plan.assignment(1)) == before


def test_s23ot_ms_projects_file_with_overtime_keeps_its_dates(shared_data):
    """mspdiassignmentfields.xml, the only shared file with overtime: 23 h, 20 h of it
    overtime, at 25 % lasts 3 h / 25 % = 12 h as MS Project's assignment Start and Finish
    say (08:55 to 13:55 the next day, after its 55 minutes of assignment Delay); its task's
    71 h duration is the 80 h assignment's 71 h regular work."""
    plan = read_mspdi(shared_data / "mspdi" / "mspdiassignmentfields.xml")
    result = schedule(plan)
    times = result[1]
    assert (times.start, times.finish) == (datetime(2011, 7, 6, 8), datetime(2011, 7, 18, 16, 1))
    dates = assignment_dates(plan, result)
    start, finish = dates[5]
    # MS Project's own assignment Start and Finish: 55 minutes of Delay (read since 6fb46875),
    # then 12 working hours (lunch 12-13); 92 h before overtime was counted (23 h / 25 %)
    assert start == times.start + timedelta(minutes=55)
    assert finish == datetime(2011, 7, 7, 13, 55)
    assert dates[2] == (times.start, times.finish)
    assert regular_work(plan.assignment(2)) == 71 * 60
    assert task_overtime(plan, plan.task(1)) == 29 * 60


def test_s23ot_overtime_on_a_task_with_its_units_zero_changes_only_work():
    plan = _plan()
    plan.update_assignment(replace(plan.assignment(1), units=0.0))
    task, changed = overtime_edit(plan, 1, 60)
    assert task.duration_minutes == 5 * DAY
    assert changed[0].overtime_work_minutes == 60
