"""Workload chart of one person: work per day or week stacked by task, capacity line, excess in red.

Work scheduled as overtime (MS Project's Overtime Work) is done beyond the regular day: the
part of a stack above capacity that overtime accounts for is drawn hatched as "overtime",
only the rest red, so the chart calls over capacity what the over-allocation list does.

A material's chart stacks what it consumes, in its own unit ("t", "m³"), without a
capacity line, as MS Project's Resource Graph does; a cost item has no chart, and a
note under the plot says why.

The plot and its items are made once; :meth:`WorkloadChart.set_data` only
updates them (bar items are pooled, one per task in the stack). The legend
sits below the plot area, in as many columns as the width allows, so it never
hides a bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]  # no stubs nor py.typed
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.local_axes import FigureAxis, LocalDateAxis, relabel, stamp
from app.ui.readable_colors import dark_axes

_OVER_BRUSH = pg.mkBrush(220, 30, 30, 200)
# hatched: no task's solid colour can be mistaken for it
_OVERTIME_BRUSH = QBrush(QColor(40, 40, 40), Qt.BrushStyle.BDiagPattern)
_CAPACITY_PEN = pg.mkPen(40, 40, 40, width=2)
_LEGEND_ROW = 4
EMPTY_DAYS = 28  # the time an empty chart spans, from today
EMPTY_TOP = 8.0  # the height an empty chart spans: a working day's hours (or 8 units)
TICK_UNIT = 5  # a material's label up to this long is written on each figure ("40 t")


def tick_unit(unit: str) -> str:
    """What each figure of the left axis says its unit is: ``h`` for hours, as the sheet
    writes work (``12,5h``), a short material label (``40 t``); a long one only in the
    axis' title, which always names it."""
    if unit == "hours":
        return "h"
    return unit if len(unit) <= TICK_UNIT else ""


