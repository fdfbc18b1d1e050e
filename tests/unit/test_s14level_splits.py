"""Leveling can create splits in remaining work (MS Project's option, on by default).

A started task's done part stays where it ran; the work left resumes after
the clash, as one more pause of the task at the point where its work stopped.
Clear Leveling (and undo) takes that pause back out, and only that pause.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.leveling import (
    LevelingOptions,
    LevelingOrder,
    apply_delays,
    clear_delays,
    level,
    without_leveling,
)
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.domain.worktime import to_minutes

MON = datetime(2026, 1, 5, 8, 0)
WED = datetime(2026, 1, 7, 8, 0)
DAY = 480
_PRIORITY = LevelingOptions(order=LevelingOrder.PRIORITY_STANDARD)


def _plan(build: Task | None = None, audit_priority: int = 900) -> Plan:
    """'Build' (4 days from Monday, half done) and 'Audit' (2 days from Wednesday), both Ana's.

    Build's work left (Wednesday, Thursday) clashes with Audit.
    """
    plan = Plan(project=Project(start=MON))
    plan.append_task(
        build or Task(1, "Build", duration_minutes=4 * DAY, actual_start=MON, percent_complete=50.0)
    )
    plan.append_task(
        Task(
            2,
            "Audit",
            duration_minutes=2 * DAY,
            priority=audit_priority,
            constraint_type=ConstraintType.SNET,
            constraint_date=WED,
        )
    )
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, plan.task(1).duration_minutes))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    return plan


def test_the_work_left_of_a_started_task_resumes_after_a_higher_priority_task():
    plan = _plan()
    before = schedule(plan)
    assert overallocated_resources(plan, before) == {1}
    result = level(plan, before, options=_PRIORITY)
    assert result.delays == {1: 2 * DAY, 2: 0}
    (move,) = result.moves
    assert move.resumes
    assert (move.old_start, move.new_start) == (WED, datetime(2026, 1, 9, 8, 0))
    assert "1 started, split" in result.summary()
    apply_delays(plan, result.delays)
    build = plan.task(1)
    assert build.splits == (Split(2 * DAY, 2 * DAY),)  # at the resume point: 2 of 4 days done
    assert build.leveling_delay_minutes == 2 * DAY
    after = schedule(plan)
    assert after[1].start == MON  # the done part stays
    assert after[1].finish == datetime(2026, 1, 12, 17, 0)  # Fri and Mon instead of Wed-Thu
    assert (after[2].start, after[2].finish) == (before[2].start, before[2].finish)
    assert result.placed[1] == (to_minutes(MON), to_minutes(after[1].finish))
    assert overallocated_resources(plan, after) == set()


def test_the_standard_order_pauses_it_too_when_the_other_task_has_priority():
    plan = _plan()
    result = level(plan, schedule(plan))  # Standard: same slack and start, then priority
    assert result.delays == {1: 2 * DAY, 2: 0}


def test_without_the_option_the_started_task_stays_and_the_other_task_waits():
    plan = _plan()
    off = LevelingOptions(order=LevelingOrder.PRIORITY_STANDARD, split_remaining=False)
    result = level(plan, schedule(plan), options=off)
    assert result.delays == {1: 0, 2: 2 * DAY}
    apply_delays(plan, result.delays)
    assert plan.task(1).splits == ()
    after = schedule(plan)
    assert after[1].finish == datetime(2026, 1, 8, 17, 0)
    assert after[2].start == datetime(2026, 1, 9, 8, 0)
    assert overallocated_resources(plan, after) == set()


def test_without_the_option_a_do_not_level_task_leaves_the_clash_named():
    plan = _plan(audit_priority=1000)
    off = LevelingOptions(split_remaining=False)
    result = level(plan, schedule(plan), options=off)
    assert result.delays == {1: 0, 2: 0}
    assert {u.task_uid for u in result.unresolved} == {2}
    # With the option the started task's work left gives way instead.
    assert level(plan, schedule(plan)).delays == {1: 2 * DAY, 2: 0}


def test_completed_work_never_moves():
    done = Task(
        1,
        "Build",
        duration_minutes=4 * DAY,
        actual_start=MON,
        actual_finish=datetime(2026, 1, 8, 17, 0),
        percent_complete=100.0,
    )
    plan = _plan(done)
    result = level(plan, schedule(plan), options=_PRIORITY)
    assert result.delays[1] == 0
    assert result.delays[2] == 2 * DAY


def test_clear_leveling_and_undo_take_out_only_the_pause_leveling_made():
    # Build has a pause of its own on its last day; leveling adds one where work stopped.
    own = (Split(3 * DAY, DAY),)
    build = Task(
        1, "Build", duration_minutes=4 * DAY, actual_start=MON, percent_complete=50.0, splits=own
    )
    plan = _plan(build)
    result = level(plan, schedule(plan), options=_PRIORITY)
    assert result.delays[1] == 2 * DAY
    old = apply_delays(plan, result.delays)
    assert plan.task(1).splits == (Split(2 * DAY, 2 * DAY), *own)
    assert overallocated_resources(plan, schedule(plan)) == set()
    assert without_leveling(plan).task(1).splits == own
    assert plan.task(1).splits == (Split(2 * DAY, 2 * DAY), *own)  # the copy only
    apply_delays(plan, old)  # what the undo step does
    assert plan.task(1) == build
    apply_delays(plan, result.delays)
    assert clear_delays(plan) == {1: 2 * DAY}
    assert plan.task(1) == build


def test_leveling_again_replaces_its_pause_instead_of_adding_one():
    plan = _plan()
    apply_delays(plan, level(plan, schedule(plan), options=_PRIORITY).delays)
    base = without_leveling(plan)
    again = level(base, schedule(base), options=_PRIORITY)
    apply_delays(plan, again.delays)
    assert plan.task(1).splits == (Split(2 * DAY, 2 * DAY),)


def test_a_finish_no_later_than_date_keeps_the_work_left_where_it_is():
    build = Task(
        1,
        "Build",
        duration_minutes=4 * DAY,
        actual_start=MON,
        percent_complete=50.0,
        constraint_type=ConstraintType.FNLT,
        constraint_date=datetime(2026, 1, 9, 17, 0),
    )
    plan = _plan(build)
    result = level(plan, schedule(plan), options=_PRIORITY)
    assert result.delays[1] == 0
    reasons = {u.task_uid: u.reason for u in result.unresolved}
    assert "'finish no later than' constraint" in reasons[1]


def test_a_task_with_nothing_done_yet_is_not_split():
    # Started today, 0 %: no done part to keep, no resume point to split at.
    build = Task(1, "Build", duration_minutes=4 * DAY, actual_start=MON, percent_complete=0.0)
    plan = _plan(build)
    result = level(plan, schedule(plan), options=_PRIORITY)
    assert result.delays[1] == 0
    assert result.delays[2] == 2 * DAY


def test_a_started_task_at_priority_1000_is_not_split():
    build = Task(
        1, "Build", duration_minutes=4 * DAY, actual_start=MON, percent_complete=50.0, priority=1000
    )
    plan = _plan(build, audit_priority=500)
    result = level(plan, schedule(plan), options=_PRIORITY)
    assert result.delays == {1: 0, 2: 2 * DAY}


def test_only_the_people_asked_for_pause_their_started_tasks():
    plan = _plan()
    plan.add_resource(Resource(2, "Ben"))
    assert level(plan, schedule(plan), only=[2], options=_PRIORITY).delays == {1: 0, 2: 0}
    assert level(plan, schedule(plan), only=[1], options=_PRIORITY).delays == {1: 2 * DAY, 2: 0}


def test_a_pause_that_progress_has_passed_is_history_and_stays():
    plan = _plan()
    apply_delays(plan, level(plan, schedule(plan), options=_PRIORITY).delays)
    # A week on: Build worked Monday, Tuesday, then Friday after its pause: 75 % done.
    plan.update_task(replace(plan.task(1), percent_complete=75.0))
    worked = schedule(plan)[1]
    assert clear_delays(plan) == {1: 2 * DAY}
    build = plan.task(1)
    assert build.leveling_delay_minutes == 0
    assert build.splits == (Split(2 * DAY, 2 * DAY),)  # between work done: never moves
    assert (schedule(plan)[1].start, schedule(plan)[1].finish) == (worked.start, worked.finish)
