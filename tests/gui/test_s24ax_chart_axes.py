"""The Team workload chart's and the Budget S-curve's axes in the user's language and figures.

A German PM found (de_DE) both charts naming months in English ("May") and writing "0.9",
and the empty Budget chart reading 0 to 1 over one day. The axes now write months as the
Gantt timescale does ("Mai", "Okt"), figures with the locale's marks and their unit
("12,5h"), money as the plan shows it ("€1.500", "1 500 €"); en_US and C are unchanged;
the chart of a plan without tasks shows the weeks from its start and says there is no cost.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from itertools import pairwise

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QImage, QPainter

from app.domain.earned_value_curve import SCurve
from app.domain.plan import Plan
from app.domain.project import Project, SymbolPosition
from app.ui.budget.s_curve_chart import EMPTY_DAYS, NO_COST, SCurveChart
from app.ui.budget.view import BudgetView
from app.ui.document import Document
from app.ui.local_axes import FigureAxis, LocalDateAxis, stamp
from app.ui.team.workload_chart import WorkloadChart

TODAY = datetime(2026, 11, 27, 9, 0)


@pytest.fixture
def in_locale():
    """Set Qt's default locale for one test; C again after (conftest's)."""
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(QLocale.c())


def _weeks(first: date, n: int) -> list[date]:
    return [first + timedelta(weeks=k) for k in range(n)]


def _year_chart(qtbot, width: int = 1400) -> WorkloadChart:
    """A person's weekly work over 2027, shown ``width`` px wide."""
    chart = WorkloadChart()
    qtbot.addWidget(chart)
    chart.resize(width, 360)
    weeks = _weeks(date(2027, 1, 4), 52)
    chart.set_data(weeks, 7, [("Build", np.full(52, 30.5))], np.full(52, 40.0))
    chart.grab()  # painted once: the axes measure their labels in the font they paint in
    return chart


def _drawn(axis: pg.AxisItem) -> list[tuple[object, str]]:
    """The labels the axis paints: (rect, text)."""
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect, text) for rect, _flags, text in specs[2]]


def test_s24ax_german_axes_name_months_and_write_decimal_commas(qtbot, in_locale):
    in_locale("de_DE")
    chart = _year_chart(qtbot)
    labels = [text for _rect, text in _drawn(chart.date_axis)]
    assert "Mai" in labels
    assert "Okt" in labels
    assert "May" not in labels
    hours = chart.figure_axis.tickStrings([0.0, 0.5, 1.0], 1.0, 0.5)
    assert hours == ["0,0h", "0,5h", "1,0h"]
    assert "40h" in [text for _rect, text in _drawn(chart.figure_axis)]


def test_s24ax_en_us_and_c_write_what_pyqtgraph_wrote(qtbot, in_locale):
    for name in ("en_US", "C"):
        in_locale(name)
        chart = _year_chart(qtbot)
        axis = chart.date_axis
        low, high = stamp(date(2026, 12, 1)), stamp(date(2027, 12, 31))
        stock = pg.DateAxisItem(orientation="bottom")
        stock.fontMetrics = axis.fontMetrics
        for spacing, values in axis.tickValues(low, high, 1400.0):
            ours = axis.tickStrings(values, 1.0, spacing)
            stock.setZoomLevelForDensity((high - low) / 1400.0)
            assert ours == stock.tickStrings(values, 1.0, spacing), name
        assert "May" in [text for _rect, text in _drawn(axis)]
        assert chart.figure_axis.tickStrings([0.5, 1.0], 1.0, 0.5) == ["0.5h", "1.0h"]


def test_s24ax_a_span_without_a_year_tick_names_the_year(qtbot, in_locale):
    in_locale("de_DE")
    chart = WorkloadChart()
    qtbot.addWidget(chart)
    chart.resize(900, 360)
    weeks = _weeks(date(2027, 1, 11), 20)  # no 1 January on the axis
    chart.set_data(weeks, 7, [("Build", np.full(20, 8.0))], np.full(20, 40.0))
    chart.grab()
    labels = [text for _rect, text in _drawn(chart.date_axis)]
    assert labels[0] == "Feb 2027"
    assert "Mär" in labels


