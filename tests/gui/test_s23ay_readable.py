"""Readable on any screen: the window opens within the screen it is on (1500 x 860 ran off
a 720p one), text is at least 4.5:1 on its background (chart axes, Scheduling issues, the
empty sheet's hint), and an empty chart shows no nonsense (00.250 on the time axis,
0.1-0.9 h, "cumulative cost ()")."""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette

from app.domain.earned_value_curve import SCurve
from app.ui.budget.s_curve_chart import SCurveChart
from app.ui.document import Document
from app.ui.models.blank_row import HINT_BRUSH
from app.ui.readable_colors import ISSUES_TEXT, contrast_ratio
from app.ui.team.workload_chart import EMPTY_TOP, WorkloadChart
from app.ui.window_fit import LARGEST, first_geometry, first_size
from tests.gui.conftest import build_plan

WHITE = QColor("white")


def test_s23ay_first_size_fits_a_720p_screen_and_grows_on_4k():
    laptop = QRect(0, 0, 1280, 680)  # 720p less the task bar
    size = first_size(laptop)
    assert size.width() <= 1280
    assert size.height() <= 680
    assert size.width() >= 1100  # most of it, not a postage stamp
    uhd = first_size(QRect(0, 0, 3840, 2110))
    assert uhd.width() > 1500
    assert uhd.height() > 860
    assert uhd.width() <= LARGEST.width()
    assert uhd.height() <= LARGEST.height()
    assert laptop.contains(first_geometry(laptop))
    beside = QRect(1920, 0, 1280, 680)  # a second screen right of the first
    assert beside.contains(first_geometry(beside))


def test_s23ay_new_window_opens_within_its_screen(session, qtbot):
    window = session.open_document(Document(build_plan()))
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width()
    assert window.height() <= available.height()


def test_s23ay_chart_axes_and_status_text_read_at_4_5_to_1(qtbot):
    for chart in (WorkloadChart(), SCurveChart()):
        qtbot.addWidget(chart)
        for name in ("left", "bottom"):
            text = chart.plot.getAxis(name).textPen().color()
            assert contrast_ratio(text, WHITE) >= 4.5, (type(chart).__name__, name)
    status_bar = QPalette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(QColor(ISSUES_TEXT), status_bar) >= 4.5
    assert contrast_ratio(QColor(ISSUES_TEXT), WHITE) >= 4.5
    assert contrast_ratio(HINT_BRUSH.color(), WHITE) >= 4.5
    assert contrast_ratio(QColor("#a06a00"), status_bar) < 4.5  # what it was


def test_s23ay_empty_team_chart_spans_days_and_hours(qtbot):
    chart = WorkloadChart()
    qtbot.addWidget(chart)
    chart.set_data([], 7, [], np.zeros(0))
    (x0, x1), (y0, y1) = chart.plot.getViewBox().viewRange()
    assert x1 - x0 >= 7 * 86400  # weeks on the time axis, not a second (00.250 00.500)
    assert y0 == 0.0
    assert y1 >= EMPTY_TOP
    ticks = chart.plot.getAxis("left").tickValues(y0, y1, 200)
    assert all(float(v).is_integer() for _spacing, values in ticks[:1] for v in values)


def test_s23ay_empty_budget_chart_has_no_empty_brackets(qtbot):
    chart = SCurveChart()
    qtbot.addWidget(chart)
    day = date(2027, 1, 4)
    curve = SCurve((day,), (0.0,), (day,), (0.0,), (0.0,))
    chart.set_curve(curve, datetime(2027, 1, 4), "")
    label = chart.plot.getAxis("left").labelText
    assert label == "cumulative cost"
    chart.set_curve(curve, datetime(2027, 1, 4), "€")
    assert chart.plot.getAxis("left").labelText == "cumulative cost (€)"
