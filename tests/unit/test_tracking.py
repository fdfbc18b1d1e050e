"""Update Project: % complete and actuals as the schedule planned them through a date."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.domain.tracking import UpdateMode, end_of_day, reschedule_uncompleted, update_progress

DAY = 480
THU = datetime(2027, 2, 11, 8, 0)  # a Thursday: four days run Thu, Fri, (weekend), Mon, Tue
END_OF_FRIDAY = datetime(2027, 2, 13, 0, 0)  # "through Friday 12 Feb"


def _plan() -> Plan:
    """1 Done (1d, Wed..) -> finished; 2 Half (4d from Thu); 3 Later (2d, after 2); 4 Gate."""
    plan = Plan(project=Project(name="Track", start=datetime(2027, 2, 10, 8, 0)))
    plan.append_task(Task(1, "Done", duration_minutes=DAY))
    plan.append_task(Task(2, "Half", duration_minutes=4 * DAY))
    plan.append_task(Task(3, "Later", duration_minutes=2 * DAY))
    plan.append_task(Task(4, "Gate", duration_minutes=0, milestone=True))
    plan.add_link(Link(1, 2))
    plan.add_link(Link(2, 3))
    plan.add_link(Link(1, 4))
    return plan


def _by_uid(updates):
    return {u.uid: u for u in updates}


def test_schedule_of_the_sample_is_what_the_tests_assume():
    plan = _plan()
    s = schedule(plan)
    assert s[2].start == THU
    assert s[2].finish == datetime(2027, 2, 16, 17, 0)  # Tuesday, over the weekend
    assert s[4].finish == datetime(2027, 2, 10, 17, 0)


def test_a_task_half_done_by_the_date_over_a_weekend_is_50_percent():
    plan = _plan()
    s = schedule(plan)
    updates = _by_uid(update_progress(plan, s, END_OF_FRIDAY))
    half = updates[2]
    # Two of four working days lie before Saturday; calendar time would say about 31 %.
    assert half.percent_complete == 50.0
    assert half.actual_start == THU
    assert half.actual_finish is None


def test_finished_tasks_are_100_percent_with_actual_dates_and_unstarted_ones_untouched():
    plan = _plan()
    s = schedule(plan)
    updates = _by_uid(update_progress(plan, s, END_OF_FRIDAY))
    done = updates[1]
    assert done.percent_complete == 100.0
    assert done.actual_start == s[1].start
    assert done.actual_finish == s[1].finish
    assert 3 not in updates  # starts Wednesday 17th: nothing to do


def test_applying_the_actuals_keeps_every_date_where_it_was():
    plan = _plan()
    before = schedule(plan)
    for u in update_progress(plan, before, END_OF_FRIDAY):
        plan.update_task(replace(plan.task(u.uid), **u.changes(plan.task(u.uid))))
    after = schedule(plan)
    for t in plan.tasks:
        assert (after[t.uid].start, after[t.uid].finish) == (
            before[t.uid].start,
            before[t.uid].finish,
        )
    assert plan.task(2).percent_complete == 50.0


def test_progress_is_never_reduced():
    plan = _plan()
    plan.update_task(replace(plan.task(2), percent_complete=80.0))
    plan.update_task(replace(plan.task(3), percent_complete=10.0))
    updates = _by_uid(update_progress(plan, schedule(plan), END_OF_FRIDAY))
    assert 2 not in updates  # the schedule says 50 %, the task says 80 %: 80 stays
    assert 3 not in updates
    assert plan.task(2).percent_complete == 80.0


def test_a_task_already_ahead_is_raised_to_the_schedule_when_behind_it():
    plan = _plan()
    plan.update_task(replace(plan.task(2), percent_complete=20.0))
    updates = _by_uid(update_progress(plan, schedule(plan), END_OF_FRIDAY))
    assert updates[2].percent_complete == 50.0


def test_milestones_on_or_before_the_date_are_complete_and_later_ones_are_not():
    plan = _plan()
    s = schedule(plan)
    updates = _by_uid(update_progress(plan, s, END_OF_FRIDAY))
    gate = updates[4]
    assert gate.percent_complete == 100.0
    assert gate.actual_start == gate.actual_finish == s[4].finish
    early = _by_uid(update_progress(plan, s, datetime(2027, 2, 10, 12, 0)))
    assert 4 not in early


def test_manual_and_summary_tasks_are_left_alone():
    plan = _plan()
    plan.update_task(
        replace(
            plan.task(3),
            manual=True,
            start=datetime(2027, 2, 10, 8, 0),
            finish=datetime(2027, 2, 11, 17, 0),
        )
    )
    plan.insert_tasks(0, [Task(10, "Phase", 1)])
    plan.set_outline_levels({1: 2, 2: 2})
    s = schedule(plan)
    assert s[3].finish <= END_OF_FRIDAY  # would be complete if it were automatic
    updates = _by_uid(update_progress(plan, s, END_OF_FRIDAY))
    assert 3 not in updates
    assert 10 not in updates
    assert {1, 2} <= set(updates)


def test_zero_or_hundred_mode_only_completes_finished_tasks():
    plan = _plan()
    updates = _by_uid(
        update_progress(plan, schedule(plan), END_OF_FRIDAY, UpdateMode.ALL_OR_NOTHING)
    )
    assert set(updates) == {1, 4}
    assert updates[1].percent_complete == 100.0


def test_selected_scope_updates_only_those_tasks_and_a_summary_stands_for_its_subtasks():
    plan = _plan()
    s = schedule(plan)
    assert set(_by_uid(update_progress(plan, s, END_OF_FRIDAY, uids=[2]))) == {2}
    plan.insert_tasks(0, [Task(10, "Phase", 1)])
    plan.set_outline_levels({1: 2, 2: 2})
    s = schedule(plan)
    assert set(_by_uid(update_progress(plan, s, END_OF_FRIDAY, uids=[10]))) == {1, 2}


def test_reschedule_moves_unstarted_work_due_by_the_date_after_it():
    plan = _plan()
    plan.update_task(replace(plan.task(3), constraint_type=ConstraintType.ASAP))
    s = schedule(plan)
    late = datetime(2027, 2, 18, 0, 0)  # Later was due to start Wednesday 17th
    plan.update_task(replace(plan.task(1), percent_complete=100.0))
    plan.update_task(replace(plan.task(2), percent_complete=30.0))
    moved = _by_uid(reschedule_uncompleted(plan, s, late))
    # Done is finished and stays; Half (30 %) is split, its rest resumes after the date.
    assert set(moved) == {2, 3, 4}
    assert moved[2].splits
    assert moved[2].constraint_type is ConstraintType.ASAP
    assert moved[3].constraint_type is ConstraintType.SNET
    assert moved[3].constraint_date == late
    assert moved[3].percent_complete == 0.0
    assert moved[3].actual_start is None
    assert set(_by_uid(reschedule_uncompleted(plan, s, late, uids=[3]))) == {3}
    plan.update_task(replace(plan.task(3), **moved[3].changes(plan.task(3))))
    assert schedule(plan)[3].start == datetime(2027, 2, 18, 8, 0)


def test_reschedule_leaves_a_pinned_date_alone():
    plan = _plan()
    pinned = datetime(2027, 2, 17, 8, 0)
    plan.update_task(
        replace(plan.task(3), constraint_type=ConstraintType.MSO, constraint_date=pinned)
    )
    s = schedule(plan)
    late = datetime(2027, 2, 18, 0, 0)
    assert 3 not in _by_uid(reschedule_uncompleted(plan, s, late))


def test_end_of_day_is_the_projects_default_finish_time():
    plan = _plan()
    assert end_of_day(plan, datetime(2027, 2, 12).date()) == datetime(2027, 2, 12, 17, 0)
    plan.set_project(replace(plan.project, default_finish_time=time(18, 30)))
    assert end_of_day(plan, datetime(2027, 2, 12).date()) == datetime(2027, 2, 12, 18, 30)
    s = schedule(plan)
    through = end_of_day(plan, datetime(2027, 2, 12).date())
    assert _by_uid(update_progress(plan, s, through))[2].percent_complete == 50.0
