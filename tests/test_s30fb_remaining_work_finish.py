"""Remaining Work typed after hours typed day by day (reviewer s30rv H4, L1): 0h left
finishes the task at the end of the last day worked, not its start plus the hours done, and
a changed duration keeps the task's unit (61h of a 5d task reads 7.63d), as MS Project. The
person's day entry names them, the day, and the task's actual work beside theirs."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

import pytest

from app.cli import main
from app.domain.remaining_work_entry import typed_task_remaining_work
from app.domain.scheduler import schedule
from app.domain.task import DurationUnit
from app.domain.tracking_edits import task_clock
from app.formats import read_plan, write_plan
from tests.test_s30ta_actual_days import H, interviews, typed


def _two_days():
    """Maria 8h on Mon 4, Aisha 8h on Tue 5 (16h of the 80h done)."""
    return typed(typed(interviews(), 1, date(2027, 1, 4), 8 * H), 2, date(2027, 1, 5), 8 * H)


def test_s30fb_no_work_left_finishes_at_the_end_of_the_last_day_worked():
    plan = _two_days()
    task, _people = typed_task_remaining_work(
        plan, 1, schedule(plan)[1], 0, task_clock(plan, plan.task(1))
    )
    assert task.percent_complete == 100.0
    assert task.actual_start == datetime(2027, 1, 4, 8)
    assert task.actual_finish == datetime(2027, 1, 5, 17)  # Aisha's Tuesday, not Mon 16:00
    assert task.duration_minutes == 2 * 480
    assert task.duration_unit is DurationUnit.DAYS


def test_s30fb_a_changed_duration_keeps_the_tasks_unit():
    plan = interviews()
    plan.update_task(replace(plan.task(1), percent_complete=10.0))
    task, _people = typed_task_remaining_work(
        plan, 1, schedule(plan)[1], 53 * H, task_clock(plan, plan.task(1))
    )
    assert task.duration_minutes % 480  # not whole days
    assert task.duration_unit is DurationUnit.DAYS


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "hours.gantry"
    write_plan(_two_days(), path)
    return path


def test_s30fb_progress_says_the_finish_and_duration_in_days(plan_file, capsys):
    assert main(["progress", str(plan_file), "--task", "1", "--remaining-work", "42h"]) == 0
    said = capsys.readouterr().out
    assert re.search(r"duration \d+\.\d+d \(was \d+d\)", said), said  # not 34.8h
    assert read_plan(plan_file).task(1).duration_unit is DurationUnit.DAYS
    assert main(["progress", str(plan_file), "--task", "1", "--remaining-work", "0h"]) == 0
    said = capsys.readouterr().out
    assert "actual finish Tue 2027-01-05 17:00, duration 2d (was " in said


def test_s30fb_a_persons_day_names_them_and_the_tasks_actual_work(plan_file, capsys):
    args = ["--person", "aisha", "--actual-work", "6h", "--on", "2027-01-06"]
    assert main(["progress", str(plan_file), "--task", "1", *args]) == 0
    said = capsys.readouterr().out
    assert "Aisha's actual work 6h on Wed 2027-01-06, task actual work 22h" in said
