"""The plan's link partners answer as walking every link would, through any edit sequence."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from app.domain.errors import AppError
from app.domain.link import Link, LinkType
from app.domain.outline import link_path
from app.domain.plan import Plan
from app.domain.task import Task


def _plan(n: int) -> Plan:
    return Plan(tasks=[Task(uid, f"T{uid}", 1) for uid in range(1, n + 1)])


def _agrees(plan: Plan) -> None:
    for t in plan.tasks:
        uid = t.uid
        assert plan.links_into(uid) == [lk for lk in plan.links if lk.successor == uid]
        assert plan.links_from(uid) == [lk for lk in plan.links if lk.predecessor == uid]
    uids = [t.uid for t in plan.tasks]
    for a, b in zip(uids, reversed(uids), strict=True):
        assert (plan.link_path(a, b) is None) == (link_path(plan.links, a, b) is None)


@pytest.mark.parametrize("seed", range(6))
def test_random_edits_keep_the_graph_right(seed):
    rng = random.Random(seed)
    plan = _plan(25)
    removed: list = []
    for _step in range(300):
        move = rng.random()
        a, b = rng.sample(range(1, 26), 2)
        try:
            if move < 0.45:
                plan.add_link(Link(a, b))
            elif move < 0.65 and plan.links:
                lk = rng.choice(plan.links)
                plan.remove_link(lk.predecessor, lk.successor)
            elif move < 0.75 and plan.links:
                lk = rng.choice(plan.links)
                plan.update_link(replace(lk, type=LinkType.SS, lag_minutes=60))
            elif move < 0.85 and plan.tasks:
                removed.append(plan.remove_tasks([rng.choice(plan.tasks).uid]))
            elif removed:
                plan.restore_tasks(removed.pop())
        except AppError:
            pass  # refused (a loop, a duplicate, a gone task): the plan is unchanged
        if _step % 25 == 0:
            _agrees(plan)
    _agrees(plan)


def test_a_list_replaced_behind_the_plans_back_is_read_again():
    plan = _plan(4)
    plan.add_link(Link(1, 2))
    plan.add_link(Link(2, 3))
    assert plan.link_path(1, 3) == [1, 2, 3]
    plan.links = [Link(3, 4)]  # a reader or merge replaces the whole list
    assert plan.link_path(1, 3) is None
    assert plan.links_into(4) == [Link(3, 4)]
    plan.links.append(Link(4, 1))  # grown behind its back
    assert plan.link_path(3, 1) == [3, 4, 1]
    with pytest.raises(AppError, match="cycle"):
        plan.add_link(Link(1, 3))
