"""The parts scheduling/results.py was split into, each held to what it replaces.

percent_roll: a roll-up patched for some rows equals one worked out whole.
carried: what an edit's results may reuse (or not), and columns or spans patched
for the rows an edit changed equal the whole ones of the new dates.
whole_columns: every row's columns agree with EngineResults' per-row reads.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from app.domain.scheduling.carried import (
    PATCH_SHARE,
    carry,
    patched_columns,
    patched_spans,
)
from app.domain.scheduling.cpm import Engine
from app.domain.scheduling.network import build_network
from app.domain.scheduling.percent_roll import patched_roll, rolled_up
from app.domain.scheduling.results import EngineResults
from app.domain.scheduling.whole_columns import whole_columns, whole_spans
from app.domain.worktime import to_minutes
from tests.unit.test_scheduler_fast_paths import _varied_plan


def _nested(seed: int):
    """:func:`_varied_plan` with summaries three levels deep: every sixth task of a phase
    gets the three tasks after it as its subtasks (and loses its links: a link between a
    summary and its own subtask would be a loop)."""
    plan = _varied_plan(seed)
    tasks = list(plan.tasks)
    made: set[int] = set()
    k = 0
    while k < len(tasks) - 4:
        if tasks[k].outline_level == 2 and k % 6 == 0:
            nxt = tasks[k + 1 : k + 4]
            if all(t.outline_level == 2 for t in nxt):
                for j in range(k + 1, k + 4):
                    tasks[j] = replace(tasks[j], outline_level=3)
                made.add(tasks[k].uid)
                k += 4
                continue
        k += 1
    plan.tasks = tasks
    plan.links = [lk for lk in plan.links if not {lk.predecessor, lk.successor} & made]
    return plan


def _engine(plan) -> Engine:
    engine = Engine(build_network(plan), to_minutes(plan.project.start))
    engine.run_forward()
    engine.run_backward()
    engine.place_alap()
    return engine


def _results(plan) -> EngineResults:
    return EngineResults(_engine(plan), plan.project.critical_slack_limit_minutes)


def _leaf_rows(results: EngineResults) -> list[int]:
    return [i for i, s in enumerate(results.summary) if not s and results.active[i]]


@pytest.mark.parametrize("seed", range(4))
def test_a_roll_up_patched_for_changed_rows_equals_one_worked_out_whole(seed):
    plan = _nested(seed)
    r = _results(plan)
    assert max(t.outline_level for t in r.tasks) == 3
    before = rolled_up(r.summary, r.parent, r.active, r.tasks, r.dur)
    rng = random.Random(seed)
    deep = [i for i in _leaf_rows(r) if r.tasks[i].outline_level == 3]
    rows = frozenset(rng.sample(_leaf_rows(r), 20) + rng.sample(deep, 5))
    tasks = list(r.tasks)
    dur = list(r.dur)
    for i in rows:
        tasks[i] = replace(tasks[i], percent_complete=rng.choice((0.0, 33.3, 70.0, 100.0)))
        dur[i] = rng.choice((0, 60, 480, 4800))
    whole = rolled_up(r.summary, r.parent, r.active, tasks, dur)
    patched = patched_roll(before, rows, r.summary, r.parent, r.active, tasks, dur, r.children)
    assert patched == whole
    assert patched.percent != before.percent  # the edit changed some summary's figure
    # the rows left alone: patching none of them gives the same roll-up back
    same = patched_roll(before, frozenset(), r.summary, r.parent, r.active, r.tasks, r.dur, [])
    assert same == before


def test_nothing_carries_when_nothing_was_worked_out_or_too_many_rows_changed():
    r = _results(_varied_plan(0))
    n = len(r.tasks)
    assert carry({}, None, None, None, frozenset({1}), n, False) is None
    spans = whole_spans(r)
    few = frozenset(range(n // PATCH_SHARE))
    many = frozenset(range(n // PATCH_SHARE + 1))
    kept = carry({}, spans, None, None, few, n, False)
    assert kept is not None
    assert (kept.spans, kept.rows) == (spans, few)
    assert carry({}, spans, None, None, many, n, False) is None


def test_when_the_late_dates_moved_the_columns_do_not_carry_but_their_spans_do():
    r = _results(_varied_plan(1))
    columns = whole_columns(r, True)
    kept = carry({True: columns}, None, None, None, frozenset({3}), len(r.tasks), True)
    assert kept is not None
    assert kept.columns == {}
    assert kept.spans == whole_spans(r)
    assert carry({True: columns}, None, None, None, frozenset({3}), len(r.tasks), False) == replace(
        kept, columns={True: columns}, spans=None
    )


@pytest.mark.parametrize("seed", range(3))
def test_columns_and_spans_patched_for_the_changed_rows_equal_whole_ones(seed):
    plan = _varied_plan(seed)
    before = _results(plan)
    old_columns, old_spans = whole_columns(before, True), whole_spans(before)
    rng = random.Random(seed)
    uid = plan.tasks[rng.choice(_leaf_rows(before))].uid
    task = plan.task(uid)
    plan.update_task(replace(task, duration_minutes=task.duration_minutes + 960))
    after = _results(plan)
    rows = frozenset(
        i
        for i in range(len(after.tasks))
        if (before.es[i], before.ef[i], before.ls[i], before.lf[i], before.tasks[i])
        != (after.es[i], after.ef[i], after.ls[i], after.lf[i], after.tasks[i])
    )
    assert rows  # the edit moved something
    # only the rows the edit changed are worked out again...
    assert patched_spans(after, old_spans, rows) == whole_spans(after)
    # ...but slack depends on the successors' dates too: their rows are patched as well
    linked = rows | {
        j for j in range(len(after.tasks)) for _j, k, *_ in after.flat.out_of(j) if k in rows
    }
    for percent in (True, False):
        patched = patched_columns(after, old_columns, frozenset(linked), percent)
        assert patched == whole_columns(after, percent)


@pytest.mark.parametrize("seed", range(3))
def test_whole_columns_agree_with_each_rows_own_reads(seed):
    r = _results(_nested(seed))
    c = whole_columns(r, True)
    rolled = r.percents()
    assert c.percent_complete is not None
    for i in range(len(r.tasks)):
        assert (c.total_slack_minutes[i], c.free_slack_minutes[i]) == r.slack(i)
        one = r.one(i)
        assert c.critical[i] == one.critical
        assert c.duration_minutes[i] == one.duration_minutes
        assert c.percent_complete[i] == rolled.get(i, r.tasks[i].percent_complete)
    assert whole_columns(r, False).percent_complete is None
