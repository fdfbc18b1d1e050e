"""S-curve of planned value, earned value and actual cost, with the status date marked."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]  # no stubs nor py.typed
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.earned_value import SCurve
from app.domain.project import Project
from app.report.status_curve import curve_points, curve_span
from app.ui.local_axes import FigureAxis, LocalDateAxis, relabel, stamp
from app.ui.readable_colors import dark_axes

EMPTY_DAYS = 28  # the time a chart of a plan without tasks spans, from the project's start
NO_COST = "No cost yet (planned value comes from a baseline)"


class SCurveChart(QWidget):
    """Cumulative PV (blue), EV (green) and AC (red) over time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money_axis = FigureAxis("left")
        self.date_axis = LocalDateAxis("bottom")
        self.plot = pg.PlotWidget(axisItems={"bottom": self.date_axis, "left": self.money_axis})
        self.plot.setBackground("w")
        dark_axes(self.plot)  # pyqtgraph's grey axis text read 3:1 on white
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.addLegend(offset=(10, 10), labelTextColor=(40, 40, 40))
        self.pv = self.plot.plot(name="Planned value (PV)", pen=pg.mkPen(30, 90, 200, width=2))
        self.ev = self.plot.plot(name="Earned value (EV)", pen=pg.mkPen(20, 150, 60, width=2))
        self.ac = self.plot.plot(name="Actual cost (AC)", pen=pg.mkPen(200, 40, 40, width=2))
        self.status = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(120, 120, 120, style=Qt.PenStyle.DashLine)
        )
        self.plot.addItem(self.status)
        # Said over an all-nought chart, whose money axis has no figures (0 to 1 of nothing)
        self.empty_note = pg.TextItem(NO_COST, color=(64, 64, 64), anchor=(0.5, 0.5))
        self.empty_note.setVisible(False)
        self.plot.addItem(self.empty_note, ignoreBounds=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def set_curve(
        self,
        curve: SCurve,
        status_date: datetime,
        currency_symbol: str,
        status_set: bool = True,
        plan_span: tuple[datetime, datetime] | None = None,
        project: Project | None = None,
    ) -> None:
        """Show a computed S-curve; ``status_set``: the plan sets the status date (else it is
        today, kept on the time axis only while the curves still change, see curve_span);
        ``plan_span``: the plan's start and finish, the time shown when nothing changes;
        ``project``: its money axis reads as the plan shows money (``€1.500`` in German),
        and a plan without tasks shows the weeks from its start.

        Nothing to chart (no baseline, nothing spent) shows the plan's time and says so
        (:data:`NO_COST`), without figures on the money axis: they read 0 to 1 of nothing."""

        # Each value at its day's end, each line from nought where the first day begins.
        for line, points in zip(
            (self.pv, self.ev, self.ac), curve_points(curve, status_date), strict=True
        ):
            line.setData(
                np.array([stamp(moment) for moment, _ in points]),
                np.array([value for _, value in points]),
            )
        self.status.setValue(stamp(status_date))
        self.money_axis.set_money(project)
        relabel(self.date_axis)  # the locale may have changed, the range not
        # the figures name the currency; else no currency symbol (an empty plan): no brackets
        unit = f" ({currency_symbol})" if currency_symbol and project is None else ""
        self.plot.setLabel("left", f"cumulative cost{unit}")
        nothing = not any(curve.pv) and not any(curve.ev) and not any(curve.ac)
        if nothing and project is not None and (plan_span is None or plan_span[1] <= plan_span[0]):
            plan_span = (project.start, project.start + timedelta(days=EMPTY_DAYS))
        first, last = curve_span(curve, status_date, status_set, plan_span)
        box = self.plot.getViewBox()
        box.setAutoVisible(y=True)  # the height follows what the time axis shows
        box.enableAutoRange(axis=pg.ViewBox.YAxis)
        box.setXRange(stamp(first), stamp(last), padding=0.02)
        self.money_axis.setStyle(showValues=not nothing)
        self.empty_note.setVisible(nothing)
        if nothing:
            # all nought: auto-range would centre the axis on 0 and label it -400..400
            # (x0.001); money starts at nought
            box.setYRange(0, 1, padding=0)
            self.empty_note.setPos((stamp(first) + stamp(last)) / 2, 0.5)
        else:
            # The money range now, from this data: pyqtgraph works auto-range out at its next
            # paint, so the first paint after a chart of nothing showed 0 to 1 ("€0" alone).
            box.updateAutoRange()
            self._fit_money_axis()

    def _fit_money_axis(self) -> None:
        """Widen the money axis for the figures of the range just set, before it paints:
        pyqtgraph widens it only once a paint has found a label too wide, so the first
        paint dropped '€10,000' and up and wrote the axis title over the figures."""
        axis = self.money_axis
        lo, hi = self.plot.getViewBox().viewRange()[1]
        size = max(1.0, self.plot.getViewBox().height())
        metrics = QFontMetricsF(axis.style.get("tickFont") or self.font())
        widest = 0.0
        for spacing, values in axis.tickValues(lo, hi, size):
            for text in axis.tickStrings(values, 1.0, spacing):
                widest = max(widest, metrics.horizontalAdvance(text))
        axis._updateMaxTextSize(int(widest + 0.999))  # pyqtgraph's own sizing step
        self.plot.getPlotItem().layout.activate()

    def export_png(self, path: str) -> bool:
        """Save the chart as a PNG image; False when it could not be written."""
        return bool(self.plot.grab().save(path, "PNG"))
