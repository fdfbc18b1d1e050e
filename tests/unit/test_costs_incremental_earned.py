"""Earned value kept edit by edit (EarnedValueBook) equals earned_value() from scratch."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.cost_earned import EarnedValueBook
from app.domain.earned_value import earned_value
from tests.unit.test_costs_incremental import _KINDS, Kept, _base_plan, _copy, _edit


def _status(kept: Kept, k: int):
    s = kept.schedule
    return s.start + (s.finish - s.start) * k / 4


@settings(max_examples=20, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    kinds=st.lists(st.sampled_from((*_KINDS, "status")), min_size=1, max_size=8),
)
def test_kept_earned_value_equals_a_full_pass_after_any_edits(seed, kinds) -> None:
    kept = Kept(_copy(_base_plan()))
    rng = random.Random(seed)
    book = EarnedValueBook(kept.plan)
    status = _status(kept, 2)
    values, reshaped = book.update(kept.schedule, kept.book.report, status)
    assert reshaped
    for kind in kinds:
        if kind == "status":
            status = _status(kept, rng.randint(0, 4))
        else:
            _edit(kept, rng, kind)
        values, reshaped = book.update(kept.schedule, kept.book.report, status)
        assert not reshaped
        expected = earned_value(kept.plan, kept.schedule, kept.book.report, status)
        assert values == expected


def test_only_the_edited_branch_is_worked_out_again(monkeypatch) -> None:
    kept = Kept(_copy(_base_plan()))
    plan = kept.plan
    book = EarnedValueBook(plan)
    status = _status(kept, 3)
    book.update(kept.schedule, kept.book.report, status)
    from app.domain import cost_earned

    redone: list[int] = []
    real = cost_earned.task_earned_value

    def counting(task, *args):
        redone.append(task.uid)
        return real(task, *args)

    monkeypatch.setattr(cost_earned, "task_earned_value", counting)
    leaf = next(t for t in plan.tasks if t.outline_level > 1 and not plan.is_summary(t.uid))
    plan.update_task(replace(leaf, percent_complete=55.0))
    values, _ = book.update(kept.schedule, kept.book.report, status)
    assert redone == [leaf.uid]
    assert values == earned_value(plan, kept.schedule, kept.book.report, status)
    assert values[leaf.uid].ev > 0
    book.update(kept.schedule, kept.book.report, status + timedelta(days=1))
    assert redone == [leaf.uid]  # another status date: a full pass, not task by task


def test_an_outline_change_says_so() -> None:
    kept = Kept(_copy(_base_plan()))
    plan = kept.plan
    book = EarnedValueBook(plan)
    status = _status(kept, 2)
    book.update(kept.schedule, kept.book.report, status)
    leaves = [t for t in plan.tasks if t.outline_level == 2 and not plan.is_summary(t.uid)]
    plan.indent([leaves[5].uid])
    values, reshaped = book.update(kept.schedule, kept.book.report, status)
    assert reshaped
    assert book.parents == plan.parent_uids()
    assert values == earned_value(plan, kept.schedule, kept.book.report, status)
