"""Usage built from the last one lays again a contoured assignment whose work done changed
because someone else on its task typed actual work (workload.done_work: their 0 is none)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import numpy as np

from app.domain.assignment_work import apply_edit, contour_edit
from app.domain.contours import WorkContour
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage import Scale, Usage

MON = datetime(2027, 3, 1, 8, 0)
DAY = 480


def test_s22wt_usage_lays_again_a_bell_whose_work_done_changes_with_the_others_actual_work():
    """Ana's Bell applied after half her work was done keeps that half flat; once Ben types
    actual work on the task her 0 is none done, so Usage built from the last one lays her
    again, as a fresh one does (the laid assignment was kept while it and its task stayed)."""
    plan = Plan(project=Project(name="Flat then bell", start=MON))
    plan.append_task(
        Task(1, "Build", 1, duration_minutes=10 * DAY, percent_complete=50.0, actual_start=MON)
    )
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * DAY))
    apply_edit(plan, contour_edit(plan, 1, WorkContour.BELL))
    plan.add_assignment(Assignment(2, 1, 2, 0.25, 10 * DAY // 4))
    before = Usage(plan, schedule(plan))
    plan.update_assignment(replace(plan.assignment(2), actual_work_minutes=120))
    result = schedule(plan)
    kept, fresh = Usage(plan, result, previous=before), Usage(plan, result)
    weeks = fresh.periods(Scale.DAYS)
    ana = fresh.assignments.index(plan.assignment(1))
    assert not np.allclose(
        before.assignment_values(ana, before.periods(Scale.DAYS)),
        fresh.assignment_values(ana, weeks)[: len(before.periods(Scale.DAYS).starts)],
    )
    assert np.allclose(kept.assignment_values(ana, weeks), fresh.assignment_values(ana, weeks))
