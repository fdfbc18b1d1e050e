"""The shapes of a Gantt chart drawn with QPainter: a task's bar (MS Project's summary
bracket, milestone diamond, split parts, progress, baseline, slack and leveling delay)
and a link's arrow. QtGui only: no widgets here."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from app.report.arrows import ArrowPath, Head
from app.report.bars import BarGeometry, BarKind
from app.report.chart_options import ChartOptions
from app.report.colors import Colors

# An inactive task's bar: MS Project draws it hollow, its outline only, greyed.
INACTIVE_EDGE = QColor(150, 150, 156)


def paint_bar(p: QPainter, g: BarGeometry, opts: ChartOptions, inactive: bool = False) -> None:
    """One task's bar as ``opts`` (critical in red, slack) show it; an ``inactive`` one
    hollow and grey (:func:`paint_inactive_bar`)."""
    if inactive:
        paint_inactive_bar(p, g)
        return
    critical = opts.show_critical and g.critical
    if g.preleveled is not None:
        _paint_preleveled(p, g, *g.preleveled)
    diamond = g.baseline_diamond
    if diamond is not None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(Colors.baseline)
        p.drawPolygon(_diamond(*diamond))
    elif g.baseline is not None:
        b0, b1 = g.baseline
        h = (g.bottom - g.top) * 0.45
        p.fillRect(QRectF(b0, g.bottom + 2, max(b1 - b0, 2), h), Colors.baseline)
    if g.delay_x0 is not None and g.delay_x0 < g.x0:
        # MS Project's leveling delay: a thin line from where the task would start.
        p.fillRect(QRectF(g.delay_x0, g.mid_y - 1, g.x0 - g.delay_x0, 2), Colors.leveling)
    if opts.show_slack and g.slack_x1 is not None and g.slack_x1 > g.x1:
        y = g.bottom - 2
        p.fillRect(QRectF(g.x1, y, g.slack_x1 - g.x1, 2.5), Colors.slack)
    if g.kind is BarKind.SUMMARY:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(Colors.critical if critical else Colors.summary)
        h = g.bottom - g.top
        w = g.x1 - g.x0
        # MS Project's bracket: a bar with a downward point at each end.
        p.drawRect(QRectF(g.x0, g.top, w, h * 0.5))
        tip = min(h * 0.6, max(w / 2, 1))
        for x, dx in ((g.x0, 1), (g.x1, -1)):
            p.drawPolygon(
                QPolygonF([QPointF(x, g.top), QPointF(x + dx * tip, g.top), QPointF(x, g.bottom)])
            )
        return
    if g.kind is BarKind.MILESTONE:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(Colors.critical if critical else Colors.milestone)
        p.drawPolygon(_diamond((g.x0 + g.x1) / 2, g.mid_y, (g.x1 - g.x0) / 2))
        return
    edge = Colors.critical_edge if critical else Colors.bar_edge
    if g.segments:
        # A split task (MS Project): its working parts joined by a dotted line.
        p.setPen(QPen(edge, 1.0, Qt.PenStyle.DotLine))
        for (_a, b), (c, _d) in zip(g.segments, g.segments[1:], strict=False):
            p.drawLine(QPointF(b, g.mid_y), QPointF(c, g.mid_y))
    p.setPen(QPen(edge, 0.8))
    p.setBrush(Colors.critical if critical else Colors.bar)
    h = (g.bottom - g.top) / 3
    for a, b in g.segments or ((g.x0, g.x1),):
        p.drawRect(QRectF(a, g.top, max(b - a, 1.0), g.bottom - g.top))
        if g.progress_x > a:
            right = min(g.progress_x, b)
            p.fillRect(QRectF(a, g.mid_y - h / 2, right - a, h), Colors.progress)


def paint_inactive_bar(p: QPainter, g: BarGeometry) -> None:
    """An inactive task's bar as MS Project draws it: the outline of its bar (bracket,
    diamond, split parts) in grey, nothing filled: no progress, slack nor baseline, as the
    task no longer counts (its dates are still where its predecessors put it)."""
    p.setPen(QPen(INACTIVE_EDGE, 1.0))
    p.setBrush(Qt.BrushStyle.NoBrush)
    if g.kind is BarKind.SUMMARY:
        h = g.bottom - g.top
        w = g.x1 - g.x0
        tip = min(h * 0.6, max(w / 2, 1))
        mid = g.top + h * 0.5
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(g.x0, g.top),
                    QPointF(g.x1, g.top),
                    QPointF(g.x1, g.bottom),
                    QPointF(g.x1 - tip, mid),
                    QPointF(g.x0 + tip, mid),
                    QPointF(g.x0, g.bottom),
                ]
            )
        )
        return
    if g.kind is BarKind.MILESTONE:
        p.drawPolygon(_diamond((g.x0 + g.x1) / 2, g.mid_y, (g.x1 - g.x0) / 2))
        return
    if g.segments:
        p.setPen(QPen(INACTIVE_EDGE, 1.0, Qt.PenStyle.DotLine))
        for (_a, b), (c, _d) in zip(g.segments, g.segments[1:], strict=False):
            p.drawLine(QPointF(b, g.mid_y), QPointF(c, g.mid_y))
        p.setPen(QPen(INACTIVE_EDGE, 1.0))
    for a, b in g.segments or ((g.x0, g.x1),):
        p.drawRect(QRectF(a, g.top, max(b - a, 1.0), g.bottom - g.top))


def _paint_preleveled(p: QPainter, g: BarGeometry, a: float, b: float) -> None:
    """The Leveling Gantt's bar of the task before leveling (from ``a`` to ``b``), above its
    bar: tan, as MS Project draws it (a milestone's a diamond at its finish)."""
    top, bottom = g.preleveled_top, g.top - 1.5
    p.setPen(QPen(Colors.preleveled_edge, 0.6))
    p.setBrush(Colors.preleveled)
    if g.kind is BarKind.MILESTONE:
        half = (bottom - top) / 2 + 0.5
        p.drawPolygon(_diamond(b, (top + bottom) / 2, half))
    else:
        p.drawRect(QRectF(a, top, max(b - a, 1.0), bottom - top))


def _diamond(cx: float, cy: float, r: float) -> QPolygonF:
    """A diamond centred on (cx, cy) reaching ``r`` each way."""
    return QPolygonF(
        [QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r), QPointF(cx - r, cy)]
    )


def paint_arrow(p: QPainter, path: ArrowPath, color: QColor) -> None:
    """A link's line along ``path`` and its head (the pen is the caller's)."""
    pts = [QPointF(x, y) for x, y in path.points]
    p.drawPolyline(pts)
    tip = pts[-1]
    s = 3.5
    offsets = {
        Head.RIGHT: ((-s, -s), (-s, s)),
        Head.LEFT: ((s, -s), (s, s)),
        Head.DOWN: ((-s, -s), (s, -s)),
        Head.UP: ((-s, s), (s, s)),
    }[path.head]
    p.setBrush(color)
    p.drawPolygon(QPolygonF([tip] + [QPointF(tip.x() + dx, tip.y() + dy) for dx, dy in offsets]))
