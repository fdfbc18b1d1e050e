"""What a Gantt chart draws behind and over its bars with QPainter: non-working time
shaded (nights and lunch breaks too when a day is wide), the top tier's grid lines,
and the today and status-date lines. QtGui only: no widgets here."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen

from app.report.chart_options import ChartOptions
from app.report.colors import Colors
from app.report.shading import WorkingDays
from app.report.timescale import Timescale

HOUR_SHADING = 200.0  # px a day from which nights and lunch breaks are shaded too


def paint_background(
    p: QPainter, scale: Timescale, rect: QRectF, options: ChartOptions, working: WorkingDays
) -> None:
    """Non-working days shaded and the lower tier's grid lines, inside ``rect``."""
    if options.show_nonworking and scale.px_per_day >= 3:
        first = scale.moment_at(rect.left()).date()
        last = scale.moment_at(rect.right()).date()
        day = first
        run_start: date | None = None
        brush = QBrush(Colors.nonworking)
        hours = scale.px_per_day >= HOUR_SHADING
        while day <= last + timedelta(days=1):
            off = day <= last and not working.is_working(day)
            if hours and day <= last and not off:
                midnight = scale.x_of(datetime.combine(day, datetime.min.time()))
                per_minute = scale.px_per_day / 1440
                for a, b in working.off_hours(day):
                    x0 = midnight + a * per_minute
                    p.fillRect(QRectF(x0, rect.top(), (b - a) * per_minute, rect.height()), brush)
            if off and run_start is None:
                run_start = day
            elif not off and run_start is not None:
                x0 = scale.x_of(datetime.combine(run_start, datetime.min.time()))
                x1 = scale.x_of(datetime.combine(day, datetime.min.time()))
                p.fillRect(QRectF(x0, rect.top(), x1 - x0, rect.height()), brush)
                run_start = None
            day += timedelta(days=1)
    pen = QPen(Colors.grid, 0)
    pen.setStyle(Qt.PenStyle.DotLine)
    p.setPen(pen)
    for cell in scale.tier(scale.level.top, rect.left(), rect.right()):
        p.drawLine(QLineF(cell.x0, rect.top(), cell.x0, rect.bottom()))


def paint_lines(p: QPainter, scale: Timescale, rect: QRectF, options: ChartOptions) -> None:
    """Today line and status-date line."""
    for moment, color in (
        (options.today, Colors.today),
        (options.status_date, Colors.status),
    ):
        if moment is None:
            continue
        x = scale.x_of(moment)
        if rect.left() <= x <= rect.right():
            pen = QPen(color, 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
