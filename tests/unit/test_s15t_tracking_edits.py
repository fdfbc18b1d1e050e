"""MS Project's tracking rules for typed actual dates and durations (app/domain/tracking_edits.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.errors import InputError
from app.domain.percent_shown import shown_percent
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.splits import Split, TaskClocks
from app.domain.task import Task
from app.domain.tracking_edits import (
    actual_duration,
    duration_between,
    finish_after,
    task_clock,
    typed_actual_duration,
    typed_actual_finish,
    typed_actual_start,
    typed_duration_progress,
    typed_remaining_duration,
)
from app.domain.worktime import WorkTime
from tests.bench.generate import make_plan

DAY = 480
MON = datetime(2027, 3, 1, 8, 0)


def _plan(task: Task) -> Plan:
    plan = Plan(project=Project(name="Track", start=MON))
    plan.append_task(task)
    return plan


def _clock(plan: Plan) -> WorkTime:
    return WorkTime.for_calendar(plan.calendar(), plan.calendars)


def test_actual_duration_is_duration_times_percent():
    assert actual_duration(Task(1, duration_minutes=15 * DAY, percent_complete=87)) == round(
        15 * DAY * 0.87
    )
    assert actual_duration(Task(1, duration_minutes=DAY, percent_complete=0)) == 0
    assert actual_duration(Task(1, duration_minutes=DAY, percent_complete=100)) == DAY


def test_an_actual_finish_two_working_days_late_makes_the_duration_seven_days():
    task = Task(1, "Code", duration_minutes=5 * DAY)
    plan = _plan(task)
    times = schedule(plan)[1]
    late = datetime(2027, 3, 9, 17, 0)  # Fri 5 -> Tue 9: two working days later
    fields = typed_actual_finish(task, times, late, _clock(plan))
    assert fields == {
        "percent_complete": 100.0,
        "actual_start": MON,
        "actual_finish": late,
        "duration_minutes": 7 * DAY,
    }
    plan.update_task(replace(task, **fields))
    after = schedule(plan)[1]
    assert (after.start, after.finish, after.duration_minutes) == (MON, late, 7 * DAY)


def test_an_actual_finish_early_shortens_it_and_on_time_keeps_it():
    task = Task(1, duration_minutes=5 * DAY)
    plan = _plan(task)
    times = schedule(plan)[1]
    early = typed_actual_finish(task, times, datetime(2027, 3, 3, 12, 0), _clock(plan))
    assert early["duration_minutes"] == 2 * DAY + 4 * 60  # Mon, Tue, Wed morning
    on_time = typed_actual_finish(task, times, times.finish, _clock(plan))
    assert "duration_minutes" not in on_time


def test_an_actual_finish_before_the_start_is_refused():
    task = Task(1, duration_minutes=5 * DAY, actual_start=datetime(2027, 3, 3, 8, 0))
    plan = _plan(task)
    with pytest.raises(InputError, match="actual finish 2027-03-02 17:00 is before the start"):
        typed_actual_finish(task, schedule(plan)[1], datetime(2027, 3, 2, 17, 0), _clock(plan))


def test_a_split_task_pause_is_not_duration():
    # 4d with a 2-day pause after the first day: Mon, (Tue, Wed paused), Thu..Mon
    task = Task(1, duration_minutes=4 * DAY, splits=(Split(DAY, 2 * DAY),))
    plan = _plan(task)
    clock = _clock(plan)
    assert finish_after(task, MON, 4 * DAY, clock) == datetime(2027, 3, 8, 17, 0)
    assert duration_between(task, MON, datetime(2027, 3, 9, 17, 0), clock) == 5 * DAY


def test_an_actual_start_on_a_finished_task_moves_its_finish_and_keeps_its_duration():
    start, finish = MON, datetime(2027, 4, 9, 17, 0)  # 30 working days
    task = Task(
        1,
        duration_minutes=30 * DAY,
        percent_complete=100,
        actual_start=start,
        actual_finish=finish,
    )
    plan = _plan(task)
    fields = typed_actual_start(task, datetime(2027, 3, 3, 8, 0), _clock(plan))
    assert fields == {
        "actual_start": datetime(2027, 3, 3, 8, 0),
        "actual_finish": datetime(2027, 4, 13, 17, 0),  # two working days later
    }
    plan.update_task(replace(task, **fields))
    times = schedule(plan)[1]
    assert _clock(plan).between(times.start, times.finish) == 30 * DAY


def test_an_actual_start_on_a_task_under_way_moves_only_the_start():
    task = Task(1, duration_minutes=5 * DAY, percent_complete=40, actual_start=MON)
    plan = _plan(task)
    later = datetime(2027, 3, 2, 8, 0)
    assert typed_actual_start(task, later, _clock(plan)) == {"actual_start": later}


def test_a_longer_duration_under_way_keeps_the_work_done():
    task = Task(1, duration_minutes=15 * DAY, percent_complete=87, actual_start=MON)
    plan = _plan(task)
    times = schedule(plan)[1]
    fields = typed_duration_progress(task, times, 20 * DAY, _clock(plan))
    # 13.05d done stays 13.05d: 65.25 % of 20d (shown 65 %), not a whole 65 % (13d)
    assert fields == {"percent_complete": 65.25, "actual_finish": None}
    assert actual_duration(replace(task, duration_minutes=20 * DAY, **fields)) == 6264
    # nothing done, nothing to keep; the same duration, nothing changes
    assert (
        typed_duration_progress(replace(task, percent_complete=0), times, DAY, _clock(plan)) == {}
    )
    assert typed_duration_progress(task, times, 15 * DAY, _clock(plan)) == {}


def test_a_duration_at_or_below_the_work_done_finishes_the_task():
    task = Task(1, duration_minutes=10 * DAY, percent_complete=60, actual_start=MON)
    plan = _plan(task)
    fields = typed_duration_progress(task, schedule(plan)[1], 5 * DAY, _clock(plan))
    assert fields == {"percent_complete": 100.0, "actual_finish": datetime(2027, 3, 5, 17, 0)}


def test_a_finished_task_made_longer_is_under_way_again_and_shorter_finishes_sooner():
    task = Task(
        1,
        duration_minutes=4 * DAY,
        percent_complete=100,
        actual_start=MON,
        actual_finish=datetime(2027, 3, 4, 17, 0),
    )
    plan = _plan(task)
    times = schedule(plan)[1]
    assert typed_duration_progress(task, times, 5 * DAY, _clock(plan)) == {
        "percent_complete": 80.0,
        "actual_finish": None,
    }
    assert typed_duration_progress(task, times, 2 * DAY, _clock(plan)) == {
        "actual_finish": datetime(2027, 3, 2, 17, 0)
    }


def test_a_tiny_share_stays_started_and_never_reads_done():
    task = Task(1, duration_minutes=DAY, percent_complete=2, actual_start=MON)
    plan = _plan(task)
    times = schedule(plan)[1]
    # 10 minutes done of 100 days is 0.02 %: kept exactly, the task has begun, shown 1 %
    tiny = typed_duration_progress(task, times, 100 * DAY, _clock(plan))["percent_complete"]
    assert tiny == 100 * 10 / (100 * DAY)
    assert shown_percent(tiny) == 1
    near = replace(task, percent_complete=99.5)
    almost = typed_duration_progress(near, times, DAY + 1, _clock(plan))["percent_complete"]
    assert almost == 100 * 478 / (DAY + 1)
    assert shown_percent(almost) == 99
    # under a minute done (10 % of one minute) stays a share of the new duration: started
    speck = replace(task, duration_minutes=1, percent_complete=10)
    kept = typed_duration_progress(speck, times, 2, _clock(plan))["percent_complete"]
    assert kept == 5.0


def test_an_actual_duration_sets_percent_or_finishes_the_task_at_that_length():
    task = Task(1, duration_minutes=5 * DAY)
    plan = _plan(task)
    times = schedule(plan)[1]
    clock = _clock(plan)
    assert typed_actual_duration(task, times, 2 * DAY, clock) == {
        "percent_complete": 40.0,
        "actual_start": MON,
        "actual_finish": None,
    }
    assert typed_actual_duration(task, times, 7 * DAY, clock) == {
        "percent_complete": 100.0,
        "actual_start": MON,
        "actual_finish": datetime(2027, 3, 9, 17, 0),
        "duration_minutes": 7 * DAY,
    }
    started = replace(task, percent_complete=40, actual_start=MON)
    assert typed_actual_duration(started, times, 0, clock) == {
        "percent_complete": 0.0,
        "actual_start": None,
        "actual_finish": None,
    }
    with pytest.raises(InputError):
        typed_actual_duration(task, times, -1, clock)


def test_a_remaining_duration_keeps_the_work_done():
    task = Task(1, duration_minutes=5 * DAY, percent_complete=60, actual_start=MON)
    plan = _plan(task)
    times = schedule(plan)[1]
    clock = _clock(plan)
    assert typed_remaining_duration(task, times, 7 * DAY, clock) == {
        "duration_minutes": 10 * DAY,
        "percent_complete": 30.0,
        "actual_finish": None,
    }
    assert typed_remaining_duration(task, times, 0, clock) == {
        "duration_minutes": 3 * DAY,
        "percent_complete": 100.0,
        "actual_finish": datetime(2027, 3, 3, 17, 0),
    }
    fresh = Task(1, duration_minutes=5 * DAY)
    assert typed_remaining_duration(fresh, times, 2 * DAY, clock) == {"duration_minutes": 2 * DAY}


def test_a_milestone_reached_late_moves_whole():
    gate = Task(1, "Gate", duration_minutes=0, milestone=True)
    plan = _plan(gate)
    reached = datetime(2027, 3, 3, 17, 0)
    fields = typed_actual_finish(gate, schedule(plan)[1], reached, _clock(plan))
    assert fields == {"percent_complete": 100.0, "actual_start": reached, "actual_finish": reached}
    plan.update_task(replace(gate, **fields))
    times = schedule(plan)[1]
    assert (times.start, times.finish, times.duration_minutes) == (reached, reached, 0)


def test_the_one_task_clock_is_the_engines_calendar_for_the_task():
    plan = make_plan(600, 700, 3, 12)  # people and tasks on three calendars
    start = datetime(2026, 1, 5, 8, 0)
    for task in plan.tasks[1::7]:
        for ignored in (False, True):
            task = replace(task, ignore_resource_calendar=ignored)
            mine, engines = task_clock(plan, task), TaskClocks(plan).of(task)
            assert mine.add(start, 37 * DAY) == engines.add(start, 37 * DAY), task.uid


def test_an_elapsed_task_counts_calendar_time():
    task = Task(1, duration_minutes=3 * 24 * 60, elapsed=True)  # 3ed from Mon 08:00
    plan = _plan(task)
    clock = task_clock(plan, task)
    finish = datetime(2027, 3, 6, 8, 0)  # Saturday morning: 5 calendar days
    fields = typed_actual_finish(task, schedule(plan)[1], finish, clock)
    assert fields["duration_minutes"] == 5 * 24 * 60


def test_a_manual_task_bar_is_its_actual_dates():
    task = Task(
        1, duration_minutes=2 * DAY, manual=True, start=MON, finish=datetime(2027, 3, 2, 17, 0)
    )
    plan = _plan(task)
    clock = _clock(plan)
    late = datetime(2027, 3, 4, 17, 0)
    fields = typed_actual_finish(task, schedule(plan)[1], late, clock)
    assert (fields["start"], fields["finish"], fields["duration_minutes"]) == (MON, late, 4 * DAY)
    plan.update_task(replace(task, **fields))
    assert (schedule(plan)[1].start, schedule(plan)[1].finish) == (MON, late)
