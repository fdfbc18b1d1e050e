"""The scheduler's fast paths give exactly what its general code gives.

The passes compute plain rows inline and the full result is built in bulk;
both duplicate logic that also exists row by row (for the other rows and for
incremental edits). These tests run both ways on varied plans and compare.
"""

from __future__ import annotations

import copy
import pickle
import random
from dataclasses import FrozenInstanceError, fields, replace
from datetime import datetime, timedelta

import pytest

from app.domain.errors import CycleError, PlanError
from app.domain.link import Link
from app.domain.schedule import TaskTimes
from app.domain.scheduling.cpm import Engine
from app.domain.scheduling.network import _outline, build_network
from app.domain.scheduling.results import EngineResults, build_schedule, times_of_rows
from app.domain.task import ConstraintType
from app.domain.worktime import to_minutes
from tests.bench.generate import make_plan


def _varied_plan(seed: int):
    """A generated plan with resources, constraints, ALAP, deadlines, progress, elapsed tasks."""
    plan = make_plan(400, 600, 3, n_resources=8, seed=seed)
    rng = random.Random(seed)
    start = plan.project.start
    kinds = [c for c in ConstraintType if c not in (ConstraintType.ASAP, ConstraintType.ALAP)]
    tasks = list(plan.tasks)
    for k, t in enumerate(tasks):
        if t.outline_level == 1:
            continue
        r = rng.random()
        when = start + timedelta(days=rng.randint(0, 90), hours=rng.randint(0, 9))
        if r < 0.08:
            tasks[k] = replace(t, constraint_type=ConstraintType.ALAP)
        elif r < 0.16:
            tasks[k] = replace(t, constraint_type=rng.choice(kinds), constraint_date=when)
        elif r < 0.20:
            tasks[k] = replace(t, deadline=when)
        elif r < 0.24:
            tasks[k] = replace(t, percent_complete=40, actual_start=start)
        elif r < 0.28:
            tasks[k] = replace(t, elapsed=True)
    plan.tasks = tasks
    return plan


def _engine(plan, inline: bool) -> Engine:
    engine = Engine(build_network(plan), to_minutes(plan.project.start))
    if not inline:
        engine.plain_fwd = [False] * engine.n
        engine.plain_bwd = [False] * engine.n
    engine.run_forward()
    engine.run_backward()
    engine.place_alap()
    return engine


@pytest.mark.parametrize("seed", range(4))
def test_inline_passes_equal_node_by_node_passes(seed):
    plan = _varied_plan(seed)
    fast, slow = _engine(plan, inline=True), _engine(plan, inline=False)
    assert any(fast.plain_fwd)
    assert any(fast.plain_bwd)
    assert not all(fast.plain_fwd)
    assert not all(fast.plain_bwd)
    for name in ("es", "ef", "ls", "lf", "link_ls", "dur", "entry_es", "roll_lf"):
        assert getattr(fast, name) == getattr(slow, name), name
    assert fast.issues == slow.issues
    assert fast.project_finish == slow.project_finish


@pytest.mark.parametrize("seed", range(4))
def test_bulk_results_equal_row_by_row_results(seed):
    plan = _varied_plan(seed)
    engine = _engine(plan, inline=True)
    limit = plan.project.critical_slack_limit_minutes
    bulk = dict(zip(engine.net.uids, EngineResults(engine, limit).all(), strict=True))
    rows = times_of_rows(engine, range(engine.n), limit)
    assert list(bulk) == list(rows)
    assert any(t.summary for t in bulk.values())
    assert any(t.total_slack_minutes < 0 for t in bulk.values())
    for uid, times in rows.items():
        assert bulk[uid] == times, uid
    assert build_schedule(engine, limit).times == bulk


def _times(**changes) -> TaskTimes:
    d = datetime(2026, 3, 2, 8)
    base = TaskTimes(d, d + timedelta(hours=8), 480, d, d + timedelta(hours=8), d, d)
    return replace(base, **changes) if changes else base


