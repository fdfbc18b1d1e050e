"""The network takes links by successor: the plan's link order changes nothing users see.

build_network sorts the links by successor uid (memory locality at 100k tasks).
A row's predecessors must keep the plan's link order, the schedule must not
depend on how the links were listed, and a bad link is still named in the
plan's order.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import PlanError
from app.domain.link import Link, LinkType
from app.domain.scheduler import schedule
from app.domain.scheduling.network import _outline, build_network
from app.domain.task import ConstraintType
from tests.bench.generate import make_plan


def _varied(seed: int):
    plan = make_plan(300, 450, 3, n_resources=6, seed=11)
    rng = random.Random(seed)
    tasks = list(plan.tasks)
    for k, t in enumerate(tasks):
        if t.outline_level > 1 and rng.random() < 0.1:
            tasks[k] = replace(t, constraint_type=ConstraintType.ALAP)
    plan.tasks = tasks
    links = list(plan.links)
    for k in range(0, len(links), 7):  # a few percentage and elapsed lags too
        links[k] = replace(links[k], lag_percent=50.0)
    for k in range(3, len(links), 11):
        links[k] = replace(links[k], lag_minutes=600, lag_elapsed=True)
    plan.links = links
    return plan


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_schedule_does_not_depend_on_the_link_order(seed):
    plan = _varied(seed)
    first = schedule(plan)
    random.Random(seed).shuffle(plan.links)
    again = schedule(plan)
    assert first.start == again.start
    assert first.finish == again.finish
    assert dict(first.times) == dict(again.times)
    assert first.issues == again.issues


def test_a_rows_predecessors_keep_the_plan_link_order():
    plan = make_plan(60, 0, 1)
    leaves = [t.uid for t in plan.tasks if t.outline_level == 2]
    target = leaves[-1]
    # Into one task, listed by falling predecessor uid, between links into others.
    into = [Link(u, target, LinkType.FS, lag_minutes=k) for k, u in enumerate(leaves[10:1:-2])]
    others = [Link(leaves[0], u) for u in leaves[20:25]]
    plan.links = [x for pair in zip(into, others, strict=False) for x in pair] + into[5:]
    net = build_network(plan)
    i = net.row_of[target]
    assert [net.uids[j] for j, *_ in net.preds[i]] == [lk.predecessor for lk in into]
    assert [value for *_, value in net.preds[i]] == list(range(len(into)))
    assert len(net.flat) == len(plan.links)


def test_the_first_bad_link_in_plan_order_is_named():
    plan = make_plan(40, 20, 1)
    good = list(plan.links)
    # The second bad link sorts first by successor: the message must still name the first.
    plan.links = [*good[:5], Link(3, 999), *good[5:], Link(998, 2)]
    with pytest.raises(PlanError, match="link 3 -> 999 names an unknown task"):
        build_network(plan)
    plan.links = [*good, Link(-5, 3)]
    with pytest.raises(PlanError, match="link -5 -> 3 names an unknown task"):
        build_network(plan)


def _outline_by_definition(levels):
    """What network._outline gives, from the definitions (parent: the nearest row above
    at a lower level), by a recursive walk."""
    n = len(levels)
    parent = [-1] * n
    for i, level in enumerate(levels):
        parent[i] = next((j for j in range(i - 1, -1, -1) if levels[j] < level), -1)
    children = [[c for c in range(n) if parent[c] == i] for i in range(n)]
    summary = [bool(c) for c in children]
    last = list(range(n))
    for i in range(n - 1, -1, -1):
        if children[i]:
            last[i] = last[children[i][-1]]
    order = []

    def visit(i):
        if summary[i]:
            order.append(n + i)
            for c in children[i]:
                visit(c)
        order.append(i)

    roots = [i for i in range(n) if parent[i] < 0]
    for r in roots:
        visit(r)
    return summary, parent, children, last, order, roots


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 4)), max_size=60), st.integers(1, 3))
def test_outline_matches_its_definition(moves, first):
    # Siblings, one or two levels down (files may skip one), any number up.
    levels = []
    for step, up in moves:
        above = levels[-1] if levels else first
        levels.append(above + step if step < 3 else max(1, above - up))
    summary, parent, children, last, order, roots = _outline(levels)
    want = _outline_by_definition(levels)
    assert (summary, parent, last, order, roots) == (want[0], want[1], want[3], want[4], want[5])
    assert [children[i] if summary[i] else [] for i in range(len(levels))] == want[2]
