"""Leveling never moves a manual (or finished) task, so a person whose only over-allocation
is work in their non-working time on one stays over-allocated: the result names them, with
what would clear it, as the window's leveling report and ``gantry level`` say it."""

from __future__ import annotations

from app.domain.leveling import apply_delays, level
from app.domain.overallocation import overallocated_resources
from app.domain.scheduler import schedule
from tests.unit.test_s25ov_off_hours_everywhere import TUE_NIGHT, WEEKEND, _plan


def _left(plan):
    result = level(plan, schedule(plan))
    apply_delays(plan, result.delays)
    assert overallocated_resources(plan, schedule(plan)) == {1}  # still: nothing moves it
    return result


def test_s25le_work_on_a_day_off_on_a_manual_task_is_named():
    result = _left(_plan(WEEKEND))
    (left,) = result.unresolved
    assert (left.resource_uid, left.task_uid, left.at) == (1, 1, WEEKEND[0])
    assert (
        left.reason
        == "works on a day off on 'Pour', a manual task: move it or its person's calendar"
    )
    said = result.why_left({1: "Anna"}, {1})
    assert said == (
        "Gantry cannot resolve the overallocation of Anna on Sat 2027-03-06 08:00: works on a "
        "day off on 'Pour', a manual task: move it or its person's calendar."
    )


def test_s25le_a_night_on_a_manual_task_says_outside_working_hours():
    (left,) = _left(_plan(TUE_NIGHT)).unresolved
    assert left.reason.startswith("works outside working hours on 'Pour', a manual task")


def test_s25le_only_the_people_asked_for_are_named():
    plan = _plan(WEEKEND)
    assert level(plan, schedule(plan), only=[2]).unresolved == ()
