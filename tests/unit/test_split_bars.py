"""A split task's bar: working parts joined by a dotted line (geometry, no Qt)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.plan import Plan
from app.domain.progress_points import ProgressPoints
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task
from app.domain.worktime import WorkTime
from app.report.bars import BarKind, bar_geometry, split_pieces
from app.report.timescale import Timescale, level_named

DAY = 480
TS = Timescale(datetime(2026, 1, 5), 26.0, level_named("days"))  # 26 px a day
ROW = 20.0


def _scheduled(task: Task):
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    plan.append_task(task)
    wt = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    return plan, schedule(plan)[task.uid], wt


def test_pieces_are_the_working_parts_around_the_pause():
    task = Task(1, "Split", duration_minutes=5 * DAY, splits=(Split(2 * DAY, DAY),))
    _plan, times, wt = _scheduled(task)
    assert split_pieces(task, times, wt) == (
        (datetime(2026, 1, 5, 8), datetime(2026, 1, 6, 17)),
        (datetime(2026, 1, 8, 8), datetime(2026, 1, 12, 17)),  # over the weekend
    )
    assert split_pieces(Task(2, "Plain"), times, wt) == ()


def test_split_bar_geometry_and_progress_skip_the_pause():
    task = Task(
        1, "Split", duration_minutes=4 * DAY, splits=(Split(2 * DAY, DAY),), percent_complete=75
    )
    plan, times, wt = _scheduled(task)
    pieces = split_pieces(task, times, wt)
    at = ProgressPoints(plan, schedule(plan)).point(1)  # complete through, on its calendar
    g = bar_geometry(task, times, TS, 0, ROW, summary=False, pieces=pieces, progress_at=at)
    assert g.kind is BarKind.TASK
    assert len(g.segments) == 2
    (a0, a1), (b0, b1) = g.segments
    assert (g.x0, g.x1) == (pytest.approx(a0), pytest.approx(b1))
    assert a1 < b0  # the pause is a hole in the bar
    # 75 % of the work: all of the first part and half of the second's working time (its
    # first day through 17:00), not half its drawn width (which reaches into the night)
    assert g.progress_x == pytest.approx(TS.x_of(datetime(2026, 1, 8, 17)))
    assert b0 < g.progress_x < b0 + (b1 - b0) / 2
    plain = bar_geometry(task, times, TS, 0, ROW, summary=False, progress_at=at)
    assert plain.segments == ()


def test_last_part_ends_at_the_scheduled_finish():
    """A manual split task (or one on its people's calendars) ends where the schedule says."""
    task = Task(
        1,
        "Manual",
        duration_minutes=3 * DAY,
        splits=(Split(DAY, DAY),),
        manual=True,
        start=datetime(2026, 1, 5, 8),
        finish=datetime(2026, 1, 9, 17),
    )
    _plan, times, wt = _scheduled(task)
    assert times.finish == datetime(2026, 1, 9, 17)
    pieces = split_pieces(task, times, wt)
    assert pieces[0] == (datetime(2026, 1, 5, 8), datetime(2026, 1, 5, 17))
    assert pieces[-1] == (datetime(2026, 1, 7, 8), datetime(2026, 1, 9, 17))
