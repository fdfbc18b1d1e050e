"""After Level Resources nobody who can be helped by a delay stays over-allocated.

Seeded generated plans (people at 100 %, every assignment at 100 %, no manual
tasks, no constraints, no progress): MS Project's leveling clears every
over-allocation of such a plan, whatever calendars its tasks run on.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.calendar import Calendar
from app.domain.leveling import LevelingOptions, apply_delays, level
from app.domain.overallocation import overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from tests.bench.generate import make_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
_REPORT = Task(2, "Report", duration_minutes=2 * DAY)


def _level_and_reschedule(plan: Plan) -> tuple[set[int], list[object]]:
    before = overallocated_resources(plan, schedule(plan))
    result = level(plan, schedule(plan))
    apply_delays(plan, result.delays)
    after = schedule(plan)
    return before, list(overallocations(plan, after))


@pytest.mark.parametrize(
    ("n_tasks", "n_links", "n_calendars", "n_resources"),
    [
        (200, 300, 1, 5),
        (200, 300, 2, 5),
        (120, 150, 3, 4),
        (60, 60, 3, 2),
    ],
)
def test_no_one_stays_overallocated(n_tasks, n_links, n_calendars, n_resources):
    failed: dict[int, list[object]] = {}
    for seed in range(12):
        plan = make_plan(n_tasks, n_links, n_calendars, n_resources=n_resources, seed=seed)
        assert all(a.units <= 1.0 for a in plan.assignments)  # delays can clear every conflict
        before, left = _level_and_reschedule(plan)
        assert before  # the plan needed leveling: the test can fail
        if left:
            failed[seed] = left[:2]
    assert failed == {}


def test_part_time_assignments_and_two_people_on_a_task_are_cleared_too():
    failed = {}
    for seed in range(15):
        rng = random.Random(seed)
        plan = make_plan(120, 150, 3, n_resources=4, seed=seed)
        assignments = []
        for a in plan.assignments:
            units = rng.choice((0.25, 0.5, 1.0, 1.0))
            minutes = plan.task(a.task_uid).duration_minutes
            assignments.append(replace(a, units=units, work_minutes=round(minutes * units)))
            if rng.random() < 0.3:  # a second person at half time
                other = rng.choice([r.uid for r in plan.resources if r.uid != a.resource_uid])
                uid = len(plan.assignments) + len(assignments)
                assignments.append(Assignment(uid, a.task_uid, other, 0.5, minutes // 2))
        plan.assignments = assignments
        before, left = _level_and_reschedule(plan)
        assert before
        if left:
            failed[seed] = left[:2]
    assert failed == {}


def _two_tasks(first: Task, second: Task, max_units: float = 1.0) -> Plan:
    """Ana on two parallel tasks at 100 %."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(first)
    plan.append_task(second)
    plan.add_resource(Resource(1, "Ana", max_units=max_units))
    plan.add_resource(Resource(2, "Ben"))
    for uid in (1, 2):
        plan.add_assignment(Assignment(uid, uid, 1, 1.0, plan.task(uid).duration_minutes))
    return plan


def test_a_task_on_a_round_the_clock_calendar_waits_its_turn_in_clock_time():
    # 'Night run' works 24 h a day: a project-calendar count of its time sees
    # only its day hours and lets 'Report' start while it still runs at night.
    plan = Plan(project=Project(start=MON))
    plan.calendars[2] = Calendar(uid=2, name="24h", week=(((0, 1440),),) * 7)
    plan.append_task(Task(1, "Night run", duration_minutes=3 * 1440, calendar_uid=2))
    plan.append_task(Task(2, "Report", duration_minutes=DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 3 * 1440))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, DAY))
    result = level(plan, schedule(plan))
    apply_delays(plan, result.delays)
    after = schedule(plan)
    assert overallocations(plan, after) == []
    assert after.times[2].start >= after.times[1].finish
    assert result.unresolved == ()


@pytest.mark.parametrize(
    "second",
    [
        replace(_REPORT, actual_start=MON, percent_complete=10.0),
        replace(_REPORT, manual=True, start=MON, finish=MON + timedelta(hours=9)),
        replace(_REPORT, constraint_type=ConstraintType.MSO, constraint_date=MON),
    ],
    ids=["started", "manual", "must start on"],
)
def test_a_movable_task_waits_for_one_that_cannot_move_even_on_a_later_row(second):
    plan = _two_tasks(Task(1, "Design", duration_minutes=3 * DAY), second)
    # Without splits in remaining work (test_s14level_splits: the started task's work
    # left may otherwise pause for 'Design').
    result = level(plan, schedule(plan), options=LevelingOptions(split_remaining=False))
    apply_delays(plan, result.delays)
    assert overallocated_resources(plan, schedule(plan)) == set()
    assert result.delays[1] > 0
    assert result.delays[2] == 0
    assert result.unresolved == ()


def test_two_fixed_tasks_that_clash_are_reported():
    started = replace(_REPORT, actual_start=MON, percent_complete=10.0)
    plan = _two_tasks(replace(started, uid=1, name="Design"), started)
    result = level(plan, schedule(plan))
    assert [(u.resource_uid, u.task_uid) for u in result.unresolved] == [(1, 2)]
    # Both have work done on Monday (history): named as such, with the task holding Ana.
    assert result.unresolved[0].reason == "'Report' has work done then"
    line = result.why_left({1: "Ana"}, {1})
    assert line == (
        "Gantry cannot resolve the overallocation of Ana on Mon 2026-01-05 08:00: "
        "'Report' has work done then, and 'Design' holds Ana then (work done)."
    )


def test_a_task_above_the_persons_max_units_is_reported_and_others_still_leveled():
    plan = _two_tasks(Task(1, "Design", duration_minutes=3 * DAY), _REPORT, max_units=0.5)
    result = level(plan, schedule(plan))
    reasons = {u.task_uid: u.reason for u in result.unresolved}
    assert "('Design' at 100%, max 50%)" in reasons[1]
    assert "one task alone asks more than a person's max units" in reasons[1]
    assert result.why_left({1: "Ana"}, set()) == ""  # nobody left: nothing to say
