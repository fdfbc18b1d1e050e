"""Leveling that adjusts individual assignments works on MS Project's default basis, Day by Day.

On a basis other than Minute by Minute only the people over-allocated on that basis are
leveled, so on 'Write' only Ben was booked and the task looked like a one-person task:
the whole task waited two days, Ana idle with it (found by helper s30lx on s30lv's plan).
The people not leveled now start with the task, and only Ben's assignment waits.
"""

from __future__ import annotations

import pytest

from app.domain.leveling_options import LevelingBasis, LevelingOptions
from app.domain.scheduler import schedule
from tests.test_s30lv_adjust_assignments import DAY, MON, THU_END, _leveled, _plan


@pytest.mark.parametrize("basis", [LevelingBasis.DAY, LevelingBasis.HOUR])
def test_s30fx_only_bens_assignment_waits_day_by_day(basis: LevelingBasis) -> None:
    plan = _plan()
    result, _old = _leveled(plan, LevelingOptions(basis=basis, adjust_assignments=True))
    assert plan.task(2).leveling_delay_minutes == 0  # Write starts Monday with Ana
    assert plan.assignment(2).leveling_delay_minutes == 0  # Ana
    assert plan.assignment(3).leveling_delay_minutes == 2 * DAY  # Ben waits 2 days
    after = schedule(plan)
    assert (after[2].start, after[2].finish) == (MON, THU_END)
    assert "Delayed 1 assignment on 'Write'" in result.summary()


def test_s30fx_without_the_option_day_by_day_still_delays_the_task() -> None:
    plan = _plan()
    _leveled(plan, LevelingOptions(basis=LevelingBasis.DAY))
    assert plan.task(2).leveling_delay_minutes == 2 * DAY
    assert plan.assignment(3).leveling_delay_minutes == 0
