"""The Team view's workload chart keeps its legend off the bars: it sits below the plot area,
inside the widget, whatever the number of tasks or the width of the chart."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from app.ui.team.workload_chart import WorkloadChart


def _fill(chart: WorkloadChart, tasks: int) -> None:
    weeks = [date(2027, 1, 4) + timedelta(weeks=k) for k in range(22)]
    stacks = [(f"Task with a longish name {k}", np.full(len(weeks), 4.0)) for k in range(tasks)]
    chart.set_data(weeks, 7, stacks, np.full(len(weeks), 6.0))


@pytest.mark.parametrize(("tasks", "width"), [(2, 500), (8, 500), (8, 900), (12, 350)])
def test_legend_stays_outside_the_plot_area(qtbot, tasks, width):
    chart = WorkloadChart()
    qtbot.addWidget(chart)
    chart.resize(width, 420)
    with qtbot.waitExposed(chart):
        chart.show()
    _fill(chart, tasks)
    qtbot.wait(10)
    legend = chart.legend.sceneBoundingRect()
    plot_area = chart.plot.getPlotItem().vb.sceneBoundingRect()
    assert len(chart.legend.items) == tasks + 2  # tasks, capacity, over capacity
    assert legend.height() > 0
    assert not legend.intersects(plot_area)
    assert legend.top() >= plot_area.bottom()
    # every entry (swatch and label) below the bars and inside the widget, none cut off
    visible = chart.plot.sceneRect()
    assert visible.contains(legend), (visible, legend)
    for sample, label in chart.legend.items:
        for item in (sample, label):
            rect = item.sceneBoundingRect()
            assert legend.contains(rect), (legend, rect)
            assert not rect.intersects(plot_area)
