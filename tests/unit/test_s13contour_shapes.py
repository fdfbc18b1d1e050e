"""Work contours: the ten-part shapes, how work is laid by them, over-allocation, applying one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.assignment_dates import assignment_dates
from app.domain.assignment_work import apply_edit, contour_edit, units_edit, work_edit
from app.domain.calendar import Calendar, standard_calendar
from app.domain.contours import SEGMENTS, WorkContour, contour_pieces
from app.domain.errors import InputError
from app.domain.overallocation import overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import Task, TaskType
from app.domain.usage import Scale, build_usage
from app.domain.workload import workload
from app.domain.worktime import WorkTime

DAY = 480
MONDAY = datetime(2026, 1, 5, 8)

# Read off MS Project's TimephasedData in mspditimephasedsegments.xml (80 h at 100 % each).
EXPECTED = {
    WorkContour.BACK_LOADED: (10, 15, 25, 50, 50, 75, 75, 100, 100, 100),
    WorkContour.FRONT_LOADED: (100, 100, 100, 75, 75, 50, 50, 25, 15, 10),
    WorkContour.DOUBLE_PEAK: (25, 50, 100, 50, 25, 25, 50, 100, 50, 25),
    WorkContour.EARLY_PEAK: (25, 50, 100, 100, 75, 50, 50, 25, 15, 10),
    WorkContour.LATE_PEAK: (10, 15, 25, 50, 50, 75, 100, 100, 50, 25),
    WorkContour.BELL: (10, 20, 40, 80, 100, 100, 80, 40, 20, 10),
    WorkContour.TURTLE: (25, 50, 75, 100, 100, 100, 100, 75, 50, 25),
}


@pytest.mark.parametrize("contour", list(WorkContour))
def test_each_shape_has_ten_parts_and_its_mean(contour):
    shape = contour.shape
    assert len(shape) == SEGMENTS
    assert max(shape) == 100
    assert contour.mean == pytest.approx(sum(shape) / 1000)
    assert shape == EXPECTED.get(contour, (100,) * SEGMENTS)
    # Contoured: work typed period by period, laid as typed (app.domain.edited_work)
    assert contour.shaped is (contour in EXPECTED or contour is WorkContour.CONTOURED)
    assert WorkContour.from_code(contour.value) is contour
    assert WorkContour.labelled(contour.label) is contour


def test_labels_and_codes():
    assert WorkContour.BACK_LOADED.label == "Back Loaded"
    assert WorkContour.labelled("backloaded") is WorkContour.BACK_LOADED
    assert WorkContour.FLAT.mean == 1.0
    assert WorkContour.BACK_LOADED.mean == pytest.approx(0.6)
    assert WorkContour.TURTLE.mean == pytest.approx(0.7)
    with pytest.raises(ValueError, match="9"):
        WorkContour.from_code(9)
    with pytest.raises(ValueError, match="Wavy"):
        WorkContour.labelled("Wavy")


def _standard() -> WorkTime:
    return WorkTime.for_calendar(standard_calendar(), {})


@pytest.mark.parametrize("contour", list(EXPECTED))
def test_pieces_follow_the_shape_and_add_up_to_the_work(contour):
    # 10 days: each part is one working day, so each day's work is the shape.
    finish = datetime(2026, 1, 16, 17)
    pieces = contour_pieces([(MONDAY, finish)], _standard(), 4800.0, contour)
    assert sum(w for _, _, w, _ in pieces) == pytest.approx(4800.0)
    per_day: dict[date, float] = {}
    for s, _f, w, _share in pieces:
        per_day[s.date()] = per_day.get(s.date(), 0.0) + w
    # each piece lasts until the next starts (the person is not free in between)
    assert [p[1] for p in pieces[:-1]] == [p[0] for p in pieces[1:]]
    assert pieces[0][0] == MONDAY
    assert pieces[-1][1] == finish
    scale = 4800.0 / sum(contour.shape)
    assert list(per_day.values()) == pytest.approx([p * scale for p in contour.shape])
    assert [share for *_, share in pieces] == [p / 100 for p in contour.shape]


def test_pieces_skip_a_split_tasks_pause():
    parts = [
        (MONDAY, datetime(2026, 1, 9, 17)),
        (datetime(2026, 1, 19, 8), datetime(2026, 1, 23, 17)),
    ]
    pieces = contour_pieces(parts, _standard(), 4800.0, WorkContour.BACK_LOADED)
    assert sum(w for _, _, w, _ in pieces) == pytest.approx(4800.0)
    assert not [p for p in pieces if date(2026, 1, 10) <= p[0].date() <= date(2026, 1, 18)]
    assert pieces[-1][1] == datetime(2026, 1, 23, 17)


def test_no_working_time_gives_no_pieces():
    saturday = datetime(2026, 1, 10, 8)
    assert (
        contour_pieces([(saturday, saturday.replace(hour=17))], _standard(), 60, WorkContour.BELL)
        == []
    )


def _plan(contour=WorkContour.FLAT, task_type=TaskType.FIXED_UNITS, days=10) -> Plan:
    plan = Plan(project=Project(start=MONDAY))
    plan.append_task(Task(1, "Build", duration_minutes=days * DAY, task_type=task_type))
    plan.append_task(Task(2, "Test", duration_minutes=days * DAY, task_type=task_type))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Cement", type=ResourceType.MATERIAL))
    plan.add_resource(Resource(3, "Fee", type=ResourceType.COST))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, days * DAY, contour=contour))
    return plan


def test_usage_days_and_workload_follow_the_contour():
    plan = _plan(WorkContour.BELL)
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    days = usage.periods(Scale.DAYS)
    cells = [v for v in usage.assignment_values(0, days) if v > 0]
    assert cells == pytest.approx([p / 100 * 4800 / 5 for p in WorkContour.BELL.shape])
    assert usage.assignment_total[0] == pytest.approx(4800)
    weeks = usage.periods(Scale.WEEKS)
    by_week = [v for v in usage.assignment_values(0, weeks) if v > 0]
    assert by_week == pytest.approx([2400, 2400])  # the bell is symmetric
    load = workload(plan, sched, [1])
    assert [v for v in load.work[0] if v > 0] == pytest.approx(cells)


def test_flat_stays_todays_even_spread():
    plan = _plan()
    usage = build_usage(plan, schedule(plan))
    days = usage.periods(Scale.DAYS)
    assert [v for v in usage.assignment_values(0, days) if v > 0] == [480.0] * 10


def test_a_bell_with_a_half_time_job_is_over_allocated_only_at_its_peak():
    plan = _plan(WorkContour.BELL)
    # The work a bell at 100 % peak holds over the 10 days (80 h would be crowded in at 200 %
    # peak, as the Usage view lays it, and over-allocation reads the same figures).
    plan.update_assignment(replace(plan.assignment(1), work_minutes=5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 0.5, 5 * DAY))
    sched = schedule(plan)
    found = overallocations(plan, sched)
    assert found  # 80 or 100 % + 50 % from the fourth part to the seventh (40 % + 50 % is not)
    assert len(found) == 1  # one stretch, over the weekend too: the person is not free then
    assert found[0].start == datetime(2026, 1, 8, 8)
    assert found[0].finish == datetime(2026, 1, 14, 8)  # when the 40 % part starts
    assert max(o.units for o in found) == pytest.approx(1.5)
    assert overallocated_resources(plan, sched) == {1}
    flat = _plan(WorkContour.BACK_LOADED)
    flat.update_assignment(replace(flat.assignment(1), work_minutes=round(10 * DAY * 0.6)))
    flat.add_assignment(Assignment(2, 2, 1, 0.5, 5 * DAY))
    flat.update_task(replace(flat.task(2), duration_minutes=3 * DAY))  # first three parts
    flat.update_assignment(replace(flat.assignment(2), work_minutes=3 * DAY // 2))
    sched = schedule(flat)
    assert overallocations(flat, sched) == []  # 10..25 % + 50 %
    assert overallocated_resources(flat, sched) == set()
    usage = build_usage(flat, sched)
    assert not usage.overallocated(usage.periods(Scale.DAYS)).any()


def test_applying_a_contour_keeps_work_and_peak_and_stretches_the_task():
    plan = _plan(days=10)
    task, changed = contour_edit(plan, 1, WorkContour.BACK_LOADED)
    assert task.duration_minutes == round(4800 / 0.6)  # 133 h 20 min, as MS Project's file
    assert [(a.units, a.work_minutes, a.contour) for a in changed] == [
        (1.0, 4800, WorkContour.BACK_LOADED)
    ]
    old = apply_edit(plan, (task, changed))
    assert plan.task(1).duration_minutes == 8000
    assert plan.assignment(1).contour is WorkContour.BACK_LOADED
    apply_edit(plan, old)  # undo
    assert plan.task(1).duration_minutes == 4800
    assert plan.assignment(1).contour is WorkContour.FLAT


def test_back_to_flat_shrinks_to_the_longest_assignment():
    plan = _plan(WorkContour.TURTLE, days=10)
    plan.update_task(replace(plan.task(1), duration_minutes=round(4800 / 0.7)))
    plan.add_resource(Resource(4, "Ben"))
    plan.add_assignment(Assignment(5, 1, 4, 0.5, 3000))  # Ben needs 6000 minutes at 50 %
    task, changed = contour_edit(plan, 1, WorkContour.FLAT)
    assert task.duration_minutes == 6000
    assert [a.uid for a in changed] == [1]  # Ben keeps his work and units


def test_fixed_duration_keeps_duration_and_peak_and_work_follows():
    plan = _plan(task_type=TaskType.FIXED_DURATION)
    task, changed = contour_edit(plan, 1, WorkContour.BELL)
    assert task.duration_minutes == 4800
    assert [(a.units, a.work_minutes) for a in changed] == [(1.0, 2400)]  # Bell: half the peak


def test_a_material_takes_the_contour_and_a_cost_item_refuses_it():
    plan = _plan()
    plan.add_assignment(Assignment(2, 1, 2, 3.0))
    plan.add_assignment(Assignment(3, 1, 3, 0.0, cost=100.0))
    task, changed = contour_edit(plan, 2, WorkContour.FRONT_LOADED)
    assert task == plan.task(1)
    assert [a.contour for a in changed] == [WorkContour.FRONT_LOADED]
    with pytest.raises(InputError, match="cost item"):
        contour_edit(plan, 3, WorkContour.BELL)
    assert contour_edit(plan, 1, WorkContour.FLAT) == (plan.task(1), [])


def test_typed_work_and_units_on_a_contoured_assignment_count_its_mean():
    plan = _plan(WorkContour.BACK_LOADED)
    plan.update_task(replace(plan.task(1), duration_minutes=8000))
    task, _ = work_edit(plan, 1, 2400)
    assert task.duration_minutes == 4000  # 40 h at 60 % on average
    task, changed = units_edit(plan, 1, 0.5)
    assert task.duration_minutes == 16000
    assert changed[0].work_minutes == 4800
    with pytest.raises(InputError):
        units_edit(plan, 1, 0)


def test_assignment_dates_follow_the_persons_calendar():
    plan = _plan()
    plan.put_calendar(Calendar(7, "Afternoons", week=(((780, 1020),),) * 5 + ((), ())))
    plan.put_calendar(Calendar(8, "Mornings", week=(((480, 720),),) * 5 + ((), ())))
    plan.update_resource(replace(plan.resource(1), calendar_uid=7))
    plan.add_resource(Resource(4, "Ben", calendar_uid=8))
    plan.add_assignment(Assignment(2, 1, 4, 1.0, 4800))
    plan.add_assignment(Assignment(3, 1, 2, 3.0))
    sched = schedule(plan)
    times = sched.get(1)
    got = assignment_dates(plan, sched)
    assert (times.start.hour, times.finish.hour) == (8, 17)  # the task runs when either works
    assert got[1] == (times.start.replace(hour=13), times.finish)  # Ana works afternoons
    assert got[2] == (times.start, times.finish.replace(hour=12))  # Ben mornings
    assert got[3] == (times.start, times.finish)  # a material: the task's dates
    assert assignment_dates(plan, sched, [2]).keys() == {2}
