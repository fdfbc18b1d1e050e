"""The progress bar ends where the task's work is complete through, as the progress line's point.

MS Project's progress bar runs from the start to the task's Complete Through: the start
plus its % complete of the working time on the task's calendar. A task under way across a
weekend 40 % done of 5 days (Wed..Tue) is complete through Thursday 17:00; its bar's share
of the calendar span would reach into Saturday. Dragging the edge is the inverse: to x, the
% whose complete-through is x. The window, the printout and the PNG share GanttPainter.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.progress_points import ProgressPoints, complete_through, percent_through
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.status_report import gather_status
from app.domain.task import Task
from app.domain.worktime import WorkTime
from app.report.chart_options import ChartRow
from app.report.gantt_paint import ChartOptions, GanttPainter
from app.report.timescale import Timescale, level_named

DAY = 480
WED = datetime(2027, 3, 3, 8, 0)  # a Wednesday
THU_END = datetime(2027, 3, 4, 17, 0)
TS = Timescale(datetime(2027, 3, 1), 26.0, level_named("days"))
ACROSS, SPLIT, FRESH, DONE = 1, 2, 3, 4


def _plan(percent: float = 40.0, split: float = 60.0) -> Plan:
    plan = Plan(project=Project(name="Bars", start=WED))
    plan.append_task(
        Task(ACROSS, "Across the weekend", 1, 5 * DAY, percent_complete=percent, actual_start=WED)
    )
    # 5 days, paused after its first two (Wed, Thu) for three working days
    plan.append_task(
        Task(SPLIT, "Split", 1, 5 * DAY, splits=(Split(2 * DAY, 3 * DAY),), percent_complete=split)
    )
    plan.append_task(Task(FRESH, "Not started", 1, 5 * DAY))
    plan.append_task(Task(DONE, "Done", 1, 5 * DAY, percent_complete=100.0, actual_start=WED))
    return plan


def _painter(plan: Plan) -> GanttPainter:
    return GanttPainter(plan, schedule(plan), TS, ChartOptions())


def _bar(painter: GanttPainter, uid: int):
    geom = painter.geometry(ChartRow(uid, (uid - 1) * 20.0, 20.0))
    assert geom is not None
    return geom


def test_s27pb_the_bar_ends_at_the_progress_point_not_the_calendar_share() -> None:
    plan = _plan()
    painter = _painter(plan)
    g = _bar(painter, ACROSS)
    # 40 % of Wed..Tue's 5 working days is Wed and Thu: through Thursday 17:00
    assert g.progress_x == pytest.approx(TS.x_of(THU_END))
    times = painter.schedule[ACROSS]
    share = TS.x_of(times.start) + (TS.x_of(times.finish) - TS.x_of(times.start)) * 0.4
    assert share > TS.x_of(datetime(2027, 3, 5, 17))  # the old edge: past Friday evening
    # The progress line's point for the row is the same moment
    point = ProgressPoints(plan, painter.schedule).point(ACROSS)
    assert point == THU_END
    assert g.progress_x == pytest.approx(TS.x_of(point))


def test_s27pb_a_split_bar_and_the_ends_agree_with_the_points() -> None:
    plan = _plan()
    painter = _painter(plan)
    points = ProgressPoints(plan, painter.schedule)
    g = _bar(painter, SPLIT)
    assert len(g.segments) == 2
    # 60 %: the first part's two days and one of the second part's three
    point = points.point(SPLIT)
    assert point is not None
    assert g.progress_x == pytest.approx(TS.x_of(point))
    assert g.segments[1][0] < g.progress_x < g.segments[1][1]
    assert _bar(painter, FRESH).progress_x == pytest.approx(_bar(painter, FRESH).x0)
    done = _bar(painter, DONE)
    assert done.progress_x == pytest.approx(done.x1)


def test_s27pb_dragging_the_edge_sets_the_percent_complete_through_there() -> None:
    painter = _painter(_plan())
    at = painter.percent_at
    assert at(ACROSS, TS.x_of(THU_END)) == 40.0
    # A weekend holds no work: dropped on Saturday noon, the work through Friday
    assert at(ACROSS, TS.x_of(datetime(2027, 3, 6, 12))) == 60.0
    # Monday 12:00: Wed, Thu, Fri and Monday's morning, 28 of 40 hours
    assert at(ACROSS, TS.x_of(datetime(2027, 3, 8, 12))) == 70.0
    assert at(ACROSS, TS.x_of(WED) - 30) == 0.0
    assert at(ACROSS, TS.x_of(datetime(2027, 3, 12))) == 100.0
    # Into the split task's pause: the first part's work (2 of 5 days)
    g = _bar(painter, SPLIT)
    (_a0, a1), (b0, _b1) = g.segments
    assert at(SPLIT, (a1 + b0) / 2) == 40.0
    assert at(99, 100.0) is None


@pytest.mark.parametrize("percent", [5.0, 25.0, 40.0, 56.0, 80.0, 95.0])
def test_s27pb_what_is_drawn_for_a_percent_drags_back_to_it(percent: float) -> None:
    painter = _painter(_plan(percent, percent))
    for uid in (ACROSS, SPLIT):
        assert painter.percent_at(uid, _bar(painter, uid).progress_x) == percent


def test_s27pb_percent_through_inverts_complete_through() -> None:
    clock = WorkTime.continuous()
    parts = (
        (datetime(2027, 3, 1), datetime(2027, 3, 2)),
        (datetime(2027, 3, 4), WED.replace(day=5)),
    )
    for pct in (0.0, 10.0, 50.0, 75.0, 100.0):
        assert percent_through(parts, clock, complete_through(parts, clock, pct)) == pct
    # A part without working time (a milestone's): nothing before it, all after it
    point = ((WED, WED),)
    assert percent_through(point, clock, WED.replace(hour=7)) == 0.0
    assert percent_through(point, clock, WED) == 100.0


def test_s27pb_the_status_report_s_phase_bars_end_there_too() -> None:
    plan = _plan()
    sched = schedule(plan)
    report = gather_status(plan, sched, compute_costs(plan, sched), THU_END)
    lines = {line.uid: line for line in report.phases}
    assert lines[ACROSS].complete_through == THU_END  # the Gantt's bar's edge, the line's point
    assert lines[FRESH].complete_through is None  # nothing done: no progress drawn
    assert lines[DONE].complete_through is None  # all done: the whole bar
