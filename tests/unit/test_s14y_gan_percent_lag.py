"""A link whose lag is a percentage of its predecessor (MS Project's FS-50%) written as
GanttProject, which keeps lags only in days: found converting the shared
Software-Development.xml to .gan, where three such links came back with no lag and the
finish moved 17 days later, without a note. The lag is now written as that share of the
predecessor's duration in days, and formats.not_kept says so."""

from __future__ import annotations

from datetime import datetime

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import not_kept
from app.io.gan import read_gan
from app.io.gan_write import write_gan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    """'Design' 10 days, 'Build' starting when half of it is done (FS-50%)."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=10 * DAY))
    plan.append_task(Task(2, "Build", duration_minutes=5 * DAY))
    plan.add_link(Link(1, 2, lag_percent=-50.0))
    return plan


def test_a_percent_lag_keeps_its_successor_in_place(tmp_path):
    plan = _plan()
    start = schedule(plan).times[2].start
    path = tmp_path / "lag.gan"
    write_gan(plan, path)
    back = read_gan(path)
    assert schedule(back).times[2].start == start
    (link,) = back.links
    assert link.lag_minutes == -5 * DAY


def test_the_gan_note_names_percentage_lags_and_part_days():
    plan = _plan()
    plan.append_task(Task(3, "Review", duration_minutes=DAY // 2))
    plan.add_link(Link(2, 3, lag_minutes=DAY + 60))
    (line,) = [n for n in not_kept(plan, ".gan") if "whole days" in n]
    assert "1 duration and 1 lag not of whole days rounded to the day" in line
    assert "1 percentage lag written as days of the predecessor's duration" in line
    assert not [n for n in not_kept(_whole_day_plan(), ".gan") if "whole days" in n]


def _whole_day_plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=10 * DAY))
    plan.append_task(Task(2, "Build", duration_minutes=5 * DAY))
    plan.add_link(Link(1, 2, lag_minutes=2 * DAY))
    return plan
