"""MS Project's task filters (app.domain.filters) on a small hand-built plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.errors import InputError
from app.domain.filters import (
    FilterKind,
    TaskFilter,
    filter_names,
    matching_uids,
    with_summaries,
)
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Two phases, a side task; the chain Design -> Build -> Test -> Launch is critical.

    1 Phase A            4 Phase B             8 Side task (done, SNET)
      2 Design 5d          5 Test 3d
      3 Build 5d           6 Docs 1d (deadline on its first day, Ana)
                           7 Launch (milestone)
    """
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Phase A", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Build", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(4, "Phase B", 1))
    plan.append_task(Task(5, "Test", 2, duration_minutes=3 * DAY))
    plan.append_task(Task(6, "Docs", 2, duration_minutes=DAY, deadline=MON + timedelta(hours=4)))
    plan.append_task(Task(7, "Launch", 2, duration_minutes=0, milestone=True))
    plan.append_task(
        Task(
            8,
            "Side task",
            1,
            duration_minutes=2 * DAY,
            percent_complete=100.0,
            actual_start=MON,
            actual_finish=MON + timedelta(days=1, hours=9),
        )
    )
    plan.add_link(Link(2, 3))
    plan.add_link(Link(3, 5))
    plan.add_link(Link(5, 7))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 6, 1, 1.0, DAY))
    plan.add_assignment(Assignment(3, 3, 2, 1.0, 5 * DAY))
    return plan


def _match(plan: Plan, task_filter: TaskFilter, **kw) -> set[int]:
    return set(matching_uids(plan, schedule(plan), task_filter, **kw))


def _kind(kind: FilterKind, plan: Plan | None = None, **kw) -> set[int]:
    return _match(plan or _plan(), TaskFilter(kind), **kw)


def test_all_tasks_lets_every_task_through():
    assert _kind(FilterKind.ALL) == set(range(1, 9))


def test_critical_gives_the_driving_chain_and_its_summaries():
    plan = _plan()
    found = _kind(FilterKind.CRITICAL, plan)
    # Docs is critical too: it finishes after its deadline, so its slack is negative.
    assert found == {1, 2, 3, 4, 5, 6, 7}
    s = schedule(plan)
    assert found == {t.uid for t in plan.tasks if s[t.uid].critical}  # the sheet's red rows


def test_incomplete_and_completed_split_the_plan_by_progress():
    plan = _plan()
    assert _kind(FilterKind.COMPLETED, plan) == {8}
    assert _kind(FilterKind.INCOMPLETE, plan) == set(range(1, 8))
    # A summary is complete when its subtasks are (rolled up).
    for uid in (2, 3):
        plan.update_task(replace(plan.task(uid), percent_complete=100.0, actual_start=MON))
    assert _kind(FilterKind.COMPLETED, plan) == {1, 2, 3, 8}
    assert 1 not in _kind(FilterKind.INCOMPLETE, plan)


def test_late_tasks_are_those_behind_where_the_schedule_puts_them_at_the_status_date():
    plan = _plan()
    wed_evening = datetime(2026, 1, 7, 17, 0)  # Design is due 60 % done by then
    # Design and Docs (due Monday) have not started. Their phases roll up 0 %, but the
    # late work is the subtasks' (the status report counts it so): summaries show greyed.
    assert _kind(FilterKind.LATE, plan, status_date=wed_evening) == {2, 6}
    # Design at 60 %: on schedule.
    plan.update_task(replace(plan.task(2), percent_complete=60.0, actual_start=MON))
    assert _kind(FilterKind.LATE, plan, status_date=wed_evening) == {6}
    # Before anything is due, nothing is late; the project's status date is the default.
    assert _kind(FilterKind.LATE, plan, status_date=MON) == set()
    plan.set_project(replace(plan.project, status_date=wed_evening))
    assert _kind(FilterKind.LATE, plan) == {6}


def test_late_tasks_without_a_status_date_says_what_it_needs():
    with pytest.raises(InputError, match="status date"):
        _kind(FilterKind.LATE)


def test_slipping_tasks_finish_after_their_baseline_finish_and_are_not_done():
    plan = _plan()
    assert _kind(FilterKind.SLIPPING, plan) == set()  # no baseline: nothing can slip
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    assert _kind(FilterKind.SLIPPING, plan) == set()
    plan.update_task(replace(plan.task(3), duration_minutes=7 * DAY))  # Build takes 2 days more
    assert _kind(FilterKind.SLIPPING, plan) == {1, 3, 4, 5, 7}
    plan.update_task(replace(plan.task(5), percent_complete=100.0, actual_start=MON))
    assert 5 not in _kind(FilterKind.SLIPPING, plan)


