"""The status report's cost curve starts at nought where the plan starts (task s17exp).

It began at the first day's end, as if the plan opened with that day's planned value:
PV, EV and AC stood 800 high at their left end. The Budget view's S-curve was fixed in
8dc85e8; the printed report follows the same rule.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.domain.costs import compute_costs
from app.domain.earned_value import s_curve
from app.domain.scheduler import schedule
from app.report.status_curve import (
    AC,
    EV,
    PLOT_H,
    PV,
    curve_height,
    curve_points,
    paint_cost_curve,
)
from tests.test_s17exp_workbook_earned_value import STATUS, _plan


def _curve():
    plan = _plan()
    s = schedule(plan)
    return plan, s_curve(plan, s, compute_costs(plan, s), STATUS)


def test_s17exp_each_line_starts_at_nought_where_the_first_day_begins():
    curve = _curve()[1]
    pv, ev, ac = curve_points(curve, STATUS)
    for points in (pv, ev, ac):
        assert points[0] == (datetime(2027, 3, 1), 0.0)
    assert pv[1] == (datetime(2027, 3, 2), pytest.approx(800.0))  # Monday's end: a day
    assert ev[-1] == (STATUS, pytest.approx(5600.0))  # at the status moment
    assert max(m for m, _ in ac) == STATUS


def _near(pixel: QColor, color: QColor) -> bool:
    return (
        abs(pixel.red() - color.red())
        + abs(pixel.green() - color.green())
        + abs(pixel.blue() - color.blue())
        < 90
    )


def test_s17exp_the_painted_curve_leaves_the_axis_at_its_foot(qapp):
    plan, curve = _curve()
    width = 600
    image = QImage(width, int(curve_height()) + 2, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    paint_cost_curve(p, 0.0, float(width), curve, STATUS, plan.project)
    p.end()
    # the plot, not the key under it: where the leftmost drawn point of any line is
    lines = [
        (x, y)
        for x in range(width)
        for y in range(int(PLOT_H) + 1)
        if any(_near(image.pixelColor(x, y), c) for c in (PV, EV, AC))
    ]
    left = min(x for x, _ in lines)
    lowest = max(y for x, y in lines if x == left)
    assert lowest >= PLOT_H - 3  # on the zero line at the box's foot (800 of 10,000: 9 px up)
