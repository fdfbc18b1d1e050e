"""Planned value (BCWS) pays the hours after a raise at the new rate (task s25bl, fault 2
of s25x2, the Budget view's side): Architecture is Ana's 120 h from Mon 15 March, 104 h
before her raise to €110 on 1 April, 16 h after (tests/test_s25xb_billing_costs.py)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value
from app.domain.earned_value_parts import cost_shapes
from app.domain.scheduler import schedule
from tests.test_s25bl_invoice import _engagement


def _baselined():
    plan = _engagement()
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, datetime(2027, 3, 1)))
    return plan


def _pv(plan, status: datetime, uid: int = 6) -> float:
    s = schedule(plan)
    return earned_value(plan, s, compute_costs(plan, s), status)[uid].pv


def test_s25bl_planned_value_at_the_raise_is_the_hours_before_it_at_the_old_rate():
    plan = _baselined()
    assert _pv(plan, datetime(2027, 4, 1)) == pytest.approx(104 * 100)  # was 10,538.67
    # one day after: 8 of the 16 h at €110
    assert _pv(plan, datetime(2027, 4, 1, 17, 0)) == pytest.approx(104 * 100 + 8 * 110)
    assert _pv(plan, datetime(2027, 4, 30)) == pytest.approx(104 * 100 + 16 * 110)


def test_s25bl_a_rate_change_outside_the_baseline_leaves_the_cost_even():
    plan = _baselined()
    assert 6 in cost_shapes(plan, compute_costs(plan, schedule(plan)))
    assert 5 not in cost_shapes(plan, compute_costs(plan, schedule(plan)))  # all in March
    assert _pv(plan, datetime(2027, 3, 12, 17, 0), 5) == pytest.approx(24 * 100)
