"""The plan without its leveling (Preleveled Start/Finish, leveling a range again) moves the
work typed into a paused task's periods back as Clear Leveling does: Anna's 16 h typed into
week 3 of Design lie in week 3 again, not past the pause that is gone."""

from __future__ import annotations

from app.domain.leveling import apply_delays, clear_delays, level, without_leveling
from app.domain.scheduler import schedule
from tests.test_s23us_typed_period import weekly
from tests.unit.test_s24ov_leveling_moves_typed_work import (
    TYPED,
    _started_with_a_review_in_week_3,
)


def test_s25lv_without_leveling_moves_the_typed_week_back():
    plan = _started_with_a_review_in_week_3()
    before = plan.assignment(1)
    apply_delays(plan, level(plan, schedule(plan)).delays)
    assert weekly(plan) == [40.0, 0.0, 0.0, 40.0, 16.0]  # leveling's pause moved it
    copy = without_leveling(plan)
    assert copy.task(1).splits == ()
    assert copy.assignment(1) == before
    assert weekly(copy) == TYPED
    # the same as Clear Leveling on the plan itself; the plan is left as it was
    assert weekly(plan) == [40.0, 0.0, 0.0, 40.0, 16.0]
    clear_delays(plan)
    assert plan.assignment(1) == copy.assignment(1)


def test_s25lv_without_leveling_of_other_tasks_leaves_the_typed_week():
    plan = _started_with_a_review_in_week_3()
    apply_delays(plan, level(plan, schedule(plan)).delays)
    copy = without_leveling(plan, {2})
    assert copy.task(1).splits == plan.task(1).splits
    assert copy.assignment(1) == plan.assignment(1)
