"""One rule for "this task is finished" (app/domain/finished.py): an Actual Finish, or 100 %
complete, as MS Project keeps the two together (typing one records the other). Fixed costs
accrued at the end, the share of a budget earned at the end and the Status column read it,
so a task given an Actual Finish is finished for all of them, not only for the status."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.cost_pricing import fixed_cost_actual
from app.domain.earned_value_parts import earned_share
from app.domain.finished import is_finished
from app.domain.status_tasks import is_done
from app.domain.task import CostAccrual, Task

FRI = datetime(2027, 3, 5, 17, 0)

NOT_STARTED = Task(1, "T", 1, fixed_cost=900.0, fixed_cost_accrual=CostAccrual.END)
UNDER_WAY = Task(
    1, "T", 1, percent_complete=99.0, fixed_cost=900.0, fixed_cost_accrual=CostAccrual.END
)
COMPLETE = Task(
    1, "T", 1, percent_complete=100.0, fixed_cost=900.0, fixed_cost_accrual=CostAccrual.END
)
DATED = Task(1, "T", 1, actual_finish=FRI, fixed_cost=900.0, fixed_cost_accrual=CostAccrual.END)


@pytest.mark.parametrize(
    ("task", "finished"),
    [(NOT_STARTED, False), (UNDER_WAY, False), (COMPLETE, True), (DATED, True)],
)
def test_s27pr_finished_is_an_actual_finish_or_100_percent(task, finished):
    assert is_finished(task) is finished
    assert is_done(task) is finished  # the Status column's "Complete"
    assert fixed_cost_actual(task) == (900.0 if finished else 0.0)  # accrued at the end


def test_s27pr_the_share_earned_at_the_end_is_earned_once_finished():
    at_end = ((0.5, CostAccrual.END),)  # half the budget accrues at the end
    assert earned_share(UNDER_WAY, at_end) == pytest.approx(0.5 * 0.99)
    assert earned_share(COMPLETE, at_end) == pytest.approx(1.0)
    assert earned_share(DATED, at_end) == pytest.approx(0.5)  # 0 % typed: only the end's share
