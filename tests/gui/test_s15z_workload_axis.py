"""The workload chart's hours axis starts at zero, as MS Project's Resource Graph does.

A person with nothing to do (a new team member, or someone whose tasks all moved
away) showed only the capacity line: the axis was fitted to it alone and ran from
about 1,500 to 4,000 hours, so a flat line read as a wall of work.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from app.ui.team.workload_chart import WorkloadChart

_WEEKS = [date(2027, 1, 4) + timedelta(weeks=k) for k in range(10)]


def _lowest_hour(chart: WorkloadChart, qtbot) -> float:
    qtbot.wait(10)
    (_x0, _x1), (y0, y1) = chart.plot.getPlotItem().vb.viewRange()
    assert y1 > y0
    return y0


def test_a_person_without_work_reads_from_zero(qtbot):
    chart = WorkloadChart()
    qtbot.addWidget(chart)
    chart.resize(500, 400)
    with qtbot.waitExposed(chart):
        chart.show()
    capacity = np.full(len(_WEEKS), 40.0)
    capacity[-1] = 16.0  # the plan ends mid-week
    chart.set_data(_WEEKS, 7, [], capacity)
    low = _lowest_hour(chart, qtbot)
    assert low <= 0.0
    assert low > -5.0  # zero sits at the bottom, not in the middle of the plot


def test_a_busy_person_still_reads_from_zero_and_shows_the_peak(qtbot):
    chart = WorkloadChart()
    qtbot.addWidget(chart)
    chart.resize(500, 400)
    with qtbot.waitExposed(chart):
        chart.show()
    work = np.full(len(_WEEKS), 30.0)
    work[3] = 90.0
    chart.set_data(_WEEKS, 7, [("Build", work)], np.full(len(_WEEKS), 40.0))
    low = _lowest_hour(chart, qtbot)
    (_x, (_y0, high)) = chart.plot.getPlotItem().vb.viewRange()
    assert -0.05 * high < low <= 0.0
    assert high >= 90.0
