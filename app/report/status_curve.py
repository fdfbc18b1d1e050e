"""The status report's cost picture: the S-curve of PV, EV and AC, as the Budget view draws it.

Cumulative planned value over the whole baseline, earned value and actual
cost up to the status date, in the Budget view's colours, over the same
month (or week) scale as the phase Gantt.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPolygonF

from app.domain.earned_value import SCurve
from app.domain.project import Project
from app.report.fonts import report_font
from app.report.gantt_paint import Colors
from app.report.locale_numbers import local_money, locale_marks
from app.report.status_chart import scale_ticks, tick_label

PLOT_H = 120.0
AXIS_H = 14.0
KEY_H = 14.0
PV = QColor(30, 90, 200)  # the Budget view's S-curve colours
EV = QColor(20, 150, 60)
AC = QColor(200, 40, 40)


def curve_height(plot_h: float = PLOT_H) -> float:
    """Height of the picture whose plot is ``plot_h`` tall."""
    return plot_h + AXIS_H + KEY_H + 4


def _end_of(day: date, status_date: datetime) -> datetime:
    """A date's value is what has accrued by its end (the status date's: at the status moment)."""
    if day == status_date.date():
        return status_date
    return datetime.combine(day + timedelta(days=1), datetime.min.time())


Points = list[tuple[datetime, float]]


def curve_points(curve: SCurve, status_date: datetime) -> tuple[Points, Points, Points]:
    """PV, EV and AC as (moment, cumulative amount) points, each value at its day's end.

    Nothing has accrued before the first day begins: each line starts at nought there, as
    the Budget view's chart does (it began at the first day's end, as if the plan started
    with that day's value). EV and AC start there too when sampled from the first day on.
    """
    start = [(datetime.combine(curve.dates[0], datetime.min.time()), 0.0)] if curve.dates else []
    pv = start + [(_end_of(d, status_date), v) for d, v in zip(curve.dates, curve.pv, strict=True)]
    begun = start if curve.ev_dates and curve.dates and curve.ev_dates[0] >= curve.dates[0] else []
    ev_x = [_end_of(d, status_date) for d in curve.ev_dates]
    ev = begun + list(zip(ev_x, curve.ev, strict=True))
    ac = begun + list(zip(ev_x, curve.ac, strict=True))
    return _flat_till_begun(pv), _flat_till_begun(ev), _flat_till_begun(ac)


def _flat_till_begun(points: Points) -> Points:
    """``points`` flat at nought until the day the first amount is sampled: a plan that
    has not started (the axis from today, its first sample weeks later at its start) drew
    a ramp of money 'planned' through the weeks before it, where nothing is."""
    out: Points = []
    for moment, value in points:
        if out and out[-1][1] == 0.0 and value > 0.0:
            day_began = datetime.combine(moment.date(), datetime.min.time())
            if day_began == moment:  # a day's end is the next midnight: that day's start
                day_began -= timedelta(days=1)
            if day_began > out[-1][0]:
                out.append((day_began, 0.0))
        out.append((moment, value))
    return out


def curve_span(
    curve: SCurve,
    status_date: datetime,
    status_set: bool,
    plan_span: tuple[datetime, datetime] | None = None,
) -> tuple[datetime, datetime]:
    """The time an S-curve's axis covers: from its first date to where the curves stop rising.

    Earned value is read at the status date, today when the plan sets none (as MS Project
    does); past a finished plan the curves then run flat for years and would squash the plan
    into the left edge. So the axis ends at the last sample where PV, EV or AC still changed,
    and stretches to the status date only when the plan sets one. Curves that never change
    (no baseline yet, nothing spent) cover ``plan_span``, the plan's start and finish, when
    given: their first date alone is a day, today's when the plan is still to come.
    """
    first = datetime.combine(curve.dates[0], datetime.min.time())
    last = first
    for dates, values in (
        (curve.dates, curve.pv),
        (curve.ev_dates, curve.ev),
        (curve.ev_dates, curve.ac),
    ):
        before = 0.0
        for day, value in zip(dates, values, strict=True):
            if abs(value - before) > 1e-9:
                last = max(last, _end_of(day, status_date))
            before = value
    if last <= first and plan_span is not None and plan_span[1] > plan_span[0]:
        first, last = plan_span
    if status_set:
        first = min(first, datetime.combine(status_date.date(), datetime.min.time()))
        last = max(last, status_date)
    if last <= first:
        last = first + timedelta(days=1)
    return first, last


def paint_cost_curve(
    p: QPainter,
    top: float,
    width: float,
    curve: SCurve,
    status_date: datetime,
    project: Project,
    plot_h: float = PLOT_H,
) -> None:
    """Draw the S-curve from ``top``, ``width`` wide (``curve_height(plot_h)`` tall)."""
    if not curve.dates:
        return
    pv, ev, ac = curve_points(curve, status_date)
    first, last = curve_span(curve, status_date, project.status_date is not None)
    ceiling = nice_ceiling(max([v for _, v in pv + ev + ac] + [0.0]))
    small = report_font(7)
    metrics = QFontMetricsF(small)
    marks = locale_marks()  # the reader's separators, as the report's figures
    labels = [local_money(project, ceiling * k / 2, marks, 0) for k in range(3)]
    left = max(metrics.horizontalAdvance(t) for t in labels) + 8
    box = QRectF(left, top + 4, width - left - 4, plot_h - 4)
    seconds = (last - first).total_seconds()

    def x_of(moment: datetime) -> float:
        return box.left() + box.width() * (moment - first).total_seconds() / seconds

    def y_of(value: float) -> float:
        return box.bottom() - box.height() * value / ceiling

    p.setFont(small)
    for k, text in enumerate(labels):
        y = y_of(ceiling * k / 2)
        p.setPen(QPen(Colors.grid, 0.4))
        p.drawLine(QLineF(box.left(), y, box.right(), y))
        p.setPen(Colors.text)
        p.drawText(QRectF(0, y - 6, left - 4, 12), int(_RIGHT), text)
    ticks, fmt = scale_ticks(first, last, box.width(), metrics)
    for moment in ticks:
        x = x_of(moment)
        if x < box.left():
            continue
        p.setPen(QPen(Colors.grid, 0.4))
        p.drawLine(QLineF(x, box.top(), x, box.bottom()))
        p.setPen(Colors.text)
        label = tick_label(moment, fmt)
        if x + metrics.horizontalAdvance(label) <= box.right() + 4:
            p.drawText(QPointF(x + 2, box.bottom() + AXIS_H - 3), label)
    p.setPen(QPen(Colors.text, 0.6))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(box)
    # EV last and thinner than AC: on budget (CPI 1) the two coincide and both stay visible.
    p.save()
    p.setClipRect(box)  # the flat tails past the axis's end (EV read today, years later)
    for points, color, pen in ((pv, PV, 1.4), (ac, AC, 2.6), (ev, EV, 1.2)):
        _line(p, [QPointF(x_of(m), y_of(v)) for m, v in points], color, pen)
    p.restore()
    if first <= status_date <= last:
        x = x_of(status_date)
        p.setPen(QPen(Colors.status, 1.0, Qt.PenStyle.DashLine))
        p.drawLine(QLineF(x, box.top(), x, box.bottom()))
    # By the samples, not the points: the nought each line starts from is no line of its own.
    sampled = len(curve.ev_dates) > 1
    drawn = {"PV": len(curve.dates) > 1, "EV": sampled, "AC": sampled}
    drawn["status"] = first <= status_date <= last
    _key(p, box.bottom() + AXIS_H + 2, left, drawn, width)


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def nice_ceiling(value: float) -> float:
    """The round amount (1, 2, 2.5 or 5 times a power of ten) at or above ``value``."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return next(f * power for f in (1.0, 2.0, 2.5, 5.0, 10.0) if f * power >= value * 0.999)


