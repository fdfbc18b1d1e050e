"""The Gantt bar of a task whose work left waits for its links: done part, pause, work left.

MS Project draws a task split in progress ("Split in-progress tasks") as a split bar:
the work done where it ran, a dotted pause, the work left once the predecessor allows.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.splits import Split, TaskClocks
from app.domain.task import Task
from app.report.chart_options import ChartRow
from app.report.gantt_paint import ChartOptions, GanttPainter
from app.report.timescale import Timescale, level_named

DAY = 480
MON = datetime(2027, 3, 1, 8, 0)
TUE = datetime(2027, 3, 2, 8, 0)
TS = Timescale(datetime(2027, 3, 1), 26.0, level_named("days"))


def _plan(percent: float = 20.0) -> Plan:
    """A (4d from Mon, 50 %) -> B (5d, started Tue at ``percent``)."""
    plan = Plan(project=Project(name="Out of sequence", start=MON))
    plan.append_task(
        Task(1, "A", 1, duration_minutes=4 * DAY, percent_complete=50.0, actual_start=MON)
    )
    plan.append_task(
        Task(2, "B", 1, duration_minutes=5 * DAY, percent_complete=percent, actual_start=TUE)
    )
    plan.links = [Link(1, 2)]
    return plan


def _bar(plan: Plan):
    painter = GanttPainter(plan, schedule(plan), TS, ChartOptions())
    return painter.geometry(ChartRow(2, 0.0, 20.0))


def test_s21os_the_bar_shows_the_done_part_the_pause_and_the_work_left():
    g = _bar(_plan())
    assert len(g.segments) == 2
    (a0, a1), (b0, b1) = g.segments
    # the done day Tue 2, a pause Wed-Thu while A runs, the 4 days left Fri 5 .. Wed 10
    assert (a0, a1) == (
        pytest.approx(TS.x_of(TUE)),
        pytest.approx(TS.x_of(datetime(2027, 3, 2, 17))),
    )
    assert (b0, b1) == (pytest.approx(TS.x_of(datetime(2027, 3, 5, 8))), pytest.approx(g.x1))
    # 20 % done is the whole first part and nothing of the second
    assert g.progress_x == pytest.approx(a1)


def test_s21os_a_task_in_sequence_or_split_by_the_user_draws_as_before():
    plan = _plan()
    plan.links = []
    assert _bar(plan).segments == ()
    plan.update_task(replace(plan.task(2), splits=(Split(DAY, DAY),)))
    g = _bar(plan)
    assert len(g.segments) == 2
    assert g.segments[1][0] == pytest.approx(TS.x_of(datetime(2027, 3, 4, 8)))


def test_s21os_nothing_done_yet_draws_the_work_left_whole():
    # started Tue at 0 %: all the work waits for A; no done part to draw apart
    plan = _plan(0.0)
    times = schedule(plan)[2]
    assert TaskClocks(plan).parts(plan.task(2), times) == (
        (datetime(2027, 3, 5, 8), datetime(2027, 3, 11, 17)),
    )
    assert _bar(plan).segments == ()
