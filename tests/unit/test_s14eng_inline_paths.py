"""The passes' inline paths (plain rows and plain summaries) give what the per-node code gives.

run_forward and run_backward compute most rows, and summaries rolled up from
active children without links or dates of their own, inline; everything else
goes through forward_node / backward_node, which incremental edits and
leveling also use. Plans here mix every case so that each summary and row
kind lands on both sides.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

import pytest

from app.domain.link import Link, LinkType
from app.domain.scheduling.cpm import Engine
from app.domain.scheduling.network import build_network
from app.domain.scheduling.state import _off_ordinary
from app.domain.task import ConstraintType
from app.domain.worktime import to_minutes
from tests.bench.generate import make_plan

_ARRAYS = ("es", "ef", "ls", "lf", "link_ls", "dur", "entry_es", "roll_lf")


def _mixed_plan(seed: int):
    """Summaries with links, constraints, deadlines, manual dates and inactive children;
    leaves with ALAP, constraints, progress, elapsed durations and lags of every kind."""
    plan = make_plan(600, 900, 3, n_resources=6, seed=seed)
    rng = random.Random(seed)
    start = plan.project.start
    dated = [c for c in ConstraintType if c not in (ConstraintType.ASAP, ConstraintType.ALAP)]
    tasks = list(plan.tasks)
    summaries = [t.uid for t in tasks if t.outline_level == 1]
    for k, t in enumerate(tasks):
        when = start + timedelta(days=rng.randint(0, 120), hours=rng.randint(0, 9))
        r = rng.random()
        if t.outline_level == 1:
            if r < 0.15:
                tasks[k] = replace(t, constraint_type=rng.choice(dated), constraint_date=when)
            elif r < 0.25:
                tasks[k] = replace(t, deadline=when)
            elif r < 0.30:
                tasks[k] = replace(t, manual=True, start=when, finish=when + timedelta(days=20))
            continue
        if r < 0.06:
            tasks[k] = replace(t, constraint_type=ConstraintType.ALAP)
        elif r < 0.12:
            tasks[k] = replace(t, constraint_type=rng.choice(dated), constraint_date=when)
        elif r < 0.15:
            tasks[k] = replace(t, deadline=when)
        elif r < 0.18:
            tasks[k] = replace(t, percent_complete=30, actual_start=start)
        elif r < 0.21:
            tasks[k] = replace(t, elapsed=True)
        elif r < 0.23:
            tasks[k] = replace(t, active=False)
    # Nested summaries: the second row under each phase gets the next three as children.
    nested: dict[int, set[int]] = {}
    for k, t in enumerate(tasks):
        if t.outline_level == 1 and k + 5 < len(tasks):
            nested[tasks[k + 2].uid] = {tasks[k + 2 + d].uid for d in (1, 2, 3)}
            for d in (1, 2, 3):
                tasks[k + 2 + d] = replace(tasks[k + 2 + d], outline_level=3)
    plan.tasks = tasks
    # A link between a summary and its own child would be a loop.
    plan.links = [
        lk
        for lk in plan.links
        if lk.successor not in nested.get(lk.predecessor, ())
        and lk.predecessor not in nested.get(lk.successor, ())
    ]
    # Links into and out of summaries, and the lag kinds the generator leaves out.
    leaves = [t.uid for t in tasks if t.outline_level >= 2 and t.uid not in nested]
    for a, b in zip(summaries[:-1:3], summaries[1::3], strict=False):
        plan.links.append(Link(a, b, LinkType.FS, lag_minutes=rng.choice((0, 480))))
    for s in summaries[2::5]:
        later = [u for u in leaves if u > s + 25]
        if later:
            plan.links.append(Link(s, later[0], rng.choice((LinkType.FS, LinkType.SS))))
    links = {lk.key: lk for lk in plan.links}
    for key in rng.sample(sorted(links), 60):
        lk = links[key]
        if rng.random() < 0.5:
            links[key] = replace(lk, lag_percent=rng.choice((25.0, 50.0, -10.0)), lag_minutes=0)
        else:
            links[key] = replace(lk, lag_minutes=rng.choice((600, 2880)), lag_elapsed=True)
    plan.links = list(links.values())
    return plan


def _run(plan, inline: bool) -> Engine:
    engine = Engine(build_network(plan), to_minutes(plan.project.start))
    if not inline:
        n = engine.n
        engine.plain_fwd = [False] * n
        engine.plain_bwd = [False] * n
        engine.plain_sum_fwd = [False] * n
        engine.plain_sum_bwd = [False] * n
    engine.run_forward()
    engine.run_backward()
    engine.place_alap()
    return engine


@pytest.mark.parametrize("seed", range(6))
def test_inline_summaries_and_rows_equal_the_per_node_code(seed):
    plan = _mixed_plan(seed)
    fast, slow = _run(plan, inline=True), _run(plan, inline=False)
    # Both sides of every switch are taken: plain and not, for rows and summaries.
    for flags in (fast.plain_fwd, fast.plain_bwd, fast.plain_sum_fwd, fast.plain_sum_bwd):
        assert any(flags)
    summaries = [s for s in range(fast.n) if fast.net.summary[s]]
    assert not all(fast.plain_sum_fwd[s] for s in summaries)
    assert not all(fast.plain_sum_bwd[s] for s in summaries)
    assert fast.alap_placed
    for name in _ARRAYS:
        assert getattr(fast, name) == getattr(slow, name), name
    assert fast.issues == slow.issues
    assert fast.project_finish == slow.project_finish


def test_a_summary_edited_to_get_a_date_leaves_the_inline_path():
    """refresh_task (an incremental edit) re-reads whether a summary may be rolled up inline."""
    plan = make_plan(200, 300, 2, seed=3)
    engine = Engine(build_network(plan), to_minutes(plan.project.start))
    s = next(i for i, t in enumerate(plan.tasks) if t.outline_level == 1)
    assert (engine.plain_sum_fwd[s], engine.plain_sum_bwd[s]) == (True, True)
    when = plan.project.start + timedelta(days=40)
    engine.net.tasks[s] = replace(plan.tasks[s], deadline=when)
    engine.refresh_task(s)
    assert (engine.plain_sum_fwd[s], engine.plain_sum_bwd[s]) == (False, False)
    engine.net.tasks[s] = plan.tasks[s]
    engine.refresh_task(s)
    assert (engine.plain_sum_fwd[s], engine.plain_sum_bwd[s]) == (True, True)


def test_special_rows_are_those_with_a_field_off_the_ordinary():
    """The engine lists the rows _plain must sort (and the only ones with a deadline or ALAP)
    by tests inlined in a comprehension: they must be _off_ordinary's."""
    plan = _mixed_plan(11)
    engine = Engine(build_network(plan), to_minutes(plan.project.start))
    want = [i for i, t in enumerate(plan.tasks) if _off_ordinary(t)]
    assert engine.special == want
    assert 0 < len(want) < len(plan.tasks)
    for i, t in enumerate(plan.tasks):
        if t.deadline is not None or t.constraint_type is ConstraintType.ALAP:
            assert i in engine.special
    # An edit that gives a task a deadline puts it on the list (the results read it there).
    row = next(i for i in range(engine.n) if i not in engine.special)
    engine.net.tasks[row] = replace(plan.tasks[row], deadline=plan.project.start)
    engine.refresh_task(row)
    assert row in engine.special
    assert engine.special == sorted(engine.special)
