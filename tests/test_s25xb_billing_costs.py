"""A consultant's monthly invoice from the plan, checked by hand (exploratory test s25x2).

One small engagement holds what a bill from MS Project depends on: a raise on 1 April in
rate table A in the middle of a task, overtime, a cost per use, Start and End accrual, a
second rate table on one assignment, a material, a cost item and fixed costs on a task
and on a summary. Every figure below was worked out by hand from the rates (see each
comment); those that pass pin the cost model, those marked ``xfail(strict=True)`` are
faults reported by s25x2 that MS Project gets right: they turn red once fixed, so whoever
fixes one removes its mark.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.costs import compute_costs
from app.domain.diff import diff_plans
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task
from app.domain.usage import Scale
from app.domain.usage_detail_rows import Detail
from tests.test_s22us_usage_peak import details_of, top_row

DAY = 480
MONDAY = datetime(2027, 3, 1, 8, 0)
RAISE = datetime(2027, 4, 1)


def _engagement() -> Plan:
    """Discovery (summary, €500 fixed at Start) over four tasks, then a 15-day task from
    Mon 15 March that crosses Ana's raise (13 days at €100, 2 at €110)."""
    plan = Plan(project=Project(name="Client X", start=MONDAY))
    tasks = [
        Task(1, "Discovery", fixed_cost=500.0, fixed_cost_accrual=CostAccrual.START),
        Task(2, "Kickoff", outline_level=2, duration_minutes=2 * DAY),
        Task(3, "Interviews", outline_level=2, duration_minutes=5 * DAY),
        Task(4, "Analysis", outline_level=2, duration_minutes=5 * DAY),
        Task(5, "Report", outline_level=2, duration_minutes=3 * DAY),
        Task(6, "Architecture", duration_minutes=15 * DAY),
        Task(
            7,
            "Security review",
            duration_minutes=3 * DAY,
            fixed_cost=1500.0,
            fixed_cost_accrual=CostAccrual.END,
        ),
        Task(8, "Go-live", duration_minutes=DAY),
    ]
    for task in tasks:
        plan.append_task(task)
    for pred, succ in ((2, 3), (2, 4), (3, 5), (4, 5), (5, 6), (6, 7), (7, 8)):
        plan.add_link(Link(pred, succ))
    ana_rates = (RateEntry(None, 100.0, 150.0), RateEntry(RAISE, 110.0, 165.0))
    people = [
        Resource(1, "Ana", standard_rate=100.0, overtime_rate=150.0, rate_tables=(ana_rates,)),
        Resource(
            2,
            "Ben",
            standard_rate=80.0,
            overtime_rate=120.0,
            cost_per_use=50.0,
            accrue_at=CostAccrual.START,
        ),
        Resource(3, "Cara", standard_rate=150.0, accrue_at=CostAccrual.END),
        Resource(
            4,
            "Dan",
            standard_rate=60.0,
            rate_tables=((RateEntry(None, 60.0),), (RateEntry(None, 90.0),)),
        ),
        Resource(5, "Licences", type=ResourceType.MATERIAL, standard_rate=200.0),
        Resource(6, "Travel", type=ResourceType.COST),
    ]
    for person in people:
        plan.add_resource(person)
    for a in (
        Assignment(1, 2, 1, work_minutes=16 * 60),
        Assignment(2, 2, 2, work_minutes=16 * 60),
        # 40 h with 8 h of overtime: 32 h laid on 4 days at €100, 8 h at €150
        Assignment(3, 3, 1, work_minutes=40 * 60, overtime_work_minutes=8 * 60),
        Assignment(4, 4, 2, work_minutes=40 * 60),
        Assignment(5, 4, 3, work_minutes=40 * 60),
        Assignment(6, 5, 1, work_minutes=24 * 60),
        Assignment(7, 6, 1, work_minutes=120 * 60),
        Assignment(8, 7, 5, units=5.0),
        Assignment(9, 7, 6, cost=2400.0),
        Assignment(10, 8, 4, work_minutes=8 * 60, rate_table=1),
    ):
        plan.add_assignment(a)
    return plan


def _costs(plan: Plan):
    return compute_costs(plan, schedule(plan))


def test_s25xb_each_task_costs_what_the_rates_give_by_hand():
    costs = _costs(_engagement())
    assert costs.task_cost[2] == pytest.approx(16 * 100 + 16 * 80 + 50)  # Ben's use: €50
    assert costs.task_cost[3] == pytest.approx(32 * 100 + 8 * 150)
    assert costs.task_cost[4] == pytest.approx(40 * 80 + 50 + 40 * 150)
    assert costs.task_cost[5] == pytest.approx(24 * 100)
    # 104 h before the raise at €100, 16 h from 1 April at €110
    assert costs.task_cost[6] == pytest.approx(104 * 100 + 16 * 110)
    assert costs.task_cost[7] == pytest.approx(5 * 200 + 2400 + 1500)
    assert costs.task_cost[8] == pytest.approx(8 * 90)  # Dan at rate table B
    discovery = 2930 + 4400 + 9250 + 2400 + 500
    assert costs.task_cost[1] == pytest.approx(discovery)
    assert costs.total_cost == pytest.approx(discovery + 12160 + 4900 + 720)
    assert costs.resource_cost[1] == pytest.approx(1600 + 4400 + 2400 + 12160)


def test_s25xb_accruals_decide_the_actual_cost_of_a_task_under_way():
    """Analysis half done: Ben (Start) has cost all of his, Cara (End) nothing yet."""
    plan = _engagement()
    plan.tasks[3] = replace(plan.tasks[3], percent_complete=50.0, actual_start=MONDAY)
    costs = _costs(plan)
    assert costs.task_actual_cost[4] == pytest.approx(40 * 80 + 50)


def test_s25xb_a_finished_task_with_overtime_has_spent_all_its_cost():
    plan = _engagement()
    plan.tasks[2] = replace(plan.tasks[2], percent_complete=100.0)
    costs = _costs(plan)
    assert costs.task_actual_cost[3] == pytest.approx(costs.task_cost[3])  # €4,400


def test_s25xb_usage_months_hold_each_months_work():
    tree, details, _ = details_of(_engagement(), Scale.MONTHS)
    ana = top_row(tree, "Ana")
    # March: 16 + 40 + 24 + 104 h; April: the last 16 h of Architecture
    assert details.values(ana, Detail.WORK)[:2].tolist() == pytest.approx([184 * 60, 16 * 60])


def test_s25xb_usage_cost_of_a_month_is_priced_at_that_months_rate():
    tree, details, _ = details_of(_engagement(), Scale.MONTHS, by_task=True)
    architecture = top_row(tree, "Architecture")
    cost = details.values(architecture, Detail.COST)[:2].tolist()
    assert cost == pytest.approx([104 * 100, 16 * 110])


def test_s25xb_diff_names_a_change_of_overtime_work():
    old = _engagement()
    new = _engagement()
    a = new.assignment(3)
    new.assignments[new.assignments.index(a)] = replace(a, overtime_work_minutes=16 * 60)
    assert _costs(new).total_cost != _costs(old).total_cost
    assert diff_plans(old, new)
