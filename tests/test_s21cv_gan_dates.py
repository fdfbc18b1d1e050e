"""A .gan keeps the dates Gantry scheduled where GanttProject's whole days can hold them.

GanttProject has no pauses, no elapsed lags and no hours per day; its reader (ours too)
counts a day as a working day of the calendar. Found: a split task was written with its
working duration (so it ended sooner, its successors with it), an elapsed lag as if it
were working time (2ed became 6 working days), and a plan of 7.5 h days on an 8:00-17:00
calendar wrote a 20d task as 20 days though it spans 18.75 of the calendar's days.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from app import formats
from app.domain.dates_not_kept import dates_not_kept
from app.domain.diff_dates import date_moves
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task

MON = datetime(2027, 1, 4, 8, 0)  # a Monday
DAY = 480


def _quiet(_line: str) -> None:
    pass


def _back(plan: Plan, tmp_path: Path) -> tuple[Plan, str]:
    out = tmp_path / "plan.gan"
    formats.write_plan(plan, out)
    return formats.read_plan(out, note=_quiet), out.read_text(encoding="utf-8")


def _moves(plan: Plan, back: Plan) -> list[str]:
    return [m.name for m in date_moves(plan, schedule(plan), back, schedule(back))]


def _duration(text: str, name: str) -> str:
    found = re.search(rf'name="{name}"[^>]* duration="(\d+)"', text)
    assert found is not None, name
    return found.group(1)


def _difference(text: str) -> list[str]:
    return re.findall(r'difference="(-?\d+)"', text)


def test_s21cv_split_task_keeps_its_finish_in_gan(tmp_path: Path):
    """2d of work split by a 3d pause spans 5 working days: written 5, not 2, so the task
    and its successor end where Gantry ends them."""
    plan = Plan(project=Project(name="Site", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=2 * DAY, splits=(Split(DAY, 3 * DAY),)))
    plan.append_task(Task(2, "Strip", duration_minutes=DAY))
    plan.add_link(Link(1, 2))
    back, text = _back(plan, tmp_path)
    assert _duration(text, "Pour") == "5"
    assert 'hardness="Strong"' in text  # Strip follows Pour, as in Gantry
    assert _moves(plan, back) == []
    assert "the splits of 1 task (written as the whole working days from start to finish)" in (
        dates_not_kept(plan, ".gan")
    )


def test_s21cv_elapsed_lag_keeps_the_successor_date(tmp_path: Path):
    """FS+3ed from a Friday evening lands on Monday evening: one working day, not the 9
    days of 8 h that 72 hours make; an elapsed percentage lag alike."""
    plan = Plan(project=Project(name="Site", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Cure", duration_minutes=DAY))
    plan.append_task(Task(3, "Paint", duration_minutes=DAY))
    plan.add_link(Link(1, 2, lag_minutes=3 * 1440, lag_elapsed=True))
    # 60e% of Pour's 5d (2400 working minutes) is 1440 minutes around the clock: Saturday
    # 17:00, which starts Paint on Monday, as a lag of 0 working days does
    plan.add_link(Link(1, 3, LinkType.FS, lag_percent=60, lag_elapsed=True))
    back, text = _back(plan, tmp_path)
    assert _difference(text) == ["1", "0"]
    assert _moves(plan, back) == []


def test_s21cv_elapsed_lead_keeps_the_successor_date(tmp_path: Path):
    """A lead of 2ed (SS-2ed from a Wednesday start) is two working days back."""
    wed = datetime(2027, 1, 6, 8, 0)
    plan = Plan(project=Project(name="Site", start=MON))
    plan.append_task(
        Task(
            1,
            "Pour",
            duration_minutes=DAY,
            constraint_type=ConstraintType.SNET,
            constraint_date=wed,
        )
    )
    plan.append_task(Task(2, "Prep", duration_minutes=DAY))
    plan.add_link(Link(1, 2, LinkType.SS, lag_minutes=-2 * 1440, lag_elapsed=True))
    back, text = _back(plan, tmp_path)
    assert _difference(text) == ["-2"]
    assert _moves(plan, back) == []


def test_s21cv_seven_and_a_half_hour_days_keep_their_dates(tmp_path: Path):
    """Hours per day 7.5 on the 8:00-17:00 calendar (MS Project's usual mismatch): a 16d
    task is 7200 minutes, 15 of the calendar's days; written 15, it ends where it ended
    and so does its successor. 15 days of 8 h read back are 7200 minutes: the same work."""
    plan = Plan(project=Project(name="Office", start=MON, minutes_per_day=450))
    plan.append_task(Task(1, "Design", duration_minutes=16 * 450))
    plan.append_task(Task(2, "Review", duration_minutes=8 * 450))  # 3600 minutes: 7.5 days
    plan.add_link(Link(1, 2))
    back, text = _back(plan, tmp_path)
    assert _duration(text, "Design") == "15"
    assert back.task(2).duration_minutes == 8 * DAY  # 7.5 days round to 8: 4 hours longer
    assert _moves(plan, back) == ["Review"]
    moved = date_moves(plan, schedule(plan), back, schedule(back))[0]
    assert moved.start.working == 0
    assert moved.finish.working == 4 * 60


def test_s21cv_task_starting_late_in_its_day_keeps_its_finish_day(tmp_path: Path):
    """MS Project's 7.5 h plans often start at 9:00: 9d of 7.5 h from Monday 9:00 ends on
    the 9th day, 13:30. Read back, the task starts at 8:00 on its day; 8 days of 8 h (its
    work alone) would end a day early, so the hour before its start counts: 9 days."""
    plan = Plan(project=Project(name="Office", start=MON.replace(hour=9), minutes_per_day=450))
    plan.append_task(Task(1, "Draft", duration_minutes=9 * 450))
    back, text = _back(plan, tmp_path)
    assert _duration(text, "Draft") == "9"
    finish = schedule(plan)[1].finish
    assert (finish.date(), finish.hour) == (datetime(2027, 1, 14).date(), 13)
    assert schedule(back)[1].finish.date() == finish.date()
