"""Finding a plan's links, people, assignments and risks without walking their lists."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from app.domain.diff import diff_plans
from app.domain.errors import CycleError, PlanError
from app.domain.link import Link, LinkType
from app.domain.merge import apply_changes, copy_plan, revert
from app.domain.plan import Plan
from app.domain.positions import Positions
from app.domain.resource import Assignment, Resource
from app.domain.task import Task


def _find_all(index: Positions[str, str], rows: list[str]) -> list[int | None]:
    return [index.find(rows, key) for key in ("a", "b", "c", "d", "z")]


def test_positions_follow_appends_removals_and_a_replaced_list():
    rows = ["a", "b", "c"]
    index: Positions[str, str] = Positions(lambda item: item)
    assert _find_all(index, rows) == [0, 1, 2, None, None]
    rows.append("d")
    index.appended(rows)
    assert _find_all(index, rows) == [0, 1, 2, 3, None]
    rows.pop(0)  # every other item moves up one: their old places no longer hold them
    index.removed(rows, "a")
    assert _find_all(index, rows) == [None, 0, 1, 2, None]
    rows.insert(0, "z")  # not told: noticed by the length
    assert _find_all(index, rows) == [None, 1, 2, 3, 0]
    other = ["d", "c"]  # another list altogether
    assert _find_all(index, other) == [None, None, 1, 0, None]


def test_positions_agree_with_a_walk_under_random_edits():
    rng = random.Random(3)
    rows = [f"k{i}" for i in range(50)]
    index: Positions[str, str] = Positions(lambda item: item)
    fresh = 50
    for _ in range(400):
        roll = rng.random()
        if roll < 0.4 and rows:
            key = rows.pop(rng.randrange(len(rows)))
            index.removed(rows, key)
        elif roll < 0.8:
            rows.append(f"k{fresh}")
            index.appended(rows)
            fresh += 1
        else:
            rows.insert(rng.randrange(len(rows) + 1), f"k{fresh}")
            index.forget()
            fresh += 1
        probe = f"k{rng.randrange(fresh + 5)}"
        assert index.find(rows, probe) == (rows.index(probe) if probe in rows else None)


def test_the_first_of_two_items_with_one_key_is_found_as_a_walk_would():
    index: Positions[str, str] = Positions(lambda item: item[0])
    assert index.find(["x1", "y", "x2"], "x") == 0


def _chain(n: int) -> Plan:
    plan = Plan(tasks=[Task(uid, f"T{uid}", duration_minutes=480) for uid in range(1, n + 1)])
    plan.links = [Link(uid, uid + 1) for uid in range(1, n)]
    return plan


def test_links_are_found_after_removals_from_anywhere_and_a_replaced_list():
    plan = _chain(30)
    for pred in (5, 1, 29, 14):
        plan.remove_link(pred, pred + 1)
    assert plan.find_link(5, 6) is None
    assert plan.find_link(2, 3) == Link(2, 3)
    assert plan.find_link(28, 29) == Link(28, 29)
    with pytest.raises(PlanError, match="no such link"):
        plan.remove_link(14, 15)
    plan.update_link(Link(20, 21, LinkType.SS, lag_minutes=60))
    assert plan.links[[lk.key for lk in plan.links].index((20, 21))].type is LinkType.SS
    plan.links = [Link(1, 3)]  # a reader may hand the plan a new list
    assert plan.find_link(1, 3) == Link(1, 3)
    assert plan.find_link(2, 3) is None


def test_add_links_adds_all_with_one_check():
    plan = _chain(5)
    plan.add_links([Link(1, 3), Link(2, 5, LinkType.SS)])
    assert plan.find_link(1, 3) is not None
    assert plan.find_link(2, 5).type is LinkType.SS


def test_add_links_refuses_a_cycle_naming_it_and_adds_none():
    plan = _chain(5)
    before = list(plan.links)
    with pytest.raises(CycleError, match=r"'T5' -> ID 2 'T2'"):
        plan.add_links([Link(1, 4), Link(5, 2)])
    assert plan.links == before


@pytest.mark.parametrize(
    ("links", "message"),
    [
        ([Link(1, 3), Link(1, 3)], "already linked"),
        ([Link(1, 2)], "already linked"),
        ([Link(3, 3)], "cannot depend on itself"),
    ],
)
def test_add_links_refuses_what_add_link_refuses(links, message):
    plan = _chain(5)
    before = list(plan.links)
    with pytest.raises(PlanError, match=message):
        plan.add_links(links)
    assert plan.links == before


def test_people_and_assignments_are_found_by_uid_after_edits():
    plan = _chain(3)
    for uid in (1, 2, 3):
        plan.add_resource(Resource(uid=uid, name=f"P{uid}"))
    plan.add_resource(Resource(uid=9, name="First"), index=0)
    assert plan.resource(9).name == "First"
    assert plan.resource(3).name == "P3"
    for uid, (task, res) in enumerate([(1, 1), (2, 2), (3, 3)], start=1):
        plan.add_assignment(Assignment(uid=uid, task_uid=task, resource_uid=res))
    plan.remove_assignment(1)
    assert plan.assignment(3).resource_uid == 3
    with pytest.raises(PlanError, match="no assignment with id 1"):
        plan.assignment(1)
    with pytest.raises(PlanError, match="resource id 2 is taken"):
        plan.add_resource(Resource(uid=2, name="again"))


def _many_links_plan(n: int = 300) -> Plan:
    rng = random.Random(11)
    plan = Plan(tasks=[Task(uid, f"T{uid}", duration_minutes=480) for uid in range(1, n + 1)])
    pairs = {(i, min(n, i + rng.randint(1, 20))) for i in range(1, n) for _ in range(2)}
    plan.links = [Link(a, b) for a, b in sorted(pairs) if a != b]
    plan.resources = [Resource(uid=r, name=f"P{r}") for r in range(1, 6)]
    plan.assignments = [
        Assignment(uid=i, task_uid=i, resource_uid=i % 5 + 1) for i in range(1, n + 1, 2)
    ]
    return plan


def test_taking_back_many_link_and_assignment_changes_and_undoing_them():
    """The client relinked and restaffed much of the plan: applied, then reverted."""
    base = _many_links_plan()
    theirs = copy_plan(base)
    theirs.links = [
        replace(lk, lag_minutes=60) if k % 3 else lk for k, lk in enumerate(theirs.links) if k % 4
    ] + [Link(k, k + 25) for k in range(1, 250, 7) if not base.find_link(k, k + 25)]
    theirs.assignments = [replace(a, units=0.5) for a in theirs.assignments if a.uid % 3] + [
        Assignment(uid=1000 + i, task_uid=i, resource_uid=1) for i in range(2, 100, 2)
    ]
    plan = copy_plan(base)
    applied = apply_changes(plan, theirs, diff_plans(base, theirs))
    assert diff_plans(plan, theirs) == []
    revert(plan, applied)
    assert diff_plans(plan, base) == []


def test_add_links_on_a_plan_that_already_loops_still_adds_them():
    """The one-shot check finds the old loop; the links are then added one by one, and kept."""
    plan = _chain(7)
    plan.remove_link(5, 6)  # tasks 6 and 7 stand apart from 1..5
    plan.remove_link(6, 7)
    plan.links.append(Link(5, 1))  # a loop the plan was handed, not one add_link made
    plan.add_links([Link(6, 7, LinkType.SS)])
    assert plan.find_link(6, 7) == Link(6, 7, LinkType.SS)
