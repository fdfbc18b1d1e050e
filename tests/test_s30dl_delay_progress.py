"""% complete on a task with a delayed person: MS Project lays the progress along the task,
so the reviewer delayed 2 days on a 4-day task has done nothing at 25 % (the writers did
their first day) and half their work at 75 %. Their actual work, the task's Actual and
Remaining Work, the Usage view's actual rows, the actual cost and ACWP follow that."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.actual_work_entry import done_by_person, people_work
from app.domain.assignment_delay import delay_edit
from app.domain.assignment_work import apply_edit
from app.domain.baselines import snapshot
from app.domain.cost_tracking import TrackingFigures
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage import Scale, build_usage
from app.domain.usage_costs import CostUsage
from app.domain.usage_detail_rows import Detail
from app.domain.usage_details import UsageDetails
from app.domain.usage_tree import build_usage_tree
from app.domain.workload import done_work

H = 60
DAY = 8 * H
MON = datetime(2026, 1, 5, 8)


def _plan(percent: float, elapsed: bool = False) -> Plan:
    """Write (4d): Ana writes 32h at 50/h, Ben reviews 16h at 60/h from Wednesday (2d Delay)."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Write", duration_minutes=4 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=60.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 32 * H))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 16 * H))
    if elapsed:  # 2 days around the clock: 2 x 8h of working time by the plan's 8h days
        apply_edit(plan, delay_edit(plan, 2, 2 * 24 * H, elapsed=True))
    else:
        apply_edit(plan, delay_edit(plan, 2, 2 * DAY))
    assert plan.task(1).duration_minutes == 4 * DAY  # Ben's 2d fit after his delay
    plan.update_task(replace(plan.task(1), percent_complete=percent))
    return plan


def _done(plan: Plan) -> dict[int, float]:
    costs = compute_costs(plan, schedule(plan))
    return {uid: c.actual_work_minutes / H for uid, c in costs.assignments.items()}


@pytest.mark.parametrize(
    ("percent", "ana", "ben"), [(25, 8, 0), (50, 16, 0), (75, 24, 8), (100, 32, 16)]
)
def test_s30dl_a_delayed_person_has_done_what_their_own_span_holds_done(percent, ana, ben):
    plan = _plan(percent)
    assert _done(plan) == {1: ana, 2: ben}
    # the laying of contoured work and the Actual Work entry read the same figure
    assert done_work(plan, plan.assignment(2), 16 * H) == ben * H
    people = people_work(plan, plan.task(1), schedule(plan)[1])
    assert done_by_person(plan, plan.task(1), people, schedule(plan)[1]) == {
        1: ana * H,
        2: ben * H,
    }


def test_s30dl_an_elapsed_delay_counts_its_working_length():
    assert _done(_plan(25, elapsed=True)) == {1: 8, 2: 0}
    assert _done(_plan(75, elapsed=True)) == {1: 24, 2: 8}


def test_s30dl_task_actual_and_remaining_work_and_cost_add_up_the_people():
    plan = _plan(25)
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    figures = TrackingFigures(plan, sched, costs)
    assert figures.figure("actual_work", 1).value == 8 * H  # Ana's day; Ben nothing yet
    assert figures.figure("remaining_work", 1).value == 40 * H
    assert figures.figure("actual_cost", 1).value == pytest.approx(8 * 50)
    assert costs.assignments[2].actual_cost == 0


def test_s30dl_usage_actual_rows_lie_in_the_persons_own_days():
    plan = _plan(75)
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    tree = build_usage_tree(usage, CostUsage(plan, sched, usage), False, project=plan.project)
    details = UsageDetails(tree, usage.periods(Scale.DAYS), compute_costs(plan, sched))
    rows = [r for r in range(len(tree)) if tree.depth[r] == 1]  # the people's assignments
    found = {tuple(details.values(r, Detail.ACTUAL_WORK)[:4] / H) for r in rows}
    # Ana: her first three days; Ben: Wednesday only (his first day of two)
    assert (8, 8, 8, 0) in found
    assert (0, 0, 8, 0) in found


def test_s30dl_acwp_is_the_actual_cost_and_ev_the_task_share():
    plan = _plan(0)
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    plan.update_task(replace(plan.task(1), percent_complete=25))
    s = schedule(plan)
    costs = compute_costs(plan, s)
    ev = earned_value(plan, s, costs, datetime(2026, 1, 5, 17))[1]
    assert ev.bac == pytest.approx(32 * 50 + 16 * 60)
    assert ev.ev == pytest.approx(ev.bac * 0.25)  # BCWP: the task's % of its budget
    assert ev.ac == pytest.approx(8 * 50)  # ACWP: Ana's day, Ben has not begun


def test_s30dl_a_delayed_material_is_used_from_its_delayed_start():
    plan = _plan(25)
    plan.add_resource(Resource(3, "Paper", type=ResourceType.MATERIAL, standard_rate=10.0))
    plan.add_assignment(Assignment(3, 1, 3, 8.0, delay_minutes=2 * DAY))
    costs = compute_costs(plan, schedule(plan))
    assert costs.assignments[3].actual_cost == 0
    plan.update_task(replace(plan.task(1), percent_complete=75))
    costs = compute_costs(plan, schedule(plan))
    assert costs.assignments[3].actual_cost == pytest.approx(40.0)  # half of 8 x 10