def test_s24ax_money_axis_writes_the_plans_currency_and_grouping(qtbot, in_locale):
    chart = SCurveChart()
    qtbot.addWidget(chart)
    day = date(2027, 1, 4)
    curve = SCurve((day, day + timedelta(days=30)), (0.0, 4000.0), (day,), (0.0,), (0.0,))
    euro = Project(currency_symbol="€", currency="EUR", currency_digits=2)
    in_locale("de_DE")
    chart.set_curve(curve, datetime(2027, 1, 4), "€", project=euro)
    money = chart.money_axis
    assert money.tickStrings([0.0, 1500.0], 1.0, 500.0) == ["€0", "€1.500"]
    assert money.tickStrings([1.5], 1.0, 0.5) == ["€1,50"]
    assert chart.plot.getAxis("left").labelText == "cumulative cost"  # the figures say €
    in_locale("fr_FR")
    after = replace(euro, currency_symbol_position=SymbolPosition.AFTER_SPACE)
    chart.set_curve(curve, datetime(2027, 1, 4), "€", project=after)
    assert money.tickStrings([1500.0], 1.0, 500.0) == ["1\u202f500 €"]
    in_locale("C")
    chart.set_curve(curve, datetime(2027, 1, 4), "€", project=euro)
    assert money.tickStrings([1500.0, 2.5e6], 1.0, 500.0) == ["€1,500", "€2,500,000"]