class WorkloadChart(QWidget):
    """Stacked bars of work (hours) per period with the capacity line, or of a material's
    consumption in its unit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_axis = LocalDateAxis("bottom")
        self.figure_axis = FigureAxis("left", tick_unit("hours"))
        self.plot = pg.PlotWidget(axisItems={"bottom": self.date_axis, "left": self.figure_axis})
        self.plot.setBackground("w")
        dark_axes(self.plot)  # pyqtgraph's grey axis text read 3:1 on white
        self.plot.showGrid(x=False, y=True, alpha=0.2)
        self.plot.setLabel("left", "hours")
        self.plot.setMouseEnabled(x=True, y=False)
        self._bars: list[pg.BarGraphItem] = []
        self._over = pg.BarGraphItem(x=[0.0], height=[0.0], width=1.0, brush=_OVER_BRUSH, pen=None)
        self._over.setZValue(5)
        self.plot.addItem(self._over)
        self._overtime = pg.BarGraphItem(
            x=[0.0], height=[0.0], width=1.0, brush=_OVERTIME_BRUSH, pen=None
        )
        self._overtime.setZValue(5)
        self.plot.addItem(self._overtime)
        self._capacity = pg.PlotDataItem(stepMode="center", pen=_CAPACITY_PEN)
        self._capacity.setZValue(10)
        self.plot.addItem(self._capacity)
        # Below the axes, in the PlotItem's own grid (rows 0-3: title, axes, view box):
        # anchored over the view box it covered the latest weeks' bars.
        self.legend = pg.LegendItem(labelTextColor=(40, 40, 40))
        self.plot.getPlotItem().layout.addItem(self.legend, _LEGEND_ROW, 1)
        self.task_labels: list[str] = []
        self.excess = np.zeros(0)  # red: above capacity and not overtime, per period
        self.overtime = np.zeros(0)  # hatched: above capacity as scheduled overtime
        self.totals = np.zeros(0)  # the height of each period's stack, in ``unit``
        self.unit = "hours"
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        layout.addWidget(self.note)

    def _bar(self, k: int) -> pg.BarGraphItem:
        while len(self._bars) <= k:
            # hues 1..8 of 10 leave red to the over-capacity overlay; the next eight tasks
            # take the same hues darker (nine tasks drew the first and the ninth alike)
            k = len(self._bars) % 16
            shade = 10 * (1 - k // 8)  # intColor's second row of hues is its brighter one
            color = pg.intColor(k % 8 + 1 + shade, hues=10, values=2, maxValue=200, minValue=120)
            item = pg.BarGraphItem(x=[0.0], height=[0.0], width=1.0, brush=color, pen=None)
            self.plot.addItem(item)
            self._bars.append(item)
        return self._bars[k]

    def set_data(
        self,
        periods: Sequence[date],
        period_days: int,
        stacks: Sequence[tuple[str, np.ndarray]],
        capacity_hours: np.ndarray | None,
        unit: str = "hours",
        note: str = "",
        overtime_hours: np.ndarray | None = None,
    ) -> None:
        """Show work per period (hours per task, stacked) against capacity (hours).

        ``capacity_hours`` None: no capacity (a material, its ``unit`` being its label).
        ``overtime_hours``: the part of each period's work scheduled as overtime.
        ``note``: a line under the plot (why it is empty, say).
        """
        n = len(periods)
        if self.unit != unit:
            self.unit = unit
            self.plot.setLabel("left", unit)
        self.figure_axis.set_unit(tick_unit(unit))  # written again: the locale may have changed
        relabel(self.date_axis)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        xs = np.array([stamp(d) + period_days * 43200.0 for d in periods], dtype=float)
        width = period_days * 86400.0 * 0.8
        base = np.zeros(n)
        self.task_labels = [label for label, _ in stacks]
        for k, (_, hours) in enumerate(stacks):
            self._bar(k).setOpts(x=xs, y0=base.copy(), height=hours, width=width)
            self._bar(k).setVisible(True)
            base = base + hours
        for item in self._bars[len(stacks) :]:
            item.setVisible(False)
        self.legend.clear()
        for k, label in enumerate(self.task_labels):
            self.legend.addItem(self._bars[k], label)
        self.totals = base
        if capacity_hours is None:
            capacity_hours = np.full(n, np.inf)
            has_capacity = False
        else:
            has_capacity = bool(n)
        above = np.clip(base - capacity_hours, 0.0, None) if n else np.zeros(0)
        extra = np.zeros(n) if overtime_hours is None else np.clip(overtime_hours, 0.0, None)
        self.overtime = np.minimum(above, extra)
        self.excess = above - self.overtime
        if has_capacity:
            self.legend.addItem(self._capacity, "capacity")
            if (self.overtime > 0.01).any():
                self.legend.addItem(self._overtime, "overtime")
            if (self.excess > 0.01).any():
                self.legend.addItem(self._over, "over capacity")
        self._fit_legend()
        shown = self.overtime > 0.01
        self._overtime.setOpts(
            x=xs[shown], y0=capacity_hours[shown], height=self.overtime[shown], width=width
        )
        over = self.excess > 0.01
        self._over.setOpts(
            x=xs[over],
            y0=(capacity_hours + self.overtime)[over],
            height=self.excess[over],
            width=width,
        )
        if has_capacity:
            edges = np.append(xs - period_days * 43200.0, xs[-1] + period_days * 43200.0)
            self._capacity.setData(edges, capacity_hours)
        else:
            self._capacity.setData([], [])
        self._fit_range(capacity_hours if has_capacity else None)

    def _fit_range(self, capacity_hours: np.ndarray | None) -> None:
        """Hours from zero to the top of the highest stack or capacity, as MS Project's
        Resource Graph: fitted to a lone capacity line, the axis ran from about 1,500 to
        4,000 for someone with nothing to do, a flat line read as a wall of work."""
        top = float(self.totals.max()) if len(self.totals) else 0.0
        if capacity_hours is not None and len(capacity_hours):
            top = max(top, float(capacity_hours.max()))
        if len(self.totals):
            self.plot.enableAutoRange(axis="x")
        else:
            # Nothing to show: auto-range spans one second ("00.250 00.500" on the date
            # axis); show the weeks from today instead.
            today = stamp(date.today())
            self.plot.setXRange(today, today + EMPTY_DAYS * 86400.0, padding=0.0)
        if top > 0.0:
            self.plot.setYRange(0.0, top * 1.05, padding=0.0)
        else:
            # a working day's hours, not auto-range's 0.1 to 0.9 h of nothing
            self.plot.setYRange(0.0, EMPTY_TOP, padding=0.0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-flow the legend's columns to the new width."""
        super().resizeEvent(event)
        self._fit_legend()

    def _fit_legend(self) -> None:
        """As many legend columns as fit the plot's width, then let the grid place it."""
        legend = self.legend
        if legend.items:
            entry = max(s.width() + label.width() + 6 for s, label in legend.items)
            columns = max(1, min(len(legend.items), int(self.plot.width() * 0.9 // entry)))
            legend.setColumnCount(columns)
        # LegendItem.updateSize() sets a geometry without its margins; the grid must
        # reserve what the legend's own layout needs, or the last row is cut off
        size = legend.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize)
        legend.setFixedWidth(size.width() if legend.items else 0.0)
        legend.setFixedHeight(size.height() if legend.items else 0.0)
        layout = self.plot.getPlotItem().layout
        layout.invalidate()
        layout.activate()

    def export_png(self, path: str) -> None:
        """Save the chart as a PNG image."""
        self.plot.grab().save(path, "PNG")
