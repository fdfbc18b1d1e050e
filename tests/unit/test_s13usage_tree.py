"""The usage views' outline: Task Usage as the plan's outline with assignments under each task,
Resource Usage in the plan's resource order, cost items with money and materials in their unit,
never added to people's or tasks' work."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import numpy as np
import pytest

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task
from app.domain.usage import Scale, build_usage
from app.domain.usage_costs import CostUsage
from app.domain.usage_tree import MONEY, RowKind, build_usage_tree

MON = datetime(2026, 1, 5, 8, 0)  # a Monday
DAY = 480


def _plan(accrue: CostAccrual = CostAccrual.PRORATED) -> Plan:
    """Phase > (Design, Build > Pour); Ana, Ben, cement (t), a travel cost item on Build."""
    plan = Plan(project=Project(start=MON, currency="USD", currency_symbol="$"))
    plan.append_task(Task(1, "Phase", outline_level=1))
    plan.append_task(Task(2, "Design", outline_level=2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Build", outline_level=2))
    plan.append_task(Task(4, "Pour", outline_level=3, duration_minutes=3 * DAY))
    plan.append_task(Task(5, "Done", outline_level=1, duration_minutes=0, milestone=True))
    plan.add_link(Link(2, 4))
    plan.add_link(Link(4, 5))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(9, "Travel", type=ResourceType.COST, accrue_at=accrue))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_resource(Resource(3, "Cement", type=ResourceType.MATERIAL, material_label="t"))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 4, 1, 0.5, int(1.5 * DAY)))
    plan.add_assignment(Assignment(3, 4, 2, 1.0, 3 * DAY))
    plan.add_assignment(Assignment(4, 4, 3, 40.0))
    plan.add_assignment(Assignment(5, 4, 9, 0.0, cost=900.0))
    return plan


def _trees(plan: Plan):
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    costs = CostUsage(plan, sched, usage)
    return (
        build_usage_tree(usage, costs, True, project=plan.project),
        build_usage_tree(usage, costs, False, project=plan.project),
    )


def _rows(tree):
    return [("  " * tree.depth[r]) + tree.name(r) for r in range(len(tree))]


def test_task_usage_is_the_outline_with_each_tasks_assignments_under_it():
    tasks, _ = _trees(_plan())
    assert _rows(tasks) == [
        "Phase",
        "  Design",
        "    Ana",
        "  Build",
        "    Pour",
        "      Ana",
        "      Ben",
        "      Cement",
        "      Travel",
        "Done",
    ]
    assert tasks.children(-1) == [0, 9]
    assert tasks.children(0) == [1, 3]
    assert [tasks.child(3, 0)] == [4]
    assert tasks.end[:5] == [9, 3, 3, 9, 9]
    assert [tasks.row_in_parent[r] for r in (1, 3, 5, 8)] == [0, 1, 0, 3]
    assert [tasks.parent[r] for r in (0, 2, 4, 8)] == [-1, 1, 3, 4]
    assert tasks.key(8) == ("assignment", 5)
    assert tasks.key(3) == ("task", 3)
    assert [tasks.has_children(r) for r in (0, 1, 2, 9)] == [True, True, False, False]
    assert [tasks.bold(r) for r in (0, 1, 3)] == [True, False, True]


def test_a_summary_rolls_up_its_subtasks_work_per_period_and_nothing_else():
    tasks, _ = _trees(_plan())
    for scale in Scale:
        periods = tasks.usage.periods(scale)
        phase = tasks.values(0, periods)
        leaves = tasks.values(1, periods) + tasks.values(4, periods)
        assert np.allclose(phase, leaves)
        people = sum(tasks.values(r, periods) for r in (5, 6))
        assert np.allclose(tasks.values(4, periods), people)  # not the cement, not the money
    assert tasks.total(0) == pytest.approx((5 + 1.5 + 3) * DAY)
    assert tasks.total(3) == tasks.total(4) == pytest.approx(4.5 * DAY)


def test_resource_usage_keeps_the_plans_resource_order_with_cost_items_among_people():
    _, people = _trees(_plan())
    assert _rows(people) == [
        "Ana",
        "  Design",
        "  Pour",
        "Travel",
        "  Pour",
        "Ben",
        "  Pour",
        "Cement",
        "  Pour",
    ]
    assert [people.kind[r] for r in (0, 3, 4)] == [
        RowKind.RESOURCE,
        RowKind.COST_ITEM,
        RowKind.COST_ASSIGNMENT,
    ]
    assert [people.person(r) for r in (0, 3, 7)] == [0, -1, -1]
    assert people.unit(3) == people.unit(4) == MONEY
    assert people.unit(7) == people.unit(8) == "t"
    assert people.text(people.total(3), MONEY) == "$900.00"
    assert people.text(people.total(8), "t") == "40.0 t"
    assert people.text(people.total(0), "h") == "52.0h"  # 40h + 12h: no money, no cement
    assert people.unit_name(MONEY) == "USD"
    assert people.unit_name("h") == "hours"


@pytest.mark.parametrize(
    ("accrue", "days"),
    [
        (CostAccrual.PRORATED, [0, 0, 0, 0, 0, 300, 300, 300]),
        (CostAccrual.START, [0, 0, 0, 0, 0, 900, 0, 0]),
        (CostAccrual.END, [0, 0, 0, 0, 0, 0, 0, 900]),
    ],
)
def test_a_cost_items_money_falls_as_it_accrues_and_adds_up_in_every_scale(accrue, days):
    # Pour runs Mon-Wed of the second week (days 7-9 from Mon 5 Jan, weekend 5-6)
    _, people = _trees(_plan(accrue))
    periods = people.usage.periods(Scale.DAYS)
    got = people.values(4, periods)
    working = [k for k in range(len(periods)) if periods.starts[k].weekday() < 5]
    assert [round(float(got[k]), 6) for k in working[:8]] == days
    assert people.values(3, periods) == pytest.approx(got)
    for scale in Scale:
        assert people.values(4, people.usage.periods(scale)).sum() == pytest.approx(900.0)
    window = people.values(4, periods, 5, 12)
    assert window == pytest.approx(got[5:12])


def test_closed_rows_hide_their_descendants_only():
    tasks, _ = _trees(_plan())
    assert tasks.shown([]).tolist() == list(range(10))
    assert tasks.shown([3]).tolist() == [0, 1, 2, 3, 9]
    assert tasks.shown([4]).tolist() == [0, 1, 2, 3, 4, 9]
    assert tasks.shown([0, 4]).tolist() == [0, 9]
    assert tasks.shown([2, 9]).tolist() == list(range(10))  # rows without children
    assert tasks.rows_of({("task", 3), ("task", 2), ("task", 5), ("task", 77)}) == [1, 3]


def test_an_unchanged_outline_has_the_same_signature_and_a_new_assignment_another():
    plan = _plan()
    before, _ = _trees(plan)
    plan.tasks[3] = replace(plan.tasks[3], duration_minutes=4 * DAY)
    same, _ = _trees(plan)
    assert same.signature() == before.signature()
    plan.add_assignment(Assignment(6, 2, 2, 1.0, 5 * DAY))
    other, _ = _trees(plan)
    assert other.signature() != before.signature()


def test_an_empty_plan_has_no_rows():
    plan = Plan(project=Project(start=MON))
    tasks, people = _trees(plan)
    assert len(tasks) == len(people) == 0
    assert tasks.child_count(-1) == 0
    assert tasks.shown([]).tolist() == []


def _naive(usage, costs, by_task):
    """The outline walked row by row, as the view shows it."""
    rows = []
    if by_task:
        stack = []
        for k, task in enumerate(usage.tasks):
            while stack and stack[-1][0] >= task.outline_level:
                stack.pop()
            depth = len(stack)
            rows.append(("task", task.uid, depth))
            for j in usage.task_assignment_rows(k):
                rows.append(("assignment", usage.assignments[j].uid, depth + 1))
            for j in costs.task_assignment_rows(k):
                rows.append(("assignment", costs.assignments[j].uid, depth + 1))
            stack.append((task.outline_level, k))
        return rows
    for is_cost, i in costs.resource_order:
        table = costs if is_cost else usage
        rows.append(("resource", table.resources[i].uid, 0))
        rows.extend(("assignment", table.assignments[j].uid, 1) for j in table.assignment_rows(i))
    return rows


@pytest.mark.parametrize("seed", range(6))
def test_the_outline_is_the_plan_walked_row_by_row(seed):
    import random

    rng = random.Random(seed)
    plan = Plan(project=Project(start=MON))
    level = 0
    for uid in range(1, 60):
        level = max(1, min(level + rng.choice((-2, -1, 0, 0, 1)), 5)) if uid > 1 else 1
        plan.append_task(Task(uid, f"T{uid}", outline_level=level, duration_minutes=DAY))
    kinds = [ResourceType.WORK, ResourceType.COST, ResourceType.MATERIAL]
    for r in range(1, 9):
        plan.add_resource(Resource(r, f"R{r}", type=rng.choice(kinds)))
    for a in range(1, 80):
        cost = rng.choice((0.0, 100.0))
        plan.add_assignment(Assignment(a, rng.randint(1, 59), rng.randint(1, 8), 1.0, cost=cost))
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    costs = CostUsage(plan, sched, usage)
    for by_task in (True, False):
        tree = build_usage_tree(usage, costs, by_task)
        rows = [(*tree.key(r), tree.depth[r]) for r in range(len(tree))]
        assert rows == _naive(usage, costs, by_task)
        for r in range(len(tree)):
            p = tree.parent[r]
            assert tree.child(p, tree.row_in_parent[r]) == r
            assert p < r
            assert p < 0 or tree.depth[p] == tree.depth[r] - 1
            inside = tree.depth[r + 1 : tree.end[r]]
            assert all(d > tree.depth[r] for d in inside)
            assert tree.end[r] == len(tree) or tree.depth[tree.end[r]] <= tree.depth[r]


def test_an_edit_that_keeps_the_rows_reuses_the_outline_and_reads_the_new_figures():
    plan = _plan()
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    before = build_usage_tree(usage, CostUsage(plan, sched, usage), True)
    # Shorter than Ben's work (a longer task would leave his 24 h at 100 % as they were: he
    # finishes early, as in MS Project): his 24 h are crowded into two days.
    plan.tasks[3] = replace(plan.tasks[3], name="Pour slab", duration_minutes=2 * DAY)
    sched = schedule(plan)
    usage = build_usage(plan, sched, usage)
    after = build_usage_tree(usage, CostUsage(plan, sched, usage), True, previous=before)
    assert after.reused
    assert after.name(4) == "Pour slab"
    fresh = build_usage_tree(usage, CostUsage(plan, sched, usage), True)
    days = usage.periods(Scale.DAYS)
    ben = after.values(6, days)  # Ben on Pour: his 24h now in two days
    assert np.count_nonzero(ben) == 2
    assert ben == pytest.approx(fresh.values(6, days))
    assert not fresh.reused
    assert [after.key(r) for r in range(len(after))] == [fresh.key(r) for r in range(len(fresh))]
    assert after.end == fresh.end
    plan.add_assignment(Assignment(6, 2, 2, 1.0, 5 * DAY))
    usage = build_usage(plan, sched, usage)
    again = build_usage_tree(usage, CostUsage(plan, sched, usage), True, previous=after)
    assert not again.reused
    assert len(again) == len(after) + 1
    other = build_usage_tree(usage, CostUsage(plan, sched, usage), False, previous=again)
    assert not other.reused  # another mode's outline is never taken


@pytest.mark.parametrize("seed", range(4))
def test_all_cells_at_once_are_each_rows_figures(seed):
    import random

    rng = random.Random(seed)
    plan = _plan(rng.choice(list(CostAccrual)))
    for uid in range(6, 30):  # more tasks under Phase and at the top, some staffed
        level = rng.choice((1, 2))
        plan.append_task(Task(uid, f"T{uid}", outline_level=level, duration_minutes=DAY * uid))
        if rng.random() < 0.6:
            res = rng.choice((1, 2, 3, 9))
            plan.add_assignment(Assignment(100 + uid, uid, res, 1.0, DAY * uid, cost=50.0 * uid))
    tasks, people = _trees(plan)
    for tree in (tasks, people):
        for scale in Scale:
            periods = tree.usage.periods(scale)
            rows, cols, values = tree.cells(periods)
            dense = np.zeros((len(tree), len(periods)))
            dense[rows, cols] = values
            for r in range(len(tree)):
                assert dense[r] == pytest.approx(tree.values(r, periods), abs=1e-6), r