def test_s24ax_a_plan_without_tasks_shows_its_first_weeks_and_no_figures(qtbot):
    start = datetime(2027, 3, 1, 8, 0)
    view = BudgetView(Document(Plan(project=Project(name="New", start=start))), clock=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    chart = view.chart
    chart.grab()
    (low, high), (bottom, top) = chart.plot.getViewBox().viewRange()
    assert low <= start.timestamp() < high
    assert high >= (start + timedelta(days=EMPTY_DAYS)).timestamp()
    assert high - low < 40 * 86400  # the weeks from the start, not a day, nor a year
    assert (bottom, top) == (0.0, 1.0)
    assert chart.empty_note.isVisible()
    assert chart.empty_note.toPlainText() == NO_COST
    assert not chart.money_axis.style["showValues"]  # no 0.2 ... 1.0 of nothing
    assert not [text for _rect, text in _drawn(chart.money_axis)]
    dates = [text for _rect, text in _drawn(chart.date_axis)]
    assert dates[0] == "2 Mar 2027", dates  # the first day says its month and year
    assert dates[1:3] == ["04", "05"]


def test_s24ax_a_chart_with_cost_shows_figures_again(qtbot):
    chart = SCurveChart()
    qtbot.addWidget(chart)
    day = date(2027, 1, 4)
    nothing = SCurve((day,), (0.0,), (day,), (0.0,), (0.0,))
    chart.set_curve(nothing, datetime(2027, 1, 4), "€", project=Project())
    assert chart.empty_note.isVisible()
    curve = SCurve((day, day + timedelta(days=30)), (0.0, 4000.0), (day,), (0.0,), (0.0,))
    chart.set_curve(curve, datetime(2027, 1, 4), "€", project=Project())
    assert not chart.empty_note.isVisible()
    assert chart.money_axis.style["showValues"]


def _overlaps(labels: list[tuple[object, str]]) -> list[tuple[str, str]]:
    rects = sorted(labels, key=lambda item: item[0].left())
    return [
        (a_text, b_text) for (a, a_text), (b, b_text) in pairwise(rects) if a.right() > b.left()
    ]


@pytest.mark.parametrize("name", ["de_DE", "fr_FR", "en_US"])
@pytest.mark.parametrize("years", [0.4, 2, 10])
@pytest.mark.parametrize("width", [400, 1400])
@pytest.mark.parametrize("points", [9, 18])  # 100 % and twice the text
def test_s24ax_date_labels_never_overlap(qtbot, in_locale, name, years, width, points):
    in_locale(name)
    chart = WorkloadChart()
    qtbot.addWidget(chart)
    chart.resize(width, 360)
    font = QFont()
    font.setPointSize(points)
    chart.date_axis.setStyle(tickFont=font)
    n = max(2, int(years * 52))
    chart.set_data(_weeks(date(2027, 1, 4), n), 7, [("Build", np.full(n, 8.0))], None)
    chart.grab()
    chart.grab()  # the axis grows to the text's height measured at the first paint
    labels = _drawn(chart.date_axis)
    assert labels  # still dated
    assert not _overlaps(labels)


def test_s24ax_axes_are_the_local_ones():
    chart = SCurveChart()
    assert isinstance(chart.plot.getAxis("bottom"), LocalDateAxis)
    assert isinstance(chart.plot.getAxis("left"), FigureAxis)
    team = WorkloadChart()
    assert isinstance(team.plot.getAxis("bottom"), LocalDateAxis)
    assert isinstance(team.plot.getAxis("left"), FigureAxis)


def test_s24ax_a_locale_changed_while_shown_relabels_the_axes(qtbot, in_locale):
    """The Team view fills its chart again on QEvent.LocaleChange (locale_follow): the
    same range, so the axes must not keep the labels painted before."""
    in_locale("C")
    chart = _year_chart(qtbot)
    assert "May" in [text for _rect, text in _drawn(chart.date_axis)]
    in_locale("ja_JP")
    weeks = _weeks(date(2027, 1, 4), 52)
    chart.set_data(weeks, 7, [("Build", np.full(52, 30.5))], np.full(52, 40.0))
    assert chart.date_axis.picture is None  # painted again, in the new names
    labels = [text for _rect, text in _drawn(chart.date_axis)]
    assert "5月" in labels
    assert "May" not in labels


def test_s24ax_a_material_writes_its_unit_on_each_figure(qtbot, in_locale):
    in_locale("de_DE")
    chart = WorkloadChart()
    qtbot.addWidget(chart)
    weeks = _weeks(date(2027, 1, 4), 4)
    chart.set_data(weeks, 7, [("Pour", np.full(4, 2.5))], None, unit="t")
    assert chart.figure_axis.tickStrings([2.5], 1.0, 0.5) == ["2,5 t"]
    chart.set_data(weeks, 7, [("Pour", np.full(4, 2.5))], None, unit="cubic metres")
    assert chart.figure_axis.tickStrings([2.5], 1.0, 0.5) == ["2,5"]  # the title names it
    assert chart.plot.getAxis("left").labelText == "cubic metres"


def test_s24ax_the_first_month_or_day_label_says_its_year(qtbot, in_locale):
    """Zoomed to days or hours no year label is shown: the first month's (or day's) says it."""
    in_locale("de_DE")
    chart = WorkloadChart()
    qtbot.addWidget(chart)
    chart.resize(900, 360)
    days = [date(2027, 4, 20) + timedelta(days=k) for k in range(35)]
    chart.set_data(days, 1, [("Build", np.full(35, 6.0))], np.full(35, 8.0))
    chart.grab()
    labels = [text for _rect, text in _drawn(chart.date_axis)]
    assert "Mai 2027" in labels
    assert "Mai" not in labels
    chart.plot.setXRange(stamp(date(2027, 5, 3)), stamp(date(2027, 5, 5)), padding=0)
    chart.grab()
    labels = [text for _rect, text in _drawn(chart.date_axis)]
    assert "Di. 4. Mai 2027" in labels
    assert "18:00" in labels
    assert not _overlaps(_drawn(chart.date_axis))
