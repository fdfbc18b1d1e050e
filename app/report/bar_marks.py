"""Marks drawn on or around a Gantt bar, shared by the screen and every printed form.

A bar in a Task Path colour, the deadline arrow, where the names right of a bar
start so the arrow does not hide them, and the clip that keeps link lines off those
names. QtGui only: no widgets here.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from app.report.bars import BarGeometry, BarKind, DeadlineMark
from app.report.colors import Colors


def paint_path_bar(p: QPainter, g: BarGeometry, color: QColor) -> None:
    """A bar in a Task Path colour over its usual drawing (its progress still shows)."""
    p.save()
    edge = color.darker(150)
    p.setPen(QPen(edge, 0.8))
    p.setBrush(color)
    h = g.bottom - g.top
    if g.kind is BarKind.MILESTONE:
        cx, cy, r = (g.x0 + g.x1) / 2, g.mid_y, (g.x1 - g.x0) / 2
        p.drawPolygon(
            QPolygonF(
                [QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r), QPointF(cx - r, cy)]
            )
        )
    elif g.kind is BarKind.SUMMARY:
        p.drawRect(QRectF(g.x0, g.top, max(g.x1 - g.x0, 1.0), h * 0.5))
    else:
        for a, b in g.segments or ((g.x0, g.x1),):
            p.drawRect(QRectF(a, g.top, max(b - a, 1.0), h))
            if g.progress_x > a:
                right = min(g.progress_x, b)
                p.fillRect(QRectF(a, g.mid_y - h / 6, right - a, h / 3), edge.darker(160))
    p.restore()


def clip_out(p: QPainter, area: QRectF, holes: Iterable[QRectF]) -> None:
    """Narrow the painter's clip to ``area`` less ``holes`` (which must not overlap).

    Paper draws the links so: a line passing a name breaks around it instead of striking
    through it. A clip per page, not a white halo per name, which doubled a 3,000-task
    PDF's time and made it 12 times the size (a glyph outline per name).
    """
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    path.addRect(area)
    for hole in holes:
        path.addRect(hole.intersected(area))
    p.setClipPath(path, Qt.ClipOperation.IntersectClip)


def label_x(x: float, mark: DeadlineMark | None, reach: float) -> float:
    """Where the names right of a bar begin: past the row's deadline arrow when it stands
    where they would start (within ``reach`` of ``x``), so neither hides the other."""
    if mark is None:
        return x
    half = mark.half_width
    if mark.x + half <= x - 3 or mark.x - half >= x + reach:
        return x
    return max(x, mark.x + half + 3)


def paint_deadline(p: QPainter, mark: DeadlineMark) -> None:
    """MS Project's deadline marker: a green arrow pointing down at the deadline date.

    Green whether or not the task meets it, as in MS Project: a missed deadline
    shows in the Indicators column (and the bar running past the arrow).
    """
    x, top, bottom = mark.x, mark.top, mark.bottom
    half = mark.half_width
    shaft = half * 0.45
    neck = top + (bottom - top) * 0.45  # where the shaft meets the head
    p.save()
    p.setPen(QPen(Colors.deadline_edge, 0.8))
    p.setBrush(Colors.deadline)
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(x - shaft, top),
                QPointF(x + shaft, top),
                QPointF(x + shaft, neck),
                QPointF(x + half, neck),
                QPointF(x, bottom),
                QPointF(x - half, neck),
                QPointF(x - shaft, neck),
            ]
        )
    )
    p.restore()
