"""Leveling that delays an elapsed task past the end of its person's shift leaves them working
at night (the sweep's OffHours): the result names them, with why. The leveling-scope property
test (test_s22lv_a_selection_within_a_range) found a person over-allocated after leveling with
no reason given: leveling judged such work where the task was before its delay.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.leveling import apply_delays, level
from app.domain.leveling_options import LevelingOptions
from app.domain.link import Link, LinkType
from app.domain.overallocation import overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from tests.test_s22lv_scope_property import _check, _level_in
from tests.unit.test_s13level_engine_agrees import _CALENDARS, MON, _Case


def _shift_plan() -> Plan:
    """A person on the early shift (06:00-14:00) with a 4-hour task at 10:00 and a 12-hour
    elapsed task wanted at 10:00 too: leveling delays the elapsed one to 14:00, when the
    shift ends, so it runs 14:00-02:00, none of it in the person's working time."""
    plan = Plan(project=Project(start=MON), calendars=dict(_CALENDARS))
    at_ten = {"constraint_type": ConstraintType.SNET, "constraint_date": MON + timedelta(hours=2)}
    plan.append_task(Task(1, "Phase"))
    plan.append_task(Task(2, "Weld", outline_level=2, duration_minutes=240, **at_ten))
    plan.append_task(
        Task(3, "Cure", outline_level=2, duration_minutes=720, elapsed=True, priority=300, **at_ten)
    )
    plan.add_resource(Resource(1, "Ana", calendar_uid=3))  # Early shift
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 240))
    plan.add_assignment(Assignment(2, 3, 1, 1.0, 720))
    return plan


def test_s26ov_an_elapsed_task_delayed_past_the_shift_names_its_person():
    plan = _shift_plan()
    before = schedule(plan)
    assert overallocations(plan, before)[0].task_uids == (2, 3)  # the clash leveling clears
    result = level(plan, before)
    apply_delays(plan, result.delays)
    after = schedule(plan)
    assert (after[3].start, after[3].finish) == (
        MON + timedelta(hours=6),
        MON + timedelta(hours=18),
    )
    (over,) = overallocations(plan, after)
    assert over.off_hours
    assert over.task_uids == (3,)
    (named,) = result.unresolved
    assert (named.resource_uid, named.task_uid) == (1, 3)
    assert (
        named.reason
        == "works outside working hours on 'Cure', an elapsed task: it runs around the clock"
    )
    assert named.at == MON + timedelta(hours=6)


@pytest.mark.parametrize("selected", [[3], [2, 3], None])
def test_s26ov_the_scope_property_holds_for_the_elapsed_task(selected):
    """The leveling-scope property test's check on this plan (it failed for all three)."""
    _check(_Case(_shift_plan()), LevelingOptions(), selected)


def _caught_plan() -> Plan:
    """The example the property test caught (hypothesis seed 4, shrunk by hand): Person 2 is
    on a started 5-day task, and the elapsed day of work after it, leveled
    within 8-16 January, is delayed to Friday 16 January 17:00: it runs until Saturday 17:00."""
    plan = Plan(project=Project(start=MON), calendars=dict(_CALENDARS))
    started = {"percent_complete": 40.0, "actual_start": MON + timedelta(days=1)}
    saturday_noon = MON + timedelta(days=5, hours=4)
    plan.append_task(Task(1, "Phase 1"))
    plan.append_task(
        Task(
            2,
            "T2",
            outline_level=2,
            constraint_type=ConstraintType.MSO,
            constraint_date=saturday_noon,
            splits=(Split(240, 480),),
        )
    )
    plan.append_task(Task(6, "T6", outline_level=2, duration_minutes=2400, **started))
    plan.append_task(Task(7, "Phase 7"))
    plan.append_task(Task(8, "T8", outline_level=2, duration_minutes=960, **started))
    plan.append_task(Task(10, "T10", outline_level=2, duration_minutes=1440, elapsed=True))
    plan.links.append(Link(6, 7, LinkType.FS, lag_minutes=-240))
    for uid, cal in ((1, 3), (2, None), (3, 4)):
        plan.add_resource(Resource(uid, f"Person {uid}", calendar_uid=cal))
    plan.add_assignment(Assignment(2, 2, 2, 0.5, 240))
    plan.add_assignment(Assignment(10, 6, 2, 1.0, 2400))
    plan.add_assignment(Assignment(12, 10, 2, 1.0, 1440))
    return plan


def test_s26ov_the_example_the_scope_property_caught():
    options = LevelingOptions(
        within_slack=True, level_from=date(2026, 1, 8), level_to=date(2026, 1, 16)
    )
    _check(_Case(_caught_plan()), options, [10])
    plan = _caught_plan()
    apply_delays(plan, level(plan, schedule(plan)).delays)  # as the property test does
    named = _level_in(plan, options, [10])
    after = schedule(plan)
    assert (after[10].start, after[10].finish) == (
        MON + timedelta(days=11, hours=9),  # Friday 16 January, 17:00
        MON + timedelta(days=12, hours=9),  # Saturday 17:00: none of it in working time
    )
    assert overallocated_resources(plan, after) == {2}
    assert 2 in named
