"""Taking actual work away (task s31ad): Aisha's Wednesday stretched Interviews to Tue 12.
Clearing the day itself (the Usage band, ``progress --on``) lays the span anew from where the
work now lies, never shorter than the people's own 5 days, so the bar, Usage and Report agree
(s31fd, reviewer s31rv #3); a total typed (Assignment Information, the Tracking table's Actual
Work, ``progress --percent 0``) leaves the task 7 days long. Undo puts back exactly what was
there before each step."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.cli import main
from app.domain.actual_work_entry import typed_assignment_actual_work, typed_task_actual_work
from app.domain.assignment_work import apply_edit
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.tracking_edits import task_clock
from app.formats import read_plan, write_plan
from tests.test_s30fa_typed_days_finish import WED, _finish, _type, _with_report
from tests.test_s30ta_actual_days import H

MON = date(2027, 1, 4)
STRETCHED = datetime(2027, 1, 12, 17, 0)  # Aisha's 32h left after her Wednesday


def _stretched() -> Plan:
    plan = _with_report()
    _type(plan, 1, MON, 8 * H)  # Maria started Monday
    _type(plan, 2, WED, 8 * H)  # Aisha only Wednesday
    assert plan.task(1).duration_minutes == 7 * 480
    assert _finish(plan) == STRETCHED
    return plan


def _kept(plan: Plan) -> None:
    """Interviews still lasts its stretched 7 days; Report still waits for it."""
    assert plan.task(1).duration_minutes == 7 * 480
    result = schedule(plan)
    assert result[1].finish == STRETCHED
    assert result[2].start == datetime(2027, 1, 13, 8, 0)


def _laid_anew(plan: Plan) -> None:
    """Interviews back to its people's 5 days (Maria's Monday, the rest after it): the bar ends
    where Usage lays the work (s31fd, reviewer s31rv #3); Report follows it."""
    assert plan.task(1).duration_minutes == 5 * 480
    result = schedule(plan)
    assert result[1].finish == datetime(2027, 1, 8, 17, 0)
    assert result[2].start == datetime(2027, 1, 11, 8, 0)


def test_s31ad_clearing_the_day_in_the_band_lays_the_span_anew_and_undo_puts_it_back():
    plan = _stretched()
    was = (plan.task(1), list(plan.assignments_of_task(1)))
    undo = _type(plan, 2, WED, 0)
    assert plan.assignment(2).actual_days == ()
    assert plan.assignment(2).actual_work_minutes == 0
    _laid_anew(plan)
    apply_edit(plan, undo)  # Aisha's Wednesday is back, the task as it was
    assert (plan.task(1), list(plan.assignments_of_task(1))) == was


def test_s31ad_less_hours_stretch_less_and_earlier_hours_lay_it_anew():
    plan = _stretched()
    _type(plan, 2, WED, 4 * H)  # a smaller figure: her 36h left run to Wed 13 12:00
    grown = datetime(2027, 1, 13, 12, 0)
    assert plan.task(1).duration_minutes == 7 * 480 + 4 * H
    assert _finish(plan) == grown
    _type(plan, 2, WED, 0)
    _type(plan, 2, MON, 8 * H)  # moved to Monday: her work ends Friday, so does the task
    _laid_anew(plan)
    assert plan.task(1).actual_start == datetime(2027, 1, 4, 8, 0)


def test_s31ad_more_hours_later_still_stretch_it():
    plan = _stretched()
    _type(plan, 2, WED, 0)
    _type(plan, 2, date(2027, 1, 11), 8 * H)  # Mon 11: her 32h left run to Fri 15
    assert _finish(plan) == datetime(2027, 1, 15, 17, 0)


def test_s31ad_assignment_information_zero_keeps_the_length():
    plan = _stretched()
    times = schedule(plan)[1]
    was = (plan.task(1), list(plan.assignments_of_task(1)))
    edit = typed_assignment_actual_work(plan, 2, times, 0, task_clock(plan, plan.task(1)))
    undo = apply_edit(plan, edit)
    assert plan.assignment(2).actual_days == ()
    assert plan.assignment(2).actual_work_minutes == 0
    _kept(plan)
    apply_edit(plan, undo)
    assert (plan.task(1), list(plan.assignments_of_task(1))) == was


def test_s31ad_tracking_table_actual_work_zero_keeps_the_length():
    plan = _stretched()
    times = schedule(plan)[1]
    edit = typed_task_actual_work(plan, 1, times, 0, task_clock(plan, plan.task(1)))
    apply_edit(plan, edit)
    assert [a.actual_days for a in plan.assignments_of_task(1)] == [(), ()]
    assert plan.task(1).actual_start is None
    assert plan.task(1).percent_complete == 0
    _kept(plan)


@pytest.mark.parametrize(
    "args",
    [
        ["--percent", "0"],
        ["--actual-work", "0h"],
        ["--actual-work", "0h", "--person", "Aisha"],
    ],
    ids=["percent", "task-actual-work", "person"],
)
def test_s31ad_progress_clearing_keeps_the_length(tmp_path, capsys, args):
    path = tmp_path / "iv.gantry"
    write_plan(_stretched(), path)
    assert main(["progress", str(path), "--task", "1", *args]) == 0
    capsys.readouterr()
    back = read_plan(path)
    assert back.assignment(2).actual_days == ()
    assert back.assignment(2).actual_work_minutes == 0
    _kept(back)


def test_s31fd_progress_on_the_day_cleared_lays_the_span_anew(tmp_path, capsys):
    path = tmp_path / "iv.gantry"
    write_plan(_stretched(), path)
    args = ["--actual-work", "0h", "--person", "Aisha", "--on", "2027-01-06"]
    assert main(["progress", str(path), "--task", "1", *args]) == 0
    assert "duration 5d (was 7d)" in capsys.readouterr().out
    back = read_plan(path)
    assert back.assignment(2).actual_days == ()
    _laid_anew(back)
