"""The Leveling Gantt shows a task whose person leveling delayed: its bar before leveling (and
Preleveled Start/Finish) come from the plan without its people's leveling delays too, so
'Write' (Ana on time, Ben waiting 2 days: tests/test_s30lv_adjust_assignments.py) shows its
tan Mon-Tue bar above the Mon-Thu one; without them the view drew no bar before leveling,
as if leveling had not touched it."""

from __future__ import annotations

from app.domain.leveling import clear_delays
from app.domain.leveling_fields import dates_before_leveling
from tests.test_s30lv_adjust_assignments import ADJUST, MON, TUE_END, _leveled, _plan


def test_s30lv_a_task_whose_person_waits_has_its_dates_before_leveling() -> None:
    plan = _plan()
    assert dates_before_leveling(plan) == {}  # NA before any leveling
    _leveled(plan, ADJUST)
    assert plan.task(2).leveling_delay_minutes == 0  # only Ben's assignment waits
    before = dates_before_leveling(plan)
    assert before[2] == (MON, TUE_END)
    clear_delays(plan)
    assert dates_before_leveling(plan) == {}
