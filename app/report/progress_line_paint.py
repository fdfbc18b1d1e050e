"""Drawing the plan's progress lines (Format > Progress Lines) over a Gantt chart's rows.

Each line runs down from the top of the chart's body at its date; at a row whose task
it connects (app/domain/progress_points.py) it reaches out to the task's progress point
at the row's middle and back, an elongated V on its side: left behind, right ahead. The
rows are the ones drawn (the screen's visible rows, a page's rows), so a 10k-task plan
costs what its visible rows cost. The screen, paper, PDF and PNG draw them alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from app.domain.plan import Plan
from app.domain.progress_lines import LineAt, line_moments
from app.domain.progress_points import ProgressPoints
from app.domain.schedule import Schedule
from app.domain.worktime import WorkTime
from app.report.chart_options import ChartRow
from app.report.locale_dates import printed_date
from app.report.timescale import Timescale

CURRENT_WIDTH = 1.6
OTHER_WIDTH = 1.0
DOT = 2.2  # the radius of a progress point's dot


class ProgressLinePainter:
    """Paints one plan state's progress lines; build it once per plan state."""

    def __init__(self, plan: Plan, schedule: Schedule) -> None:
        self.plan = plan
        self.lines = plan.project.progress_lines
        self._points: ProgressPoints | None = None
        self._schedule = schedule
        self._moments: tuple[datetime, list[LineAt]] | None = None  # for the date last asked

    def moments(self, today: datetime | None) -> list[LineAt]:
        """The lines drawn, earliest first (the current date: the plan's, else ``today``)."""
        project = self.plan.project
        if not self.lines.any_on:
            return []
        now = project.current_date or today or datetime.now()
        if self._moments is not None and self._moments[0] == now:
            return self._moments[1]  # every paint of this plan state asks again
        plan = self.plan
        clock = WorkTime.for_calendar(plan.calendar(), plan.calendars)
        found = line_moments(
            self.lines,
            project.start,
            project.status_date,
            now,
            project.default_finish_time,
            lambda day: bool(clock.working_intervals(day)),
        )
        self._moments = (now, found)
        return found

    def points(self) -> ProgressPoints:
        """The rows' progress points (built when first drawn)."""
        if self._points is None:
            self._points = ProgressPoints(self.plan, self._schedule, self.lines.baseline)
        return self._points

    def polyline(
        self, scale: Timescale, at: datetime, rows: Sequence[ChartRow], top: float, bottom: float
    ) -> tuple[list[QPointF], list[QPointF]]:
        """One line's points from ``top`` to ``bottom``, and its progress points' dots."""
        x = scale.x_of(at)
        vertices = self.points().vertices(at, (row.uid for row in rows))
        path = [QPointF(x, top)]
        dots: list[QPointF] = []
        for row in rows:
            point = vertices.get(row.uid)
            if point is None:
                continue
            mid = row.top + row.height / 2
            dot = QPointF(scale.x_of(point), mid)
            path.extend((QPointF(x, row.top), dot, QPointF(x, row.top + row.height)))
            dots.append(dot)
        path.append(QPointF(x, bottom))
        return path, dots

    def paint(
        self,
        p: QPainter,
        scale: Timescale,
        rows: Sequence[ChartRow],
        rect: QRectF,
        today: datetime | None,
        font: QFont,
    ) -> int:
        """Draw the lines over ``rows`` inside ``rect`` (chart units); returns how many."""
        drawn = 0
        lines = self.lines
        labels: list[tuple[bool, float, str, QColor]] = []  # the dates at the lines' tops
        for line in self.moments(today):
            color = QColor(lines.current_color if line.current else lines.other_color)
            path, dots = self.polyline(scale, line.moment, rows, rect.top(), rect.bottom())
            xs = [pt.x() for pt in path]
            if max(xs) < rect.left() or min(xs) > rect.right():
                continue
            pen = QPen(color, CURRENT_WIDTH if line.current else OTHER_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolyline(QPolygonF(path))
            p.setBrush(QBrush(color))
            p.setPen(Qt.PenStyle.NoPen)
            for dot in dots:
                p.drawEllipse(dot, DOT, DOT)
            if lines.show_dates:
                labels.append((line.current, path[0].x() + 3, _day(line), color))
            drawn += 1
        p.setBrush(Qt.BrushStyle.NoBrush)
        if labels:
            _write_dates(p, labels, rect.top() + font.pixelSize() + 2, font)
        return drawn


def _write_dates(
    p: QPainter, labels: list[tuple[bool, float, str, QColor]], y: float, font: QFont
) -> None:
    """Each line's date right of its top: the current line's first, then the others
    earliest first, one that would run into a date already written left out (weekly lines
    at the Months zoom)."""
    metrics = QFontMetricsF(font)
    taken: list[tuple[float, float]] = []
    p.setFont(font)
    for _current, left, text, color in sorted(labels, key=lambda lb: (not lb[0], lb[1])):
        right = left + metrics.horizontalAdvance(text) + 4
        if any(left < b and a < right for a, b in taken):
            continue
        taken.append((left, right))
        p.setPen(color)
        p.drawText(QPointF(left, y), text)


def _day(line: LineAt) -> str:
    """A line's date as written at its top: the locale's short date, as pages print dates."""
    return printed_date(line.moment)


def legend_color(plan: Plan, schedule: Schedule, start: datetime, finish: datetime) -> str:
    """The current line's colour when a progress line falls in a printout's dates from
    ``start`` to ``finish`` (its legend entry's swatch), else "" (no entry)."""
    lines = plan.project.progress_lines
    if not lines.any_on:
        return ""
    drawn = ProgressLinePainter(plan, schedule).moments(None)
    return lines.current_color if any(start <= ln.moment <= finish for ln in drawn) else ""
