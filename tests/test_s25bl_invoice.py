"""The monthly invoice from the plan comes out as MS Project's (task s25bl, faults of s25x2).

The engagement is tests/test_s25xb_billing_costs.py's: Interviews (task 3) is Ana's
40 h with 8 h of overtime (€100 / €150), Architecture (task 6) her 120 h from 15 March
crossing her raise to €110 on 1 April (104 h before, 16 h after).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.resource import Resource
from tests.test_s25xb_billing_costs import _costs, _engagement


def _with_task(plan, uid: int, **changes):
    i = next(k for k, t in enumerate(plan.tasks) if t.uid == uid)
    plan.tasks[i] = replace(plan.tasks[i], **changes)
    return plan


def _with_assignment(plan, uid: int, **changes):
    a = plan.assignment(uid)
    plan.assignments[plan.assignments.index(a)] = replace(a, **changes)
    return plan


def _without_rate_tables(plan):
    """Ana with one rate for all time: costs.py's fast path prices her."""
    i = next(k for k, r in enumerate(plan.resources) if r.uid == 1)
    ana: Resource = plan.resources[i]
    plan.resources[i] = replace(ana, rate_tables=())
    return plan


@pytest.mark.parametrize("one_rate", [False, True], ids=["rate-table", "fast-path"])
def test_s25bl_finished_overtime_is_billed_at_the_overtime_rate(one_rate):
    plan = _with_task(_engagement(), 3, percent_complete=100.0)
    plan = _without_rate_tables(plan) if one_rate else plan
    costs = _costs(plan)
    ac = costs.assignments[3]
    assert ac.cost == pytest.approx(32 * 100 + 8 * 150)
    assert ac.actual_cost == pytest.approx(4400.0)  # was €4,000: €400 "remaining"
    assert costs.task_cost[3] - costs.task_actual_cost[3] == pytest.approx(0.0)


@pytest.mark.parametrize("one_rate", [False, True], ids=["rate-table", "fast-path"])
def test_s25bl_half_done_pays_half_the_overtime(one_rate):
    """MS Project: Actual Overtime Work = Overtime Work x % work complete (4 h of 8)."""
    plan = _with_task(_engagement(), 3, percent_complete=50.0)
    plan = _without_rate_tables(plan) if one_rate else plan
    assert _costs(plan).assignments[3].actual_cost == pytest.approx(16 * 100 + 4 * 150)


def test_s25bl_actual_work_typed_spreads_the_overtime_too():
    plan = _with_assignment(_engagement(), 3, actual_work_minutes=30 * 60)  # 75 % of 40 h
    assert _costs(plan).assignments[3].actual_cost == pytest.approx(24 * 100 + 6 * 150)


def test_s25bl_a_stored_actual_overtime_is_kept():
    """A file's ActualOvertimeWork (MS Project wrote it) is the figure, not the share."""
    plan = _with_assignment(
        _engagement(), 3, actual_work_minutes=20 * 60, actual_overtime_work_minutes=8 * 60
    )
    assert _costs(plan).assignments[3].actual_cost == pytest.approx(12 * 100 + 8 * 150)
