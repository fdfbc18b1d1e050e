"""Split (interrupted) tasks: the value type and how the engine places them."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.splits import (
    Split,
    SplitError,
    normalized,
    resume_offset,
    segments,
    split_at,
    total_gap,
    work_within,
)
from app.domain.task import ConstraintType, Task

DAY = 480


def d(day: int, hour: int = 8, month: int = 1) -> datetime:
    return datetime(2026, month, day, hour)


MON = d(5)  # a Monday


def _plan(*tasks: Task, links: tuple[Link, ...] = ()) -> Plan:
    plan = Plan(project=Project(start=MON))
    for t in tasks:
        plan.append_task(t)
    plan.links.extend(links)
    return plan


# --- the value type -------------------------------------------------------------------


def test_segments_of_a_task_split_twice():
    splits = (Split(4 * DAY, 3 * DAY), Split(2 * DAY, DAY))
    assert normalized(splits, 10 * DAY) == (Split(2 * DAY, DAY), Split(4 * DAY, 3 * DAY))
    assert segments(splits, 10 * DAY) == [
        (0, 2 * DAY),
        (3 * DAY, 5 * DAY),
        (8 * DAY, 14 * DAY),
    ]
    assert total_gap(splits, 10 * DAY) == 4 * DAY
    # a split beyond a shortened duration no longer counts
    assert total_gap(splits, 3 * DAY) == DAY
    assert segments(splits, 3 * DAY) == [(0, 2 * DAY), (3 * DAY, 4 * DAY)]
    assert segments((), 5 * DAY) == [(0, 5 * DAY)]


def test_resume_offset_is_behind_a_pause_that_starts_there():
    splits = (Split(2 * DAY, DAY),)
    assert resume_offset(splits, DAY) == DAY
    assert resume_offset(splits, 2 * DAY) == 3 * DAY
    assert resume_offset(splits, 4 * DAY) == 5 * DAY


def test_split_at_converts_a_span_offset_to_work_and_refuses_bad_points():
    once = split_at((), 10 * DAY, 4 * DAY, 3 * DAY)
    assert once == (Split(4 * DAY, 3 * DAY),)
    # a point in the second part: 8d into the span = 5d of work
    assert split_at(once, 10 * DAY, 8 * DAY, DAY) == (Split(4 * DAY, 3 * DAY), Split(5 * DAY, DAY))
    # at the pause's edge the pause grows
    assert split_at(once, 10 * DAY, 7 * DAY, DAY) == (Split(4 * DAY, 4 * DAY),)
    with pytest.raises(SplitError, match="inside a pause"):
        split_at(once, 10 * DAY, 5 * DAY, DAY)
    with pytest.raises(SplitError, match="after the task's start"):
        split_at((), 10 * DAY, 0, DAY)
    with pytest.raises(SplitError, match="before the task's finish"):
        split_at(once, 10 * DAY, 13 * DAY, DAY)
    with pytest.raises(SplitError, match="longer than zero"):
        split_at((), 10 * DAY, DAY, 0)


def test_work_within_inverts_duration_plus_gaps():
    splits = (Split(2 * DAY, DAY), Split(4 * DAY, 2 * DAY))
    for duration in range(DAY, 8 * DAY, 60):
        assert work_within(splits, duration + total_gap(splits, duration)) == duration
    assert work_within(splits, int(2.5 * DAY)) == 2 * DAY  # a finish inside the first pause
    assert work_within((), 3 * DAY) == 3 * DAY


# --- the engine -----------------------------------------------------------------------


def test_finish_moves_by_the_gap_and_duration_stays_working():
    plan = _plan(Task(1, "Split", duration_minutes=10 * DAY, splits=(Split(4 * DAY, 3 * DAY),)))
    s = schedule(plan)
    assert s[1].start == d(5)
    # 13 working days: Mon 5 .. Wed 21
    assert s[1].finish == d(21, 17)
    assert s[1].duration_minutes == 10 * DAY
    assert s.finish == d(21, 17)


def test_successor_follows_the_split_finish_and_slack_keeps_the_gap():
    plan = _plan(
        Task(1, "Split", duration_minutes=5 * DAY, splits=(Split(2 * DAY, 2 * DAY),)),
        Task(2, "After", duration_minutes=DAY),
        Task(3, "Long", duration_minutes=12 * DAY),
        links=(Link(1, 2, LinkType.FS),),
    )
    s = schedule(plan)
    assert s[1].finish == d(13, 17)  # 7 working days
    assert s[2].start == d(14)
    # the chain spans 8 days of a 12-day project: 4 days of slack each
    assert s[1].total_slack_minutes == 4 * DAY
    assert s[2].total_slack_minutes == 4 * DAY
    # late dates keep the pause: late finish - late start = 7 working days
    assert s[1].late_start == d(9)
    assert s[1].late_finish == d(19, 17)


def test_split_task_on_the_critical_path():
    plan = _plan(
        Task(1, "Split", duration_minutes=5 * DAY, splits=(Split(DAY, DAY),)),
        Task(2, "Parallel", duration_minutes=6 * DAY),
    )
    s = schedule(plan)
    assert s[1].finish == s[2].finish == d(12, 17)
    assert s[1].critical
    assert s[1].total_slack_minutes == 0


def test_ss_link_from_the_finish_side_and_constraints_use_the_span():
    plan = _plan(
        Task(1, "Split", duration_minutes=2 * DAY, splits=(Split(DAY, 2 * DAY),)),
        Task(2, "FF", duration_minutes=DAY),
        Task(
            3,
            "Must finish",
            duration_minutes=2 * DAY,
            splits=(Split(DAY, DAY),),
            constraint_type=ConstraintType.MFO,
            constraint_date=d(16, 17),
        ),
        links=(Link(2, 1, LinkType.FF),),
    )
    s = schedule(plan)
    assert (s[1].start, s[1].finish) == (d(5), d(8, 17))
    # must finish Fri 16: it starts 3 working days earlier (2 of work, 1 paused)
    assert (s[3].start, s[3].finish) == (d(14), d(16, 17))


def test_in_progress_split_task_finishes_after_its_pause():
    plan = _plan(
        Task(
            1,
            "Started",
            duration_minutes=4 * DAY,
            splits=(Split(2 * DAY, DAY),),
            actual_start=d(5),
            percent_complete=50,
        )
    )
    s = schedule(plan)
    assert s[1].finish == d(9, 17)


def test_splits_beyond_the_duration_are_ignored():
    plan = _plan(Task(1, "Short", duration_minutes=2 * DAY, splits=(Split(3 * DAY, DAY),)))
    assert schedule(plan)[1].finish == d(6, 17)


def test_incremental_edit_adds_and_removes_a_split():
    plan = _plan(
        Task(1, "A", duration_minutes=3 * DAY),
        Task(2, "B", duration_minutes=DAY),
        links=(Link(1, 2, LinkType.FS),),
    )
    inc = IncrementalScheduler(plan)
    assert inc.schedule[2].start == d(8)
    plan.update_task(replace(plan.task(1), splits=(Split(DAY, 2 * DAY),)))
    inc.tasks_changed([1])
    assert inc.schedule[1].finish == d(9, 17)
    assert inc.schedule[2].start == d(12)
    assert inc.schedule.finish == schedule(plan).finish
    plan.update_task(replace(plan.task(1), splits=()))
    inc.tasks_changed([1])
    assert inc.schedule[2].start == d(8)


def test_elapsed_split_task_pauses_in_calendar_time():
    plan = _plan(
        Task(1, "Cure", duration_minutes=2 * 1440, elapsed=True, splits=(Split(1440, 1440),))
    )
    s = schedule(plan)
    assert (s[1].start, s[1].finish) == (d(5), d(8))  # 3 calendar days, weekends or not


def test_alap_split_task_sits_at_its_late_dates_with_its_pause():
    plan = _plan(
        Task(
            1,
            "Late",
            duration_minutes=2 * DAY,
            splits=(Split(DAY, DAY),),
            constraint_type=ConstraintType.ALAP,
        ),
        Task(2, "Long", duration_minutes=5 * DAY),
    )
    s = schedule(plan)
    assert (s[1].start, s[1].finish) == (d(7), d(9, 17))  # Wed, pause Thu, Fri
    assert s[1].late_finish == s[2].finish


def test_summary_spans_its_split_child():
    plan = _plan(
        Task(1, "Phase", outline_level=1),
        Task(2, "Split", outline_level=2, duration_minutes=2 * DAY, splits=(Split(DAY, 3 * DAY),)),
    )
    s = schedule(plan)
    assert (s[1].start, s[1].finish) == (d(5), d(9, 17))
    assert s[1].duration_minutes == 5 * DAY  # a summary's duration is its span


def test_split_task_on_resources_with_different_calendars():
    from app.domain.calendar import STANDARD_DAY, Calendar
    from app.domain.resource import Assignment, Resource

    plan = _plan(Task(1, "Shared", duration_minutes=2 * DAY, splits=(Split(DAY, DAY),)))
    # Bea does not work on Mondays: her half of the work starts Tuesday
    week = ((), *(STANDARD_DAY,) * 4, (), ())
    plan.calendars[9] = Calendar(9, "No Mondays", week=week)
    plan.resources.extend([Resource(1, "Ana"), Resource(2, "Bea", calendar_uid=9)])
    plan.assignments.extend([Assignment(1, 1, 1, 1.0, 2 * DAY), Assignment(2, 1, 2, 1.0, 2 * DAY)])
    s = schedule(plan)
    # Ana: Mon, pause Tue, Wed; Bea: Tue, pause Wed, Thu: the task spans both
    assert (s[1].start, s[1].finish) == (d(5), d(8, 17))
