"""The work done of a contoured assignment, found with the tasks that have actual work entered
worked out once (workload.entered_tasks) rather than by reading every assignment per call:
the same answers, and the work-done rule as the cost report reads it."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.contours import WorkContour
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.workload import (
    _resource_calendar,
    done_work,
    entered_tasks,
    own_pieces,
    split_parts,
    workload,
)
from tests.bench.generate import make_plan

MON = datetime(2027, 3, 1, 8, 0)
DAY = 480


def _two_tasks() -> Plan:
    """Build (Ana Bell, Ben flat with 6h entered) and Test (Cleo Back Loaded), both 50 % done."""
    plan = Plan(project=Project(name="Done work", start=MON))
    for uid, name in ((1, "Build"), (2, "Test")):
        plan.append_task(
            Task(uid, name, 1, duration_minutes=4 * DAY, percent_complete=50.0, actual_start=MON)
        )
    for uid, name in ((1, "Ana"), (2, "Ben"), (3, "Cleo")):
        plan.add_resource(Resource(uid, name))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 4 * DAY, contour=WorkContour.BELL))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 4 * DAY, actual_work_minutes=360))
    plan.add_assignment(Assignment(3, 2, 3, 1.0, 4 * DAY, contour=WorkContour.BACK_LOADED))
    return plan


def test_s22wt_entered_tasks_are_those_with_actual_work_typed():
    assert entered_tasks(_two_tasks()) == {1}


@pytest.mark.parametrize("given", [True, False], ids=["entered_given", "looked_up"])
def test_s22wt_done_work_reads_the_others_zero_as_none_done(given):
    plan = _two_tasks()
    entered = entered_tasks(plan) if given else None
    ana, ben, cleo = (plan.assignment(uid) for uid in (1, 2, 3))
    assert done_work(plan, ana, 4 * DAY, entered) == 0.0  # Ben's 6h typed: Ana's 0 is none
    assert done_work(plan, ben, 4 * DAY, entered) == 360.0
    assert done_work(plan, cleo, 4 * DAY, entered) == 2 * DAY  # 50 % of her work


def test_s22wt_pieces_and_workload_are_the_same_with_entered_given():
    """A generated plan with contoured people on tasks under way, some beside actual work
    typed: every assignment's pieces as they were, the entered tasks given or looked up."""
    plan = make_plan(400, 500, 2, n_resources=12, seed=22)
    result = schedule(plan)
    rng = random.Random(22)
    shapes = [c for c in WorkContour if c.shaped]
    for k, a in enumerate(plan.assignments):
        task = plan.task(a.task_uid)
        if not task.duration_minutes or rng.random() < 0.4:
            continue
        pct = float(rng.choice((10, 50, 80)))
        plan.update_task(replace(task, actual_start=result[task.uid].start, percent_complete=pct))
        typed = round(a.work_minutes * pct / 200) if rng.random() < 0.3 else 0
        plan.assignments[k] = replace(a, contour=rng.choice(shapes), actual_work_minutes=typed)
    # a second person on some tasks, flat, with actual work typed: the contoured one's 0 is none
    uid = max(a.uid for a in plan.assignments)
    for a in list(plan.assignments[::7]):
        uid += 1
        person = a.resource_uid % 12 + 1
        plan.add_assignment(Assignment(uid, a.task_uid, person, 0.5, actual_work_minutes=60))
    result = schedule(plan)
    entered = entered_tasks(plan)
    assert entered
    parts, cals, shaped = split_parts(plan, result), {}, 0
    for a in plan.assignments:
        times = result[a.task_uid]
        if times.summary or times.finish <= times.start:
            continue
        cal = _resource_calendar(plan, plan.resource(a.resource_uid), cals)
        work = float(a.work_minutes or round(times.duration_minutes * a.units))
        span = parts.get(a.task_uid) or ((times.start, times.finish),)
        given = own_pieces(plan, a, work, span, times, cal, entered)
        assert given == own_pieces(plan, a, work, span, times, cal)
        shaped += a.contour.shaped and a.task_uid in entered and not a.actual_work_minutes
    assert shaped  # the case read differently: someone else on the task typed actual work
    assert workload(plan, result).work.sum() > 0
