"""The .gan note on durations 'not of whole days' counts the days the .gan is written in:
the project calendar's usual working day (767509d), not the plan's hours per day.

Found: a plan of 7.5 h days (MS Project's usual Hours per day) on the 8:00-17:00 calendar
said nothing of a 10d task (4,500 minutes: 9.4 of the calendar's days, written 9) and
named a 10d of 8 h one (4,800 minutes: 10 of them, kept) as rounded.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from app import formats
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.domain.whole_days_not_kept import usual_day_minutes, whole_days_not_kept

MON = datetime(2027, 1, 4, 8, 0)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Site", start=MON, minutes_per_day=450))
    plan.append_task(Task(1, "Pour", duration_minutes=4500))  # 10d of 7.5 h
    plan.append_task(Task(2, "Cure", duration_minutes=4800))  # 10 days of 8 h
    plan.append_task(Task(3, "Seal", duration_minutes=4800))
    plan.add_link(Link(1, 2, lag_minutes=450))  # a 7.5 h day: not a whole 8-hour one
    plan.add_link(Link(2, 3, lag_minutes=960))  # two 8-hour days
    return plan


def test_s21ti_counts_the_calendars_days(tmp_path: Path):
    plan = _plan()
    assert usual_day_minutes(plan) == 480
    assert whole_days_not_kept(plan, ".gan") == (
        ".gan keeps whole days only: 1 duration and 1 lag not of whole days rounded to the day"
    )
    # as written: Pour's is the one whose length changes read back
    out = tmp_path / "site.gan"
    formats.write_plan(plan, out)
    back = formats.read_plan(out, note=lambda _line: None)
    changed = [
        t.name
        for t, b in zip(plan.tasks, back.tasks, strict=True)
        if t.duration_minutes != b.duration_minutes
    ]
    assert changed == ["Pour"]


def test_s21ti_usual_day_is_the_most_common_weekday(tmp_path: Path):
    """Four 9-hour days and a 4-hour Friday: days of 9 h; no working weekday: the plan's."""
    plan = _plan()
    nine = ((480, 1020),)
    week = (nine, nine, nine, nine, ((480, 720),), (), ())
    plan.put_calendar(replace(plan.calendar(), week=week))
    assert usual_day_minutes(plan) == 540
    plan.put_calendar(replace(plan.calendar(), week=((),) * 7))
    assert usual_day_minutes(plan) == 450
