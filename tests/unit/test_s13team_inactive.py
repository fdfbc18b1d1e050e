"""An inactive task books nobody: over-allocation, workload, indicators, costs and leveling agree.

MS Project leaves inactive tasks (and everything under an inactive summary) out
of resource loading, so they make no one over-allocated.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.costs import compute_costs
from app.domain.leveling import level
from app.domain.overallocation import inactive_tasks, overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage import Scale, build_usage
from app.domain.workload import workload, workload_by_task
from app.report.indicators import Indicator, TaskIndicators

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan(*, inactive_task: bool, inactive_summary: bool) -> Plan:
    """Ana on task 1 and on task 2 (both 3 days from Monday), and on task 11 under summary 10."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=3 * DAY))
    plan.append_task(Task(2, "Review", duration_minutes=3 * DAY, active=not inactive_task))
    plan.append_task(Task(10, "Phase", active=not inactive_summary))
    plan.append_task(Task(11, "Spike", outline_level=2, duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 3 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 3 * DAY))
    plan.add_assignment(Assignment(3, 2, 2, 1.0, 3 * DAY))
    plan.add_assignment(Assignment(4, 11, 2, 1.0, 2 * DAY))
    return plan


def _over_people(plan: Plan) -> dict[str, set[int]]:
    """Who each reader finds over-allocated."""
    sched = schedule(plan)
    last = date(2026, 1, 11)
    return {
        "overallocations": {o.resource_uid for o in overallocations(plan, sched)},
        "resources": overallocated_resources(plan, sched),
        "costs": compute_costs(plan, sched).overallocated,
        "workload": {uid for uid in (1, 2) if workload(plan, sched, last_day=last).over_days(uid)},
        "usage": _usage_over(plan),
    }


def _usage_over(plan: Plan) -> set[int]:
    """The people the Usage view paints red in some day."""
    usage = build_usage(plan, schedule(plan))
    flags = usage.overallocated(usage.periods(Scale.DAYS))
    return {r.uid for r, row in zip(usage.resources, flags, strict=True) if row.any()}


def _over_tasks(plan: Plan) -> dict[str, set[int]]:
    """The tasks marked over-allocated (Indicators) and those leveling delays or gives up on."""
    sched = schedule(plan)
    marks = TaskIndicators(plan, sched)
    result = level(plan, sched)
    return {
        "indicators": {
            t.uid
            for t in plan.tasks
            if any(m.kind is Indicator.OVERALLOCATED for m in marks.of(t.uid))
        },
        "periods": {u for o in overallocations(plan, sched) for u in o.task_uids},
        "leveling": {u for u, d in result.delays.items() if d > 0}
        | {u.task_uid for u in result.unresolved},
    }


def test_active_tasks_over_allocate_both_people():
    """The control: with every task active, Ana (tasks 1+2) and Ben (2+11) are over-allocated."""
    plan = _plan(inactive_task=False, inactive_summary=False)
    found = _over_people(plan)
    assert found == {key: {1, 2} for key in found}
    tasks = _over_tasks(plan)
    assert tasks["indicators"] == tasks["periods"] == {1, 2, 11}
    assert tasks["leveling"]


def test_an_inactive_task_books_nobody():
    plan = _plan(inactive_task=True, inactive_summary=False)
    found = _over_people(plan)
    assert found == {key: set() for key in found}  # task 2 was the clash of both
    assert _over_tasks(plan) == {"indicators": set(), "periods": set(), "leveling": set()}


def test_a_task_under_an_inactive_summary_books_nobody():
    plan = _plan(inactive_task=False, inactive_summary=True)
    found = _over_people(plan)
    assert found == {key: {1} for key in found}  # Ben's clash was with task 11 only
    tasks = _over_tasks(plan)
    assert tasks["indicators"] == tasks["periods"] == {1, 2}
    assert tasks["leveling"]
    assert tasks["leveling"] <= {1, 2}


def test_inactive_tasks_follow_the_outline():
    plan = _plan(inactive_task=True, inactive_summary=True)
    assert inactive_tasks(plan) == {2, 10, 11}
    plan.tasks = [replace(t, active=True) for t in plan.tasks]
    assert inactive_tasks(plan) == frozenset()


def test_workload_leaves_out_inactive_work():
    plan = _plan(inactive_task=True, inactive_summary=True)
    sched = schedule(plan)
    load = workload(plan, sched, last_day=date(2026, 1, 11))
    assert load.work[load.row_of[1]].sum() == pytest.approx(3 * DAY)
    assert load.work[load.row_of[2]].sum() == 0
    assert set(workload_by_task(plan, sched, 1, date(2026, 1, 5), 7)) == {1}


def test_an_inactive_task_is_not_marked_when_its_person_is_over_elsewhere():
    plan = _plan(inactive_task=False, inactive_summary=True)
    plan.add_assignment(Assignment(5, 11, 1, 1.0, 2 * DAY))  # Ana, under the inactive summary
    tasks = _over_tasks(plan)
    assert tasks["indicators"] == tasks["periods"] == {1, 2}
