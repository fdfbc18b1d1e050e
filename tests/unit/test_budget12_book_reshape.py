"""Earned value kept edit by edit equals a full pass when rows are deleted, the outline
changes and those edits are undone, and every row's VAC is its Budget less its EAC."""

from __future__ import annotations

import contextlib
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.cost_earned import EarnedValueBook
from app.domain.earned_value import earned_value
from app.domain.errors import AppError
from tests.unit.test_costs_incremental import Kept, _base_plan, _copy, _edit

_RESHAPE = ("delete", "delete_summary", "indent", "outdent", "undo")
_KINDS = (*_RESHAPE, "duration", "progress", "work", "baseline")


def _reshape(kept: Kept, rng: random.Random, kind: str, undo: list) -> None:
    """Delete rows or change the outline, keeping what undoes it (as the undo commands do)."""
    plan = kept.plan
    if kind == "undo":
        if undo:
            undo.pop()()
        return
    if kind == "delete_summary":
        summaries = [t.uid for t in plan.tasks if plan.is_summary(t.uid)]
        picked = [rng.choice(summaries)] if summaries else []
    else:
        picked = [rng.choice(plan.tasks).uid]
    if not picked:
        return
    with contextlib.suppress(AppError):  # nothing to indent under, already top level...
        if kind.startswith("delete"):
            removed = plan.remove_tasks(picked)
            undo.append(lambda: plan.restore_tasks(removed))
        else:
            old = plan.indent(picked) if kind == "indent" else plan.outdent(picked)
            undo.append(lambda: plan.set_outline_levels(old))


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    kinds=st.lists(st.sampled_from(_KINDS), min_size=1, max_size=8),
)
def test_kept_earned_value_follows_deletes_outline_changes_and_undo(seed, kinds) -> None:
    kept = Kept(_copy(_base_plan()))
    rng = random.Random(seed)
    book = EarnedValueBook(kept.plan)
    s = kept.schedule
    status = s.start + (s.finish - s.start) / 2
    undo: list = []
    book.update(kept.schedule, kept.book.report, status)
    for kind in kinds:
        if kind in _RESHAPE:
            _reshape(kept, rng, kind, undo)
        else:
            _edit(kept, rng, kind)
        values, _ = book.update(kept.schedule, kept.book.report, status)
        costs = kept.book.report
        assert values == earned_value(kept.plan, kept.schedule, costs, status)
        assert book.parents == kept.plan.parent_uids()
        for uid, budget in costs.task_baseline_cost.items():
            if uid in values:  # the row's Budget is the BAC its EAC and VAC are read against
                v = values[uid]
                assert v.bac == budget
                assert v.vac == budget - v.eac
                if v.cpi is None:
                    assert v.eac == costs.task_cost[uid]


@settings(max_examples=15, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    kinds=st.lists(st.sampled_from(_KINDS), min_size=1, max_size=6),
)
def test_kept_costs_follow_deletes_outline_changes_and_undo(seed, kinds) -> None:
    kept = Kept(_copy(_base_plan()))
    rng = random.Random(seed)
    undo: list = []
    for kind in kinds:
        if kind in _RESHAPE:
            _reshape(kept, rng, kind, undo)
        else:
            _edit(kept, rng, kind)
        kept.check()
