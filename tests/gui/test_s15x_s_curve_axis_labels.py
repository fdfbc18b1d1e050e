"""The Budget S-curve's date axis never prints a day number over a month's name.

Found on the demo after Update Project: the axis read 'Mar03', 'Ap02' and
'May02': pyqtgraph steps day ticks every 5 days across month ends, so a day tick
two days after the 1st sat under the month's label.
"""

from __future__ import annotations

from datetime import datetime

from app.ui.budget.s_curve_chart import SCurveChart
from app.ui.local_axes import LocalDateAxis as _DateAxis
from app.ui.local_axes import stamp


def test_no_day_tick_crowds_a_month_tick(qtbot) -> None:
    chart = SCurveChart()
    qtbot.addWidget(chart)
    chart.resize(1400, 400)
    chart.grab()  # painted once: the axis measures its labels with the font it paints in
    axis = chart.plot.getAxis("bottom")
    assert isinstance(axis, _DateAxis)
    low, high, width = stamp(datetime(2027, 1, 2)), stamp(datetime(2027, 6, 3)), 1400.0
    levels = axis.tickValues(low, high, width)
    assert len(levels) >= 2
    per_second = width / (high - low)
    months, days = levels[0][1], [v for _, values in levels[1:] for v in values]
    assert days  # the day numbers are still there
    closest = min(abs(d - m) * per_second for d in days for m in months)
    assert closest >= _DateAxis.ROOM
    # March's month label no longer has the 3rd beside it; the 8th is still shown
    assert stamp(datetime(2027, 3, 3)) not in days
    assert stamp(datetime(2027, 3, 8)) in days