def test_milestones_summaries_and_deadlines():
    plan = _plan()
    assert _kind(FilterKind.MILESTONES, plan) == {7}
    assert _kind(FilterKind.SUMMARY, plan) == {1, 4}
    assert _kind(FilterKind.DEADLINES, plan) == {6}
    # Docs finishes Monday 17:00, after its deadline at noon; moved later, it makes it.
    assert _kind(FilterKind.MISSED_DEADLINES, plan) == {6}
    plan.update_task(replace(plan.task(6), deadline=MON + timedelta(days=1)))
    assert _kind(FilterKind.MISSED_DEADLINES, plan) == set()
    assert _kind(FilterKind.DEADLINES, plan) == {6}


def test_fixed_dates_are_constraints_other_than_asap_alap_or_an_actual_start():
    plan = _plan()
    assert _kind(FilterKind.FIXED_DATES, plan) == {8}  # actual start
    plan.update_task(replace(plan.task(5), constraint_type=ConstraintType.ALAP))
    plan.update_task(
        replace(plan.task(6), constraint_type=ConstraintType.SNET, constraint_date=MON)
    )
    assert _kind(FilterKind.FIXED_DATES, plan) == {6, 8}


def test_using_resource_gives_the_tasks_a_person_is_assigned_to():
    plan = _plan()
    assert _match(plan, TaskFilter(FilterKind.USING_RESOURCE, resource_uid=1)) == {2, 6}
    assert _match(plan, TaskFilter(FilterKind.USING_RESOURCE, resource_uid=2)) == {3}
    assert TaskFilter(FilterKind.USING_RESOURCE, resource_uid=1).title(plan) == (
        "Using Resource 'Ana'"
    )
    with pytest.raises(InputError, match="person"):
        TaskFilter(FilterKind.USING_RESOURCE)


def test_date_range_gives_the_tasks_that_overlap_it():
    plan = _plan()
    # Build runs Mon 12 to Fri 16 Jan; Test 19-21 Jan; Launch on the 21st at 17:00.
    week = TaskFilter(
        FilterKind.DATE_RANGE, date_from=datetime(2026, 1, 16), date_to=datetime(2026, 1, 20)
    )
    assert _match(plan, week) == {1, 3, 4, 5}
    assert week.title(plan) == "Date Range 2026-01-16 to 2026-01-19"
    launch_day = TaskFilter(
        FilterKind.DATE_RANGE, date_from=datetime(2026, 1, 21), date_to=datetime(2026, 1, 22)
    )
    assert _match(plan, launch_day) == {4, 5, 7}
    with pytest.raises(InputError, match="after the first"):
        TaskFilter(FilterKind.DATE_RANGE, date_from=MON, date_to=MON)


def test_task_name_contains_ignores_case_and_blank_text_keeps_everything():
    plan = _plan()
    assert _match(plan, TaskFilter(FilterKind.NAME_CONTAINS, text="PHASE")) == {1, 4}
    assert _match(plan, TaskFilter(FilterKind.NAME_CONTAINS, text=" sIGN ")) == {2}
    assert _match(plan, TaskFilter(FilterKind.NAME_CONTAINS, text="s")) == {1, 2, 4, 5, 6, 8}
    assert _match(plan, TaskFilter(FilterKind.NAME_CONTAINS, text="")) == set(range(1, 9))


def test_with_summaries_adds_every_summary_above_a_kept_task_once():
    plan = Plan(project=Project(start=MON))
    levels = [1, 2, 3, 3, 2, 1, 2, 3, 1]
    for uid, level in enumerate(levels, start=1):
        plan.append_task(Task(uid, f"T{uid}", level))
    assert with_summaries(plan.tasks, {4}) == {1, 2, 4}
    assert with_summaries(plan.tasks, {4, 5, 8}) == {1, 2, 4, 5, 6, 7, 8}
    assert with_summaries(plan.tasks, {2}) == {1, 2}  # a kept summary, none of its subtasks
    assert with_summaries(plan.tasks, {9}) == {9}
    assert with_summaries(plan.tasks, set()) == set()
    # A kept summary and a kept task under it: the summary is not walked twice.
    assert with_summaries(plan.tasks, {2, 3}) == {1, 2, 3}


def test_filter_names_are_kebab_case_and_an_unknown_one_lists_them():
    assert FilterKind.from_name("Critical") is FilterKind.CRITICAL
    assert FilterKind.from_name("tasks-with-fixed-dates") is FilterKind.FIXED_DATES
    with pytest.raises(InputError) as caught:
        FilterKind.from_name("criticl")
    assert "late-tasks" in str(caught.value)
    assert "criticl" in str(caught.value)
    assert all(name == name.lower() and " " not in name for name in filter_names().split(", "))
    assert TaskFilter(FilterKind.CRITICAL).title(_plan()) == "Critical"
