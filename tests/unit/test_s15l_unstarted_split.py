"""Leveling splits a task that has not started (splits in remaining work): its first part
runs while the person is free, the rest after the clash, when that finishes earlier than
delaying the whole task; no part shorter than an hour; cleared with the delays."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.leveling import LevelingOptions, apply_delays, clear_delays, level
from app.domain.leveling_resume import LevelingDelay, has_leveling
from app.domain.leveling_split import MIN_PART
from app.domain.link import Link, LinkType
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split, TaskClocks
from app.domain.task import ConstraintType, Task
from app.domain.worktime import to_minutes

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
NO_SPLITS = LevelingOptions(split_remaining=False)


def _plan(build_minutes: int = 3 * DAY, workshop_at: datetime | None = None) -> Plan:
    """Ana's 'Workshop' must start on Wednesday (one day); her 'Build' would run through it."""
    plan = Plan(project=Project(name="Clash", start=MON))
    plan.append_task(
        Task(
            1,
            "Workshop",
            duration_minutes=DAY,
            constraint_type=ConstraintType.MSO,
            constraint_date=workshop_at or datetime(2026, 1, 7, 8, 0),
        )
    )
    plan.append_task(Task(2, "Build", duration_minutes=build_minutes))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, build_minutes))
    return plan


def _level(plan: Plan, options: LevelingOptions | None = None):
    result = level(plan, schedule(plan), options=options)
    apply_delays(plan, result.delays)
    return result, schedule(plan)


def test_the_first_part_runs_before_the_clash_and_the_rest_after():
    plan = _plan()
    result, after = _level(plan)
    build = plan.task(2)
    assert build.splits == (Split(2 * DAY, DAY, leveling=True),)  # Mon-Tue, pause Wed, Thu
    assert build.leveling_delay_minutes == 0
    assert after.times[2].start == MON
    assert after.times[2].finish == datetime(2026, 1, 8, 17, 0)
    assert overallocated_resources(plan, after) == set()
    [move] = result.moves
    assert move.split
    assert move.delay_minutes == 0
    assert "Split 1 task around a clash: 'Build'" in result.summary()
    # Where leveling booked Ana is where the scheduler puts the split task.
    assert result.placed[2] == (to_minutes(after.times[2].start), to_minutes(after.times[2].finish))


def test_it_finishes_before_the_whole_task_delayed():
    split_plan, whole_plan = _plan(), _plan()
    _r, split = _level(split_plan)
    _r, whole = _level(whole_plan, NO_SPLITS)
    assert whole_plan.task(2).splits == ()
    assert whole_plan.task(2).leveling_delay_minutes == 3 * DAY  # waits for Thursday
    assert split.times[2].finish < whole.times[2].finish
    assert split.finish < whole.finish  # the plan is shorter


def test_no_part_is_shorter_than_an_hour():
    # Ana is free for 30 minutes before the workshop: too short to start 'Build' there.
    plan = _plan(2 * DAY, workshop_at=MON + timedelta(minutes=30))
    plan.update_task(replace(plan.task(1), constraint_date=MON + timedelta(minutes=30)))
    result, after = _level(plan)
    assert plan.task(2).splits == ()
    assert plan.task(2).leveling_delay_minutes > 0
    assert overallocated_resources(plan, after) == set()
    assert not any(m.split for m in result.moves)


def test_ninety_free_minutes_make_a_first_part():
    plan = _plan(2 * DAY, workshop_at=MON + timedelta(minutes=90))
    _r, after = _level(plan)
    assert plan.task(2).splits == (Split(90, DAY, leveling=True),)
    assert after.times[2].start == MON
    assert overallocated_resources(plan, after) == set()


def test_the_last_part_is_no_crumb_either():
    # Two free days before the workshop and 30 minutes more work: the first part stops an
    # hour short so that the rest is an hour, not 30 minutes.
    plan = _plan(2 * DAY + 30)
    _r, after = _level(plan)
    assert plan.task(2).splits == (Split(2 * DAY + 30 - MIN_PART, DAY + MIN_PART - 30, True),)
    assert overallocated_resources(plan, after) == set()
    parts = TaskClocks(plan).parts(plan.task(2), after.times[2])
    assert all(b - a >= timedelta(minutes=MIN_PART) for a, b in parts)


def test_without_splits_in_remaining_work_the_whole_task_waits():
    plan = _plan()
    result, _after = _level(plan, NO_SPLITS)
    assert plan.task(2).splits == ()
    assert result.delays[2] == 3 * DAY
    assert type(result.delays[2]) is int


