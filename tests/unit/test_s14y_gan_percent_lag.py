"""A link whose lag is a percentage of its predecessor (MS Project's FS-50%) written as
GanttProject, which keeps lags only in days: found converting the shared
Software-Development.xml to .gan, where three such links came back with no lag and the
finish moved 17 days later, without a note. Pinned as a known defect (strict xfail) until
app/io/gan_write.py writes the lag's days or formats.not_kept says it is lost."""

from __future__ import annotations

from datetime import datetime

import pytest

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


@pytest.mark.xfail(strict=True, reason="a percent lag is written as 0 days, silently")
def test_a_percent_lag_keeps_its_successor_in_place_or_is_named(tmp_path):
    plan = _plan()
    start = schedule(plan).times[2].start
    path = tmp_path / "lag.gan"
    write_gan(plan, path)
    back = read_gan(path)
    moved = schedule(back).times[2].start != start
    notes = " ".join(not_kept(plan, ".gan")).lower()
    assert not moved or "lag" in notes
