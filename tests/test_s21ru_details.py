"""Resource Usage's detail rows (MS Project's Format > Details): Overallocation, Remaining
Availability, Cost and Actual Work per period, worked out by the domain's rules."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest

from app.domain.costs import compute_costs
from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task
from app.domain.usage import Scale, build_usage
from app.domain.usage_costs import CostUsage
from app.domain.usage_detail_rows import Detail
from app.domain.usage_details import UsageDetails
from app.domain.usage_tree import build_usage_tree

MON = datetime(2026, 1, 5, 8, 0)  # a Monday
DAY = 480


def _plan(accrue: CostAccrual = CostAccrual.PRORATED) -> Plan:
    """Ana on A (5d) and B (2d, both from Monday: 200 % Mon-Tue), Ben on C (5d, half done)."""
    plan = Plan(project=Project(start=MON, currency="USD", currency_symbol="$"))
    plan.append_task(Task(1, "A", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "B", duration_minutes=2 * DAY))
    plan.append_task(Task(3, "C", duration_minutes=10 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0, cost_per_use=20.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=10.0, accrue_at=accrue))
    plan.add_resource(Resource(9, "Travel", type=ResourceType.COST))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(3, 3, 2, 1.0, 10 * DAY, actual_work_minutes=7 * DAY))
    plan.add_assignment(Assignment(4, 3, 9, 0.0, cost=300.0))
    return plan


def _details(plan: Plan, scale: Scale = Scale.WEEKS):
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    tree = build_usage_tree(usage, CostUsage(plan, sched, usage), False, project=plan.project)
    costs = compute_costs(plan, sched)
    return tree, UsageDetails(tree, usage.periods(scale), costs), costs


def _row(tree, name: str) -> int:
    return next(r for r in range(len(tree)) if tree.name(r) == name and tree.depth[r] == 0)


def test_s21ru_overallocation_is_work_beyond_capacity_where_flagged():
    tree, details, _ = _details(_plan(), Scale.DAYS)
    ana = _row(tree, "Ana")
    over = details.values(ana, Detail.OVERALLOCATION)
    assert over[:5].tolist() == [DAY, DAY, 0, 0, 0]  # 16h on 8h days Mon and Tue
    flagged = tree.usage.overallocated(details.periods)[tree.person(ana)]
    assert (over > 0).tolist() == flagged.tolist()
    weekly = _details(_plan())[1].values(ana, Detail.OVERALLOCATION)
    assert weekly[0] == 2 * DAY  # the week sums its days
    ben = _row(tree, "Ben")
    assert not details.values(ben, Detail.OVERALLOCATION).any()


def test_s21ru_remaining_availability_is_capacity_less_work_never_negative():
    tree, details, _ = _details(_plan())
    ana, ben = _row(tree, "Ana"), _row(tree, "Ben")
    assert details.values(ana, Detail.AVAILABILITY)[0] == 0  # 56h of work in a 40h week
    assert details.values(ana, Detail.AVAILABILITY)[1] == 5 * DAY  # free the week after
    assert details.values(ben, Detail.AVAILABILITY)[:2].tolist() == [0, 0]
    roomy = _plan()
    roomy.resources[1] = Resource(2, "Ben", standard_rate=10.0, max_units=2.0)
    tree, details, _ = _details(roomy)
    # Ben at 100 % of his 200 %: half his week is left each week
    assert details.values(_row(tree, "Ben"), Detail.AVAILABILITY)[:2].tolist() == [5 * DAY] * 2
    # nothing shown for an assignment, a cost item
    assert not details.values(_row(tree, "Travel"), Detail.AVAILABILITY).any()


def test_s21ru_cost_per_period_adds_up_to_the_cost_model_and_follows_accrual():
    tree, details, costs = _details(_plan())
    ana = _row(tree, "Ana")
    cost = details.values(ana, Detail.COST)
    assert cost.sum() == pytest.approx(costs.resource_cost[1])
    # 40h + 16h at $50 and two uses of $20, all in week 1
    assert cost[0] == pytest.approx(56 * 50 + 40)
    ben = _row(tree, "Ben")
    assert details.values(ben, Detail.COST).tolist() == pytest.approx([400.0, 400.0])
    tree, details, _ = _details(_plan(CostAccrual.END))
    assert details.values(_row(tree, "Ben"), Detail.COST).tolist() == pytest.approx([0, 800.0])
    travel = _row(tree, "Travel")
    assert details.values(travel, Detail.COST).sum() == pytest.approx(300.0)


def test_s21ru_actual_work_is_the_first_of_the_work():
    tree, details, _ = _details(_plan())
    ben = _row(tree, "Ben")
    assert details.values(ben, Detail.ACTUAL_WORK).tolist() == [5 * DAY, 2 * DAY]
    assert not details.values(_row(tree, "Ana"), Detail.ACTUAL_WORK).any()


def test_s21ru_details_words_parse_with_work_first_and_refuse_unknown_ones():
    assert Detail.parse("cost,overallocation") == (Detail.WORK, Detail.OVERALLOCATION, Detail.COST)
    with pytest.raises(AppError, match="'spread' is not a detail"):
        Detail.parse("work,spread")
    assert np.all(Detail.parse("") == (Detail.WORK,))