@pytest.mark.parametrize(
    "change",
    [
        {"splits": (Split(DAY, 60),)},  # split already by the user
        {"constraint_type": ConstraintType.FNET, "constraint_date": datetime(2026, 1, 6, 17)},
        {"elapsed": True},
    ],
    ids=["own split", "finish no earlier than", "elapsed"],
)
def test_tasks_it_does_not_cut(change):
    plan = _plan()
    plan.update_task(replace(plan.task(2), **change))
    own = plan.task(2).splits
    result, _after = _level(plan)
    assert plan.task(2).splits == own
    assert not any(m.split for m in result.moves)


def test_a_finish_to_finish_successor_is_not_cut():
    plan = _plan()
    plan.append_task(Task(3, "Sign-off", duration_minutes=60))
    plan.links.append(Link(3, 2, LinkType.FF))
    _r, _after = _level(plan)
    assert plan.task(2).splits == ()


def test_clear_and_apply_again_round_trip():
    plan = _plan()
    original = list(plan.tasks)
    result, _after = _level(plan)
    leveled = list(plan.tasks)
    old = clear_delays(plan)
    assert plan.tasks == original
    assert isinstance(old[2], LevelingDelay)
    assert old[2].pauses
    assert not any(has_leveling(t) for t in plan.tasks)
    apply_delays(plan, old)  # undo of the clear
    assert plan.tasks == leveled
    again = level(plan, schedule(plan))  # from the plan without leveling: the same split
    assert again.delays == result.delays


def test_a_user_split_beside_a_leveling_one_stays():
    plan = _plan()
    _level(plan)
    leveled = plan.task(2)
    user = Split(DAY // 2, 60)  # the user splits the first part on Monday
    plan.update_task(replace(leveled, splits=(user, *leveled.splits)))
    clear_delays(plan)
    assert plan.task(2).splits == (user,)


def test_a_leveling_delay_carrying_pauses_counts_as_leveling():
    delay = LevelingDelay(0, (Split(60, 60),))
    assert delay == 0
    assert delay
    assert delay.pauses == (Split(60, 60, leveling=True),)
    assert not LevelingDelay(0)


def test_ms_project_xml_keeps_the_pauses_leveling_made(tmp_path):
    # Its dates before leveling (PreLeveledStart/Finish) mark the pause as leveling's again:
    # nothing to say on saving (tests/test_s18n_* for the tasks where they cannot tell).
    from app import formats

    plan = _plan()
    _level(plan)
    assert not [n for n in formats.not_kept(plan, ".xml") if "pauses leveling made" in n]
    path = tmp_path / "split.xml"
    formats.write_plan(plan, path)
    back = formats.read_plan(path)
    assert back.task(2).splits == (Split(2 * DAY, DAY, leveling=True),)
    clear_delays(back)
    assert back.task(2).splits == ()  # Clear Leveling takes it out, as before the save


def test_an_occurrence_of_a_recurring_task_waits_whole():
    # MS Project's Leveling Can Split is No for recurring tasks by default.
    from datetime import date

    from app.domain.calendar import Recurrence, RecurrenceKind
    from app.domain.recurrence_tasks import TaskRecurrence

    def plan_with(occurrence_of: int | None) -> Plan:
        plan = _plan()
        plan.append_task(Task(9, "Weekly build"))
        plan.append_task(
            Task(
                10,
                "Weekly build 1",
                outline_level=2,
                duration_minutes=3 * DAY,
                constraint_type=ConstraintType.SNET,  # an occurrence is pinned to its day
                constraint_date=MON,
            )
        )
        plan.add_assignment(Assignment(3, 10, 1, 1.0, 3 * DAY))
        plan.remove_tasks([2])
        if occurrence_of is not None:
            pattern = Recurrence(RecurrenceKind.WEEKLY, weekdays=(0,), occurrences=1)
            rec = TaskRecurrence(pattern, date(2026, 1, 5), duration_minutes=3 * DAY)
            plan.recurrences[occurrence_of] = rec
        return plan

    plain = plan_with(None)
    _level(plain)
    assert plain.task(10).splits == (Split(2 * DAY, DAY, leveling=True),)
    recurring = plan_with(9)
    _level(recurring)
    assert recurring.task(10).splits == ()
    assert recurring.task(10).leveling_delay_minutes == 3 * DAY
