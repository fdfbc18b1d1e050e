"""Each task in a person's workload chart has a colour of its own.

The demo's Jonas Weber works on nine tasks: the first and the ninth ('Core CRM
configuration' and 'Production cut-over') were both drawn orange, so the legend could
not say which bar was which.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg

from app.ui.team.workload_chart import WorkloadChart


def test_sixteen_tasks_get_sixteen_colours(qtbot):
    chart = WorkloadChart()
    qtbot.addWidget(chart)
    weeks = [date(2027, 1, 4) + timedelta(weeks=k) for k in range(4)]
    stacks = [(f"Task {k}", np.full(len(weeks), 2.0)) for k in range(16)]
    chart.set_data(weeks, 7, stacks, np.full(len(weeks), 40.0))
    colours = {pg.mkBrush(chart._bar(k).opts["brush"]).color().rgb() for k in range(16)}
    assert len(colours) == 16
    red = pg.mkBrush(chart._over.opts["brush"]).color().rgb()
    assert red not in colours
