"""Assignment Information's contour, units and work read the edited task's own assignments.

Whose work done counts flat (:func:`app.domain.workload.done_work`) hangs on whether someone
on the task has actual work entered; contour_edit found that from every assignment of the
plan (2 ms an edit at 66k assignments) and units_edit and work_edit likewise. What they
need is the task's own: someone on another task with actual work changes nothing here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.assignment_work import contour_edit, units_edit, work_edit
from app.domain.contours import WorkContour
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task

START = datetime(2026, 1, 5, 8)
HOURS = 60


def _plan(ben_entered: bool, elsewhere_entered: bool) -> Plan:
    """Ana 80 h at 100 % on 'Build', half done; Ben on it too; Cy on 'Other'."""
    plan = Plan(project=Project(start=START))
    plan.append_task(
        Task(1, "Build", duration_minutes=80 * HOURS, percent_complete=50, actual_start=START)
    )
    plan.append_task(Task(2, "Other", duration_minutes=80 * HOURS))
    for uid, name in ((1, "Ana"), (2, "Ben"), (3, "Cy")):
        plan.add_resource(Resource(uid, name))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 80 * HOURS))
    ben = Assignment(2, 1, 2, 0.5, 40 * HOURS)
    plan.add_assignment(replace(ben, actual_work_minutes=10 * HOURS) if ben_entered else ben)
    cy = Assignment(3, 2, 3, 1.0, 80 * HOURS)
    plan.add_assignment(replace(cy, actual_work_minutes=8 * HOURS) if elsewhere_entered else cy)
    return plan


def test_s24sp_a_bell_keeps_anas_half_done_flat_unless_someone_on_the_task_entered_work():
    # 40 h done flat, 40 h left at Bell's mean of 50 %: 40 h + 80 h
    for elsewhere in (False, True):
        task, changed = contour_edit(_plan(False, elsewhere), 1, WorkContour.BELL)
        assert task.duration_minutes == 120 * HOURS
        assert [(a.uid, a.contour) for a in changed] == [(1, WorkContour.BELL)]
    # Ben's entered work makes Ana's 0 entered none done: all 80 h by the Bell, 160 h
    for elsewhere in (False, True):
        task, _changed = contour_edit(_plan(True, elsewhere), 1, WorkContour.BELL)
        assert task.duration_minutes == 160 * HOURS


def test_s24sp_units_and_work_read_the_same_work_done():
    shaped = replace(_plan(False, True).assignment(1), contour=WorkContour.BELL)
    for ben in (False, True):
        plan = _plan(ben, True)
        plan.update_assignment(shaped)
        # at 50 %: 40 h done at 50 % (80 h) and 40 h at Bell's 25 % (160 h), or all 80 h (320 h)
        task, _changed = units_edit(plan, 1, 0.5)
        assert task.duration_minutes == (320 if ben else 240) * HOURS
        # 120 h: 60 h done flat (60 h) and 60 h by the Bell (120 h), or all of it (240 h)
        task, _changed = work_edit(plan, 1, 120 * HOURS)
        assert task.duration_minutes == (240 if ben else 180) * HOURS
