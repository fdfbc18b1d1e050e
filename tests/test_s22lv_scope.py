"""Level from … To …, Level Selection and Clear Leveling of selected tasks on hand-made plans."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.domain.errors import InputError
from app.domain.leveling import apply_delays, clear_delays, level, without_leveling
from app.domain.leveling_options import LevelingOptions
from app.domain.leveling_scope import checked_range, leveling_scope, selected_leaves
from app.domain.link import Link
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan(*tasks: tuple[int, int, int, int]) -> Plan:
    """Tasks (uid, days, person, start-no-earlier-than day), one person each, full time."""
    plan = Plan(project=Project(start=MON))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    for uid, days, person, day in tasks:
        plan.append_task(
            Task(
                uid,
                f"T{uid}",
                duration_minutes=days * DAY,
                constraint_type=ConstraintType.SNET if day else ConstraintType.ASAP,
                constraint_date=MON + timedelta(days=day) if day else None,
            )
        )
        plan.add_assignment(Assignment(uid, uid, person, 1.0, days * DAY))
    return plan


def _level(plan: Plan, options: LevelingOptions, selected=None):
    """Level as the window and the CLI do: the scope read on the plan as it stands."""
    scope = leveling_scope(plan, schedule(plan), options, selected)
    base = without_leveling(plan, scope)
    result = level(base, schedule(base), options=options, scope=scope)
    clear_delays(plan, scope)
    apply_delays(plan, result.delays)
    return result


def test_s22lv_a_range_levels_the_tasks_starting_in_it_and_leaves_the_others():
    # Week 1: T1 and T2 clash on Ana; week 2 (the range): T3 and T4 clash on Ana.
    plan = _plan((1, 5, 1, 0), (2, 2, 1, 2), (3, 2, 1, 7), (4, 2, 1, 7))
    week2 = LevelingOptions(level_from=date(2026, 1, 12), level_to=date(2026, 1, 16))
    result = _level(plan, week2)
    after = schedule(plan)
    assert [m.task_uid for m in result.moves] == [4]
    assert after[4].start == datetime(2026, 1, 14, 8, 0)
    assert plan.task(2).leveling_delay_minutes == 0  # outside: the week-1 clash stays
    assert after[2].start == datetime(2026, 1, 7, 8, 0)
    why = {u.task_uid: u.reason for u in result.unresolved}
    assert "not being leveled" in why[2]
    assert overallocated_resources(plan, after) == {1}


def test_s22lv_tasks_outside_the_range_keep_their_delays_and_their_bookings_count():
    plan = _plan((1, 5, 1, 0), (2, 2, 1, 2), (3, 2, 1, 0))
    _level(plan, LevelingOptions())  # the whole project first: T2 and T3 wait
    held = {t.uid: t.leveling_delay_minutes for t in plan.tasks}
    assert held[2] > 0
    assert held[3] > 0
    # Level again from the day T3 starts: T3 alone is leveled, T1 and T2 stay put.
    t3 = schedule(plan)[3].start.date()
    _level(plan, LevelingOptions(level_from=t3, level_to=t3 + timedelta(days=30)))
    assert plan.task(2).leveling_delay_minutes == held[2]
    assert plan.task(3).leveling_delay_minutes == held[3]  # still no room earlier
    assert overallocated_resources(plan, schedule(plan)) == set()


def test_s22lv_level_selection_delays_only_the_selected_task_around_the_others():
    # T1 (5d) and T2 (3d) clash on Ana and are not selected; T3 waits for both.
    plan = _plan((1, 5, 1, 0), (2, 3, 1, 0), (3, 2, 1, 0))
    result = _level(plan, LevelingOptions(), [3])
    assert result.delays == {3: 5 * DAY}
    assert plan.task(1).leveling_delay_minutes == plan.task(2).leveling_delay_minutes == 0
    assert "Ana" in {plan.resource(u.resource_uid).name for u in result.unresolved}


def test_s22lv_a_task_not_selected_follows_its_links_and_is_booked_there():
    # T2 (selected) waits for T1 on Ana; F (not selected, Ben) follows T2; S (selected,
    # Ben) waits for H (not selected, Ben): leveling must see F where its link takes it.
    plan = _plan((1, 1, 1, 0), (2, 1, 1, 0), (3, 1, 2, 0), (4, 1, 2, 0), (5, 1, 2, 0))
    plan.add_link(Link(2, 3))  # F = T3 follows T2
    # T4 = H (Ben, day 0, not selected); T5 = S (Ben, selected)
    result = _level(plan, LevelingOptions(), [2, 5])
    after = schedule(plan)
    assert result.delays[2] == DAY
    assert after[3].start == MON + timedelta(days=2)  # F followed T2
    # S found Ben free neither on day 0 (H) nor on day 2 (F where it went).
    assert after[5].start not in (MON, MON + timedelta(days=2))
    assert overallocated_resources(plan, after) == set()


def test_s22lv_a_selected_summary_brings_its_subtasks():
    plan = _plan((1, 1, 1, 0), (2, 1, 1, 0), (3, 1, 1, 0))
    plan.insert_tasks(0, [Task(9, "Phase")])
    plan.indent([1, 2])
    assert selected_leaves(plan, [9]) == {1, 2}
    assert selected_leaves(plan, [9, 3]) == {1, 2, 3}


def test_s22lv_bad_scopes_are_refused_by_name():
    plan = _plan((1, 1, 1, 0))
    with pytest.raises(InputError, match="no task with UID 7"):
        selected_leaves(plan, [1, 7])
    with pytest.raises(InputError, match=r"ends \(2026-01-02\) before it starts \(2026-01-05\)"):
        checked_range(date(2026, 1, 5), date(2026, 1, 2))
    with pytest.raises(InputError, match="both its dates"):
        checked_range(date(2026, 1, 5), None)


def test_s22lv_clear_leveling_of_selected_tasks_leaves_the_others():
    plan = _plan((1, 5, 1, 0), (2, 3, 1, 0), (3, 2, 1, 0))
    _level(plan, LevelingOptions())
    before = {t.uid: t.leveling_delay_minutes for t in plan.tasks}
    assert before[2]
    assert before[3]
    old = clear_delays(plan, selected_leaves(plan, [3]))
    assert old == {3: before[3]}
    assert plan.task(3).leveling_delay_minutes == 0
    assert plan.task(2).leveling_delay_minutes == before[2]


def test_s22lv_the_entire_project_is_the_default():
    plan = _plan((1, 1, 1, 0))
    assert LevelingOptions().entire_project
    assert leveling_scope(plan, schedule(plan), LevelingOptions()) is None
