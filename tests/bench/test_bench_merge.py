"""Taking back a client's workbook of a 10k-task plan, and undoing it (``make bench``).

Until links, people and assignments were found by position index, each change
walked the plan's lists: a client who changed every link's lag made the
window wait 41 s to take the workbook back and 48 s to undo it.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.diff import diff_plans
from app.domain.merge import apply_changes, copy_plan, revert
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def base():
    return make_plan(10_000, 15_000, 3, n_resources=50)


def _relinked(plan):
    theirs = copy_plan(plan)
    theirs.links = [replace(lk, lag_minutes=lk.lag_minutes + 60) for lk in theirs.links]
    theirs.assignments = [replace(a, units=0.5) for a in theirs.assignments]
    return theirs


def _unlinked(plan):
    theirs = copy_plan(plan)
    theirs.links = theirs.links[: len(theirs.links) // 3]
    return theirs


@pytest.mark.parametrize(
    "edit", [_relinked, _unlinked], ids=["every-lag-and-unit", "two-thirds-unlinked"]
)
def test_apply_and_undo_client_changes_10k(benchmark, base, edit):
    theirs = edit(base)
    changes = diff_plans(base, theirs)

    def take_back_and_undo():
        plan = copy_plan(base)
        applied = apply_changes(plan, theirs, changes)
        revert(plan, applied)
        return plan

    plan = benchmark.pedantic(take_back_and_undo, rounds=3, iterations=1)
    assert len(changes) >= 10_000
    assert diff_plans(plan, base) == []
