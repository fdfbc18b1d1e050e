"""The workload (Usage's shaped pieces, an assignment's work edits) reads a person's 0
beside someone else's entered actual work on the task as none done, as the cost report
reads it (app/domain/workload.done_work, app/domain/costs.py).

The sample plan (tests/gui/conftest.py): Code (uid 5) is 5 days from Fri 2026-03-06
08:00 to Thu 2026-03-12 17:00; Ana works it at 100 % (40h), Bob at 50 % (20h): 60h.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.workload import done_work
from tests.gui.conftest import build_plan

H = 60
CODE_START = datetime(2026, 3, 6, 8, 0)


def _plan() -> Plan:
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Bob", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 5, 1, 1.0))
    plan.add_assignment(Assignment(2, 5, 2, 0.5))
    return plan


def _entered(plan: Plan) -> None:
    """Ana has 8h of her own on Code, Bob none: Code reads 8h done."""
    plan.update_assignment(replace(plan.assignment(1), actual_work_minutes=8 * H))
    plan.update_task(replace(plan.task(5), percent_complete=13.0, actual_start=CODE_START))


def test_s21wk_workload_reads_a_zero_beside_entered_work_as_none_done() -> None:
    plan = _plan()
    _entered(plan)
    ana, bob = plan.assignments_of_task(5)
    assert done_work(plan, ana, 40 * H) == 8 * H
    assert done_work(plan, bob, 20 * H) == 0  # as the cost report reads him
    by = compute_costs(plan, schedule(plan)).assignments
    assert by[2].actual_work_minutes == 0
    plan.update_assignment(replace(ana, actual_work_minutes=0))  # nobody's own: the % share
    assert done_work(plan, bob, 20 * H) == round(20 * H * 0.13)
