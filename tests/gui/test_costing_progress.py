"""Opening a plan shows the costing on the bar's last part and stops it on Cancel."""

from __future__ import annotations

import pytest

from app.domain.errors import CancelledError
from app.domain.scheduler import schedule
from app.ui.document import _COSTED, _SCHEDULED, PLAN_STEPS, schedule_plan
from tests.unit.test_costs_fast import random_plan


def test_costing_moves_the_second_half_of_the_schedule_bar():
    plan = random_plan(3)
    calls: list[tuple[int, int]] = []
    scheduled = schedule_plan(plan, lambda done, total: calls.append((done, total)) or True)
    shares = [done / total for done, total in calls]
    assert shares == sorted(shares)
    costing = (_SCHEDULED / PLAN_STEPS, _COSTED / PLAN_STEPS)
    assert any(costing[0] < share < costing[1] for share in shares)  # costing moves the bar
    assert scheduled.costs.total_cost > 0
    assert scheduled.costs.total_cost == pytest.approx(
        schedule_plan(random_plan(3)).costs.total_cost
    )


def test_cancel_while_costing_stops_the_open():
    plan = random_plan(3)
    schedule(plan)  # the plan schedules: what stops it below is the cancel
    calls: list[float] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done / total)
        # the user cancels once the costing has begun (the schedule ends at _SCHEDULED)
        return done / total <= _SCHEDULED / PLAN_STEPS

    with pytest.raises(CancelledError):
        schedule_plan(plan, progress)
    assert _SCHEDULED / PLAN_STEPS < calls[-1] < _COSTED / PLAN_STEPS