def _line(p: QPainter, points: Sequence[QPointF], color: QColor, width: float) -> None:
    if len(points) < 2:
        return
    p.setPen(QPen(color, width))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline(QPolygonF(list(points)))


def _key(p: QPainter, y: float, x: float, drawn: dict[str, bool], width: float) -> None:
    """What the lines mean, for the lines drawn (``drawn`` by PV, EV, AC, status): with the
    status date before the work, the key named an earned value and actual cost not drawn.
    It starts at ``x`` (under the plot), further left when that would take it past ``width``
    (half a landscape page, beside the phase chart)."""
    p.setFont(report_font(7))
    metrics = QFontMetricsF(report_font(7))
    mid = y + KEY_H / 2
    entries = [
        (label, color, dashed)
        for key, label, color, dashed in (
            ("PV", "Planned value (PV)", PV, False),
            ("EV", "Earned value (EV)", EV, False),
            ("AC", "Actual cost (AC)", AC, False),
            ("status", "Status date", Colors.status, True),
        )
        if drawn.get(key)
    ]
    need = sum(30 + metrics.horizontalAdvance(label) for label, _c, _d in entries) - 12
    x = max(min(x, width - need), 0.0)
    for label, color, dashed in entries:
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        p.setPen(QPen(color, 1.4, style))
        p.drawLine(QLineF(x, mid, x + 14, mid))
        p.setPen(Colors.text)
        p.drawText(QPointF(x + 18, mid + 3), label)
        x += 30 + metrics.horizontalAdvance(label)
    if not drawn.get("EV") and not drawn.get("AC"):
        p.setPen(Colors.text)
        p.drawText(QPointF(x, mid + 3), "No earned value or actual cost by the status date")
