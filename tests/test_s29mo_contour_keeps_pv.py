"""A contour changed after Set Baseline leaves planned value where the baseline laid it.

'Build' is 4 weeks of Ana's Flat work (160 h at 50/h: 8,000), baselined. Her contour is then
changed to Back Loaded: MS Project's BCWS is the timephased baseline cost, saved with the
assignment's baseline, so each week still plans 2,000 (before the assignment baseline, the
Back Loaded shape was read as it is now and week 1 planned about 730).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.baseline_clear import cleared_baseline
from app.domain.baselines import snapshot
from app.domain.calendar import standard_calendar
from app.domain.contours import WorkContour
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2027, 3, 1, 8, 0)
FRIDAYS = [datetime(2027, 3, 5, 17, 0) + timedelta(weeks=k) for k in range(4)]


def _plan() -> Plan:
    plan = Plan(project=Project(name="Build", start=MON), calendars={1: standard_calendar()})
    plan.append_task(Task(1, "Build", 1, duration_minutes=20 * 480))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 160 * 60))
    return plan


def _set_baseline(plan: Plan) -> None:
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, MON))


def _weekly_pv(plan: Plan) -> list[float]:
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    return [earned_value(plan, sched, costs, friday)[1].pv for friday in FRIDAYS]


def _back_loaded(plan: Plan) -> None:
    plan.assignments[0] = replace(plan.assignments[0], contour=WorkContour.BACK_LOADED)


def test_s29mo_set_baseline_saves_each_persons_baseline():
    plan = _plan()
    _set_baseline(plan)
    (entry,) = plan.baselines[0].assignments
    assert (entry.assignment_uid, entry.task_uid, entry.resource_uid) == (1, 1, 1)
    assert (entry.start, entry.finish) == (MON, datetime(2027, 3, 26, 17, 0))
    assert (entry.work_minutes, entry.cost, entry.contour) == (9600, 8000.0, WorkContour.FLAT)


def test_s29mo_a_contour_changed_after_set_baseline_keeps_the_weekly_planned_value():
    plan = _plan()
    _set_baseline(plan)
    assert _weekly_pv(plan) == pytest.approx([2000.0, 4000.0, 6000.0, 8000.0])
    _back_loaded(plan)
    assert _weekly_pv(plan) == pytest.approx([2000.0, 4000.0, 6000.0, 8000.0])


def test_s29mo_set_baseline_again_takes_the_new_contour():
    plan = _plan()
    _set_baseline(plan)
    _back_loaded(plan)
    _set_baseline(plan)
    weekly = _weekly_pv(plan)
    assert weekly[0] < 1000.0  # Back Loaded: little in the first week
    assert weekly[3] == pytest.approx(8000.0)


def test_s29mo_a_baseline_without_assignments_reads_the_contour_as_now():
    plan = _plan()
    _set_baseline(plan)
    plan.baselines[0] = replace(plan.baselines[0], assignments=())  # saved by an older Gantry
    _back_loaded(plan)
    assert _weekly_pv(plan)[0] < 1000.0


def test_s29mo_clear_baseline_for_a_task_takes_its_people_off():
    plan = _plan()
    plan.append_task(Task(2, "Test", 1, duration_minutes=480))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 480))
    _set_baseline(plan)
    cleared = cleared_baseline(plan, 0, [1])
    assert cleared is not None
    assert cleared.left is not None
    assert [e.task_uid for e in cleared.left.assignments] == [2]
