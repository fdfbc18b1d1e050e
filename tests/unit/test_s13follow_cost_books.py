"""The kept books (costs, earned value, the S-curve's planned spans) equal a full pass after
edits on summaries' own costs and on tasks switched off, mixed with the usual edits."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.cost_earned import EarnedValueBook
from app.domain.earned_value import (
    SCurveCache,
    actual_to_date,
    earned_value,
    project_earned_value,
    s_curve,
)
from app.domain.resource import Assignment
from tests.unit.test_costs_incremental import _KINDS, Kept, _base_plan, _copy, _edit

_SUMMARY_KINDS = (
    "summary_fixed",
    "summary_assign",
    "summary_progress",
    "summary_inactive",
    "leaf_inactive",
)


def _summary_edit(kept: Kept, rng: random.Random, kind: str) -> None:
    """An edit a PM makes on a phase: its fixed cost, someone on the phase itself, its
    % complete, switching it or one task off."""
    plan = kept.plan
    summaries = [t for t in plan.tasks if plan.is_summary(t.uid)]
    phase = rng.choice(summaries)
    if kind == "summary_fixed":
        plan.update_task(replace(phase, fixed_cost=rng.choice((0.0, 750.25, 4321.5))))
    elif kind == "summary_assign":
        res = rng.choice(plan.resources)
        plan.add_assignment(
            Assignment(plan.next_assignment_uid(), phase.uid, res.uid, 0.5, 0, cost=80.0)
        )
    elif kind == "summary_progress":
        plan.update_task(replace(phase, percent_complete=rng.choice((0.0, 40.0, 100.0))))
    elif kind == "summary_inactive":
        plan.update_task(replace(phase, active=not phase.active))
    else:
        leaf = rng.choice([t for t in plan.tasks if not plan.is_summary(t.uid)])
        plan.update_task(replace(leaf, active=not leaf.active))


def _status(kept: Kept, k: int):
    s = kept.schedule
    return s.start + (s.finish - s.start) * k / 4


@settings(max_examples=20, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    kinds=st.lists(st.sampled_from((*_SUMMARY_KINDS, *_KINDS)), min_size=1, max_size=8),
)
def test_kept_books_equal_a_full_pass_after_summary_and_inactive_edits(seed, kinds) -> None:
    kept = Kept(_copy(_base_plan()))
    rng = random.Random(seed)
    plan = kept.plan
    book = EarnedValueBook(plan)
    cache = SCurveCache()
    status = _status(kept, 2)
    book.update(kept.schedule, kept.book.report, status)
    for kind in kinds:
        if kind in _SUMMARY_KINDS:
            _summary_edit(kept, rng, kind)
        else:
            _edit(kept, rng, kind)
        kept.check()  # the cost book against a full costing (and the S-curve)
        costs = kept.book.report
        values, _ = book.update(kept.schedule, costs, status)
        assert values == earned_value(plan, kept.schedule, costs, status)
        parents = plan.parent_uids()
        kept_curve = s_curve(plan, kept.schedule, costs, status, parents=parents, cache=cache)
        assert kept_curve == s_curve(plan, kept.schedule, costs, status)
        # What the Budget tab's cards read: AC up to the status date (c4892bd), which is
        # the plan's actual cost less what was spent after that date, never more.
        total = project_earned_value(plan, values)
        assert total.ac == pytest.approx(actual_to_date(plan, costs, values))
        assert total.ac <= costs.total_actual_cost + 1e-6


def test_switching_a_task_off_redraws_the_planned_curve() -> None:
    kept = Kept(_copy(_base_plan()))
    plan = kept.plan
    cache = SCurveCache()
    status = _status(kept, 2)
    parents = plan.parent_uids()
    before = s_curve(plan, kept.schedule, kept.book.report, status, parents=parents, cache=cache)
    costly = max(
        (t for t in plan.tasks if not plan.is_summary(t.uid)),
        key=lambda t: kept.book.report.task_cost[t.uid],
    )
    plan.update_task(replace(costly, active=False))
    after = s_curve(plan, kept.schedule, kept.book.report, status, parents=parents, cache=cache)
    assert after == s_curve(plan, kept.schedule, kept.book.report, status)
    assert after.pv[-1] < before.pv[-1]


def test_a_subtasks_progress_accrues_its_phases_own_costs_in_the_kept_book() -> None:
    """A phase's own fixed cost and people accrue by its rolled-up % complete: progress
    typed on one of its tasks moves the phase's actual cost, edit by edit as in full."""
    kept = Kept(_copy(_base_plan()))
    plan = kept.plan
    phase = next(
        t
        for t in plan.tasks
        if plan.is_summary(t.uid) and not any(plan.is_summary(c.uid) for c in plan.children(t.uid))
    )
    plan.update_task(replace(phase, fixed_cost=1000.0, percent_complete=0.0))
    worker = next(r for r in plan.resources if r.standard_rate > 0)
    plan.add_assignment(Assignment(plan.next_assignment_uid(), phase.uid, worker.uid, 0.25, 0))
    kept.check()
    before = kept.book.report.task_actual_cost[phase.uid]
    leaf = next(c for c in plan.children(phase.uid) if c.duration_minutes > 0)
    plan.update_task(replace(leaf, percent_complete=100.0))
    kept.check()
    report = kept.book.report
    assert kept.full == 0
    assert kept.schedule.get(phase.uid).percent_complete > 0
    children = sum(report.task_actual_cost[c.uid] for c in plan.children(phase.uid))
    own = report.task_actual_cost[phase.uid] - children
    assert own > 0  # fixed cost and the phase's own person, accrued
    assert report.task_actual_cost[phase.uid] > before
