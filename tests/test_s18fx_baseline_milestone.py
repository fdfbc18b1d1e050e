"""A milestone's baseline is MS Project's grey diamond (Tracking Gantt after Set Baseline):
at the baseline finish, under the task's own diamond, in the window and in print (both
paint through app/report/bar_paint.py). It was a 2-pixel speck."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from app.domain.baseline import BaselineEntry
from app.domain.schedule import TaskTimes
from app.domain.task import Task
from app.report.bar_paint import paint_bar
from app.report.bars import BarKind, bar_geometry
from app.report.chart_options import ChartOptions
from app.report.colors import Colors
from app.report.timescale import Timescale, level_named

TS = Timescale(datetime(2026, 1, 5), 26.0, level_named("days"))  # 26 px a day
ROW = 20.0
SIGN_OFF = datetime(2026, 1, 7, 17, 0)
PLANNED = datetime(2026, 1, 6, 17, 0)  # the baseline: a day earlier


def _milestone(baseline: BaselineEntry | None = None, show: bool = True):
    times = TaskTimes(SIGN_OFF, SIGN_OFF, 0, SIGN_OFF, SIGN_OFF, SIGN_OFF, SIGN_OFF)
    task = Task(4, "Design approved", milestone=True)
    return bar_geometry(
        task,
        times,
        TS,
        0,
        ROW,
        summary=False,
        progress_at=None,
        baseline=baseline,
        show_baseline=show,
    )


def test_s18fx_a_milestones_baseline_is_a_diamond_at_its_baseline_finish_under_its_own():
    g = _milestone(BaselineEntry(4, PLANNED, PLANNED))
    assert g.kind is BarKind.MILESTONE
    cx, cy, half = g.baseline_diamond
    assert cx == pytest.approx(TS.x_of(PLANNED))
    assert half >= 3  # a diamond, not a speck
    assert cy - half >= g.bottom  # under the task's own diamond
    assert cy + half <= ROW  # inside its row
    # hidden baselines, or none saved: no diamond
    assert _milestone(BaselineEntry(4, PLANNED, PLANNED), show=False).baseline_diamond is None
    assert _milestone(None).baseline_diamond is None


def test_s18fx_a_tasks_baseline_stays_a_bar():
    start, finish = datetime(2026, 1, 5, 8), datetime(2026, 1, 7, 17)
    times = TaskTimes(start, finish, 1440, start, finish, start, finish)
    base = BaselineEntry(1, start, finish)
    g = bar_geometry(
        Task(1, "Build"),
        times,
        TS,
        0,
        ROW,
        summary=False,
        progress_at=None,
        baseline=base,
        show_baseline=True,
    )
    assert g.baseline == (pytest.approx(TS.x_of(start)), pytest.approx(TS.x_of(finish)))
    assert g.baseline_diamond is None


def test_s18fx_the_painted_baseline_milestone_is_a_grey_diamond(qapp):
    g = _milestone(BaselineEntry(4, PLANNED, PLANNED))
    cx, cy, half = g.baseline_diamond
    image = QImage(200, int(ROW), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    paint_bar(p, g, ChartOptions())
    p.end()
    grey = Colors.baseline.rgb()

    def at(dx: float, dy: float) -> int:
        return image.pixel(round(cx + dx), round(cy + dy))

    assert at(0, 0) == grey  # its centre
    assert at(-half + 1.5, 0) == grey  # wide, not a speck
    assert at(half - 1.5, 0) == grey
    assert at(-half + 1, -half + 1) != grey  # a diamond: its box's corners are empty
    assert at(half - 1, half - 1) != grey
