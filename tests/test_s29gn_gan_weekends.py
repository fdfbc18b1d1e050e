"""A plan worked every day is saved to .gan as GanttProject's "tasks can run on weekends"
(weekends still shaded there), not as a week without weekends, and reads back the same."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from xml.etree.ElementTree import fromstring

from app.domain.calendar import STANDARD_DAY
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from app.io.gan import read_gan


def test_a_seven_day_week_is_written_as_work_on_weekends(tmp_path):
    plan = Plan(project=Project(name="P", start=datetime(2024, 1, 5, 8)))  # a Friday
    plan.append_task(Task(1, "Pour", 1, duration_minutes=3 * 480))
    cal = plan.calendar()
    plan.calendars[cal.uid] = replace(cal, week=(STANDARD_DAY,) * 7)
    path = tmp_path / "out.gan"
    write_plan(plan, path)
    types = fromstring(path.read_bytes()).find("calendars/day-types")
    assert types is not None
    week = types.find("default-week")
    assert week is not None
    assert (week.get("sat"), week.get("sun"), week.get("mon")) == (
        "1",
        "1",
        "0",
    )
    shown = types.find("only-show-weekends")
    assert shown is not None
    assert shown.get("value") == "true"
    back = read_gan(path)
    assert schedule(back)[1].finish == schedule(plan)[1].finish == datetime(2024, 1, 7, 17)
