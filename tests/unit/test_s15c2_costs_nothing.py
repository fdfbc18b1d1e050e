"""Costing a plan with nothing to cost (no people, no fixed cost) gives, to the type of each
figure, the report the full costing gives, without pricing or rolling up anything."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain import costs
from app.domain.baseline import Baseline, BaselineEntry
from app.domain.costs import compute_costs
from app.domain.resource import Resource
from app.domain.scheduler import schedule
from tests.bench.generate import make_plan


def _full(plan, monkeypatch):
    """The report of the general costing (the shortcut turned off)."""
    with monkeypatch.context() as m:
        m.setattr(costs, "_nothing_to_cost", lambda plan: None)
        return compute_costs(plan, schedule(plan))


def _plain(n: int = 60):
    plan = make_plan(n, n, 2, n_resources=0)
    assert not plan.assignments
    assert not plan.resources
    return plan


def test_plain_plan_takes_the_shortcut_with_the_full_costings_figures(monkeypatch):
    plan = _plain()
    assert costs._nothing_to_cost(plan) is not None
    quick = compute_costs(plan, schedule(plan))
    # repr tells 0 from 0.0 (== does not): the JSON prints them differently
    assert repr(quick) == repr(_full(plan, monkeypatch))
    assert quick.total_cost == 0.0
    assert type(quick.total_cost) is float


def test_inactive_and_baselined_tasks_match_the_full_costing(monkeypatch):
    plan = _plain()
    first = plan.tasks[1]
    plan.update_tasks([replace(first, active=False)])
    uids = [t.uid for t in plan.tasks[:5]]
    plan.baselines[0] = Baseline(
        0, tuple(BaselineEntry(u, None, None, 0, 0, 12.5 * k) for k, u in enumerate(uids))
    )
    quick = compute_costs(plan, schedule(plan))
    assert costs._nothing_to_cost(plan) is not None
    assert repr(quick) == repr(_full(plan, monkeypatch))
    assert quick.budget is not None


@pytest.mark.parametrize("fixed", [5.0, -0.0, 0])
def test_a_fixed_cost_goes_the_full_way(fixed):
    plan = _plain()
    # set in the list itself: update_tasks sees -0.0 and 0 as no change (== 0.0)
    plan.tasks[3] = replace(plan.tasks[3], fixed_cost=fixed)
    assert costs._nothing_to_cost(plan) is None


def test_people_go_the_full_way():
    plan = _plain()
    plan.resources.append(Resource(uid=1, name="Ann"))
    assert costs._nothing_to_cost(plan) is None
