"""Progress of a split task: the pauses hold no work (Update Project, the progress bar)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.plan import Plan
from app.domain.progress_points import ProgressPoints
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.splits import Split, TaskClocks, work_before
from app.domain.task import Task
from app.domain.tracking import update_progress
from app.report.bars import bar_geometry, split_pieces
from app.report.timescale import Timescale, level_named

DAY = 480
MON = datetime(2026, 1, 5, 8)  # a Monday
TS = Timescale(datetime(2026, 1, 5), 26.0, level_named("days"))


def _end(day: int) -> datetime:
    return datetime(2026, 1, day, 17)


def _plan(task: Task) -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(task)
    return plan


def _split_task(**extra) -> Task:
    """5 days, work stops after Tuesday and resumes three working days later (Mon 12)."""
    return Task(1, "Pour", duration_minutes=5 * DAY, splits=(Split(2 * DAY, 3 * DAY),), **extra)


def test_the_sample_pauses_wednesday_to_friday():
    plan = _plan(_split_task())
    times = schedule(plan)[1]
    assert TaskClocks(plan).parts(plan.task(1), times) == (
        (MON, _end(6)),
        (datetime(2026, 1, 12, 8), _end(14)),
    )


@pytest.mark.parametrize(
    ("through", "percent"),
    [
        (_end(5), 20.0),  # Monday: one working day of five
        (_end(6), 40.0),  # the first part done
        (_end(7), 40.0),  # in the pause: nothing more is done (evenly spread said 38 %)
        (_end(9), 40.0),  # still paused on Friday (evenly spread said 62 %)
        (_end(12), 60.0),  # the second part's first day (evenly spread said 75 %)
    ],
)
def test_update_project_counts_only_the_working_parts(through, percent):
    plan = _plan(_split_task())
    updates = update_progress(plan, schedule(plan), through)
    assert len(updates) == 1
    assert updates[0].percent_complete == percent
    assert updates[0].actual_start == MON


def test_a_split_task_not_yet_past_its_progress_keeps_it():
    plan = _plan(_split_task(percent_complete=40.0, actual_start=MON))
    # Through Friday it should be 40 %: the same, so nothing to change.
    assert update_progress(plan, schedule(plan), _end(9)) == []


def test_work_before_skips_the_pauses():
    plan = _plan(_split_task())
    clocks = TaskClocks(plan)
    task = plan.task(1)
    parts = clocks.parts(task, schedule(plan)[1])
    wt = clocks.of(task)
    assert work_before(parts, wt, MON) == 0
    assert work_before(parts, wt, datetime(2026, 1, 6, 12)) == DAY + 4 * 60
    assert work_before(parts, wt, _end(9)) == 2 * DAY
    assert work_before(parts, wt, _end(20)) == 5 * DAY


def _geometry(task: Task):
    plan = _plan(task)
    result = schedule(plan)
    times = result[1]
    pieces = split_pieces(task, times, TaskClocks(plan).of(task))
    at = ProgressPoints(plan, result).point(1)  # complete through, as the painter gives it
    return bar_geometry(task, times, TS, 0, 20.0, summary=False, pieces=pieces, progress_at=at)


def _dragged_to(x: float) -> float:
    """The % a drag of the progress edge to ``x`` sets, as the chart works it out."""
    plan = _plan(_split_task())
    return ProgressPoints(plan, schedule(plan)).percent_at(1, TS.moment_at(x))


def test_progress_bar_of_a_task_40_percent_done_stops_at_the_pause():
    g = _geometry(_split_task(percent_complete=40.0))
    (_a0, a1), (b0, _b1) = g.segments
    # The first part holds 2 of the 5 days: 40 % fills it and nothing of the second,
    # though the second part's weekend makes it look longer than 3/5 of the bar.
    assert g.progress_x == pytest.approx(a1)
    assert g.progress_x < b0
    g60 = _geometry(_split_task(percent_complete=60.0))
    assert b0 < g60.progress_x < g60.segments[1][1]


def test_dragging_the_progress_edge_of_a_split_bar_counts_the_parts_only():
    g = _geometry(_split_task())
    (a0, a1), (b0, b1) = g.segments
    # Dragged into the pause: the first part's work, not the share of the bar's length.
    assert _dragged_to((a1 + b0) / 2) == 40.0
    assert _dragged_to(a1) == 40.0
    assert _dragged_to(a0 - 5) == 0.0
    assert _dragged_to(b1 + 5) == 100.0
    # What is drawn for a percent is where a drag to it gives that percent back.
    for pct in (10.0, 20.0, 40.0, 60.0, 80.0):
        drawn = _geometry(_split_task(percent_complete=pct)).progress_x
        assert _dragged_to(drawn) == pct
