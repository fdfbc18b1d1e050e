"""The Usage view's work contour indicator: a small bar chart of the contour's ten parts.

MS Project marks an assignment whose work is contoured with an indicator drawn after
the contour (Back Loaded rises, Bell peaks in the middle) and names the contour in its
tooltip; the glyph here is drawn from the contour's own shape, so each looks as its
work is laid.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.domain.contours import WorkContour

SIZE = 16  # px: the size of the other indicators
_BAR = QColor(40, 110, 190)


def contour_tip(contour: WorkContour) -> str:
    """The indicator's tooltip, as MS Project words it."""
    return f"This assignment has a {contour.label.lower()} contour (Work contour: {contour.label})"


@cache
def contour_icon(contour: WorkContour) -> QIcon:
    """The indicator of a shaped contour: its ten parts as bars, the peak full height."""
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_BAR)
        shape = contour.shape
        top, bottom = 2.0, SIZE - 2.0
        width = (SIZE - 2.0) / len(shape)
        for k, share in enumerate(shape):
            height = max(1.0, (bottom - top) * share / 100.0)
            painter.drawRect(QRectF(1.0 + k * width, bottom - height, width - 0.3, height))
        painter.setPen(QColor(90, 90, 90))
        painter.drawLine(1, int(bottom), SIZE - 1, int(bottom))
    finally:
        painter.end()
    return QIcon(pixmap)