def test_task_times_behaves_as_a_frozen_dataclass():
    t = _times(critical=True, total_slack_minutes=-60)
    assert [f.name for f in fields(t)][:3] == ["start", "finish", "duration_minutes"]
    assert t.critical
    assert t.total_slack_minutes == -60
    assert t.free_slack_minutes == 0
    assert replace(t, critical=False).critical is False
    assert replace(t, critical=False) != t
    assert t == _times(critical=True, total_slack_minutes=-60)
    assert hash(t) == hash(_times(critical=True, total_slack_minutes=-60))
    assert t != (t.start, t.finish)
    assert pickle.loads(pickle.dumps(t)) == t
    values = tuple(getattr(t, f.name) for f in fields(t))
    assert TaskTimes.of_many([values, values]) == [t, t]
    assert TaskTimes.of_values(values) == t
    assert copy.deepcopy(t) == t
    assert repr(t).startswith("TaskTimes(start=datetime.datetime(2026, 3, 2, 8, 0), finish=")
    with pytest.raises(FrozenInstanceError):
        t.start = t.finish  # type: ignore[misc]


def _check_order(net) -> None:
    """Every link and outline dependency points forward in ``net.order``."""
    n, pos = len(net.tasks), net.positions()
    nodes = list(range(n)) + [n + i for i in range(n) if net.summary[i]]
    assert sorted(net.order) == nodes

    def target(i: int) -> int:
        return n + i if net.summary[i] else i

    for i in range(n):
        for j, succ, _code, _kind, _value in net.preds[i]:
            assert succ == i
            assert pos[j] < pos[target(i)]
        p = net.parent[i]
        if p >= 0:
            assert pos[n + p] < pos[target(i)]  # the parent's entry before the child
            assert pos[i] < pos[p]  # the child before the parent's roll-up


@pytest.mark.parametrize("backward", [False, True])
def test_dependency_order_with_links_along_and_against_row_order(backward):
    plan = _varied_plan(5)
    if backward:  # the same network mirrored: every link points to an earlier row
        plan.links = [
            replace(lk, predecessor=lk.successor, successor=lk.predecessor) for lk in plan.links
        ]
    net = build_network(plan)
    row_order = _outline([t.outline_level for t in plan.tasks])[4]
    assert (net.order != row_order) is backward
    _check_order(net)


def test_link_into_its_own_summary_branch_is_still_a_loop():
    plan = _varied_plan(6)
    summary = next(t for t in plan.tasks if t.outline_level == 1)
    child = plan.tasks[plan.index_of(summary.uid) + 1]
    plan.links.append(Link(summary.uid, child.uid))
    with pytest.raises(CycleError):
        build_network(plan)


@pytest.mark.parametrize(
    ("dense", "missing"),
    [(True, m) for m in (-1, -3, -700, 0, 450, 5000)] + [(False, m) for m in (-1, 0, 1500, 10**9)],
)
def test_link_to_an_unknown_task_is_refused_whatever_the_uids(dense, missing):
    plan = make_plan(300, 400, 1)
    if not dense:  # uids far apart: looked up by dict, not by list
        plan.tasks = [replace(t, uid=t.uid * 1000) for t in plan.tasks]
        plan.links = [
            replace(lk, predecessor=lk.predecessor * 1000, successor=lk.successor * 1000)
            for lk in plan.links
        ]
    uids = [t.uid for t in plan.tasks]
    known = uids[5]
    assert missing not in uids
    for link in (Link(missing, known), Link(known, missing)):
        plan.links.append(link)
        with pytest.raises(PlanError, match="unknown task"):
            build_network(plan)
        plan.links.pop()
    net = build_network(plan)
    assert sum(map(len, net.preds)) == len(plan.links)
    for lk in plan.links:
        j, i = net.row_of[lk.predecessor], net.row_of[lk.successor]
        assert any(e[0] == j for e in net.preds[i])


def test_flat_links_kept_by_the_schedule_match_the_network():
    plan = _varied_plan(7)
    plan.tasks[3] = replace(plan.tasks[3], active=False)  # its links are left out of both
    net = build_network(plan)
    assert len(net.flat) == sum(map(len, net.succs)) > 0
    for i in range(len(net.tasks)):
        assert net.flat.out_of(i) == net.succs[i]
