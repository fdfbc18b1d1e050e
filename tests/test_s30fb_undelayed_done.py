"""% complete on a task stretched by a delayed person: MS Project lays the progress along
the task, so the person who is not delayed, whose work all lies in the task's first days,
has done all of it once the task is complete past their last day (reviewer s30rv H2: at
80 % Maria showed 16h of 20h done). Their actual work, cost, the task's Actual and
Remaining Work, and the Usage view's actual rows follow it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.actual_work_entry import done_by_person, people_work
from app.domain.assignment_delay import delay_edit
from app.domain.assignment_work import apply_edit
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.workload import done_work

H = 60
DAY = 8 * H
MON = datetime(2026, 1, 5, 8)


def _plan(percent: float) -> Plan:
    """Write (4d): Ana writes 16h at 50/h Mon-Tue, Ben reviews 16h at 60/h Wed-Thu (2d Delay)."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Write", duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=60.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 16 * H))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 16 * H))
    apply_edit(plan, delay_edit(plan, 2, 2 * DAY))
    assert plan.task(1).duration_minutes == 4 * DAY  # Ben's delay stretched the task
    plan.update_task(replace(plan.task(1), percent_complete=percent))
    return plan


@pytest.mark.parametrize(
    ("percent", "ana", "ben"), [(25, 8, 0), (50, 16, 0), (75, 16, 8), (100, 16, 16)]
)
def test_s30fb_the_person_not_delayed_has_done_their_span_before_complete_through(
    percent, ana, ben
):
    plan = _plan(percent)
    costs = compute_costs(plan, schedule(plan))
    done = {uid: c.actual_work_minutes / H for uid, c in costs.assignments.items()}
    assert done == {1: ana, 2: ben}
    assert costs.assignments[1].actual_cost == pytest.approx(ana * 50.0)
    # the Usage view's actual rows and the Remaining Work entry read the same figure
    assert done_work(plan, plan.assignment(1), 16 * H) == ana * H
    times = schedule(plan)[1]
    people = people_work(plan, plan.task(1), times)
    assert done_by_person(plan, plan.task(1), people, times) == {1: ana * H, 2: ben * H}


def test_s30fb_people_spanning_the_whole_task_keep_the_tasks_share():
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Write", duration_minutes=4 * DAY, percent_complete=50.0))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=60.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 32 * H))
    plan.add_assignment(Assignment(2, 1, 2, 0.5, 16 * H))
    costs = compute_costs(plan, schedule(plan))
    assert {u: c.actual_work_minutes / H for u, c in costs.assignments.items()} == {1: 16, 2: 8}
