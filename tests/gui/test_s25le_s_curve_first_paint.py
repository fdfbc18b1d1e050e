"""The Budget S-curve's money axis is right at its first paint: the range is set when the
data is (pyqtgraph worked auto-range out at its next paint, so a chart that had shown
nothing painted 0 to 1, '€0' alone), and the axis is as wide as the range's figures (the
first paint dropped '€10,000' and up)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtWidgets import QApplication

from app.domain.costs import compute_costs
from app.domain.earned_value import s_curve
from app.domain.scheduler import schedule
from app.ui.budget.s_curve_chart import SCurveChart
from tests.unit.test_user2_s_curve import _plan

STATUS = datetime(2026, 11, 26, 9, 0)


def _chart(qtbot):
    plan = _plan()
    result = schedule(plan)
    curve = s_curve(plan, result, compute_costs(plan, result), STATUS)
    chart = SCurveChart()
    qtbot.addWidget(chart)
    chart.resize(600, 400)
    span = (result.start, result.finish)
    return chart, curve, lambda c: chart.set_curve(c, STATUS, "€", True, span, plan.project)


def test_s25le_after_a_chart_of_nothing_the_money_range_is_set_with_the_data(qtbot):
    chart, curve, show = _chart(qtbot)
    show(
        replace(curve, pv=[0.0] * len(curve.pv), ev=[0.0] * len(curve.ev), ac=[0.0] * len(curve.ac))
    )
    assert chart.plot.getViewBox().viewRange()[1] == [0.0, 1.0]
    show(curve)
    low, high = chart.plot.getViewBox().viewRange()[1]  # no event has run since
    assert low <= 0
    assert high >= max(curve.pv)


def test_s25le_the_first_paint_is_the_settled_one(qtbot):
    chart, curve, show = _chart(qtbot)
    show(curve)
    first = chart.grab().toImage()
    first.save("/tmp/s25le_s_curve_first.png")
    QApplication.processEvents()
    assert chart.grab().toImage() == first
