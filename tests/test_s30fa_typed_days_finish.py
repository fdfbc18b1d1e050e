"""A task's dates follow the hours typed day by day (task s30fa, finding s30rv H1): a person's
work left is laid after their last typed day, and the task (so its successors and the
project) finishes with the latest of them, as MS Project's task finishes with its latest
assignment."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.cli import main
from app.domain.assignment_work import apply_edit
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.typed_actuals import actual_typing_edit
from app.formats import read_plan, write_plan
from tests.test_s30ta_actual_days import H, interviews

WED = date(2027, 1, 6)


def _with_report() -> Plan:
    """The Interviews plan with 'Report' (2d) after it."""
    plan = interviews()
    plan.append_task(Task(2, "Report", duration_minutes=2 * 480))
    plan.add_link(Link(1, 2))
    return plan


def _type(plan: Plan, uid: int, day: date, minutes: float):
    """Type the hours as the Usage band does; returns what undo puts back."""
    return apply_edit(plan, actual_typing_edit(plan, schedule(plan), uid, day, day, minutes))


def _finish(plan: Plan, uid: int = 1) -> datetime:
    return schedule(plan)[uid].finish


def test_s30fa_aisha_typed_on_wednesday_pushes_the_finish_and_the_successor():
    plan = _with_report()
    assert _finish(plan) == datetime(2027, 1, 8, 17, 0)
    _type(plan, 1, date(2027, 1, 4), 8 * H)  # Maria started Monday
    _type(plan, 2, WED, 8 * H)  # Aisha only on Wednesday: her 32h left run to Tue 12
    result = schedule(plan)
    assert result[1].finish == datetime(2027, 1, 12, 17, 0)  # her last remaining day
    assert result[2].start == datetime(2027, 1, 13, 8, 0)  # Report waits for her
    assert result[2].finish == datetime(2027, 1, 14, 17, 0)
    assert plan.task(1).actual_start == datetime(2027, 1, 4, 8, 0)


def test_s30fa_a_day_typed_in_march_moves_the_project_finish():
    plan = _with_report()
    _type(plan, 1, date(2027, 1, 4), 8 * H)
    _type(plan, 1, date(2027, 3, 1), 3 * H)  # Mon 1 March: her 29h left from Tue 2
    result = schedule(plan)
    assert result[1].finish == datetime(2027, 3, 5, 14, 0)  # 8h x 3 + 5h: Tue 2 to Fri 5
    assert result[2].start == datetime(2027, 3, 5, 14, 0)
    assert schedule(plan).finish == datetime(2027, 3, 9, 14, 0)  # the project's finish


def test_s30fa_undo_puts_the_finish_back_and_clearing_the_day_lays_it_anew():
    plan = _with_report()
    _type(plan, 1, date(2027, 1, 4), 8 * H)
    was = (plan.task(1), list(plan.assignments_of_task(1)))
    undo = _type(plan, 2, WED, 8 * H)
    assert _finish(plan) == datetime(2027, 1, 12, 17, 0)
    apply_edit(plan, undo)
    assert (plan.task(1), list(plan.assignments_of_task(1))) == was
    assert _finish(plan) == datetime(2027, 1, 8, 17, 0)
    _type(plan, 2, WED, 8 * H)
    _type(plan, 2, WED, 0)  # the day cleared: the span follows the work left (s31fd)
    assert _finish(plan) == datetime(2027, 1, 8, 17, 0)
    assert plan.task(1).duration_minutes == 5 * 480


def test_s30fa_typed_as_planned_keeps_the_length_and_less_runs_over():
    plan = _with_report()
    _type(plan, 1, date(2027, 1, 4), 8 * H)
    _type(plan, 2, date(2027, 1, 4), 8 * H)  # both as planned: the task keeps its 5d
    assert plan.task(1).duration_minutes == 5 * 480
    assert _finish(plan) == datetime(2027, 1, 8, 17, 0)
    _type(plan, 2, date(2027, 1, 4), 6 * H)  # Aisha's 2h not done Monday follow her 32h
    assert _finish(plan) == datetime(2027, 1, 11, 10, 0)


@pytest.mark.parametrize("ext", [".xml", ".gantry", ".xlsx"])
def test_s30fa_round_trip_keeps_the_pushed_finish(tmp_path, capsys, ext):
    plan = _with_report()
    _type(plan, 1, date(2027, 1, 4), 8 * H)
    _type(plan, 2, WED, 8 * H)
    source = tmp_path / "iv.gantry"
    write_plan(plan, source)
    other = tmp_path / f"back{ext}"
    write_plan(plan, other)
    back = read_plan(other)
    assert schedule(back)[1].finish == datetime(2027, 1, 12, 17, 0)
    assert schedule(back)[2].start == datetime(2027, 1, 13, 8, 0)
    capsys.readouterr()
    assert main(["diff", str(source), str(other)]) == 0
    assert "no changes" in capsys.readouterr().out


def test_s30fa_cli_progress_on_a_later_day_moves_the_finish(tmp_path, capsys):
    path = tmp_path / "iv.gantry"
    write_plan(_with_report(), path)
    for who, day in (("Maria", "2027-01-04"), ("Aisha", "2027-01-06")):
        args = ["progress", str(path), "--task", "1", "--person", who]
        assert main([*args, "--actual-work", "8h", "--on", day]) == 0
    capsys.readouterr()
    assert main(["schedule", str(path)]) == 0
    out = capsys.readouterr().out
    assert "2027-01-12 17:00" in next(r for r in out.splitlines() if "Interviews" in r)
    assert "2027-01-13 08:00" in next(r for r in out.splitlines() if "Report" in r)


def test_s30fa_a_delayed_person_keeps_the_stretch_when_days_are_typed_and_cleared():
    from app.domain.assignment_delay import delay_edit

    plan = _with_report()
    apply_edit(plan, delay_edit(plan, 2, 2 * 480))  # Aisha 2d later: the task lasts 7d
    assert _finish(plan) == datetime(2027, 1, 12, 17, 0)
    _type(plan, 1, date(2027, 1, 4), 8 * H)
    _type(plan, 1, date(2027, 1, 4), 0)
    assert plan.task(1).duration_minutes == 7 * 480
    assert _finish(plan) == datetime(2027, 1, 12, 17, 0)
