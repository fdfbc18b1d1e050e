"""The Usage view's work contour indicator: a small bar chart of the contour's ten parts.

MS Project marks an assignment whose work is contoured with an indicator drawn after
the contour (Back Loaded rises, Bell peaks in the middle) and names the contour in its
tooltip; the glyph here is drawn from the contour's own shape, so each looks as its
work is laid. Work edited period by period (Contoured) shows uneven bars with a pencil
stroke, MS Project's edited-contour mark.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.domain.contours import WorkContour

SIZE = 16  # px: the size of the other indicators
_BAR = QColor(40, 110, 190)


# Contoured (work typed period by period) has no shape of its own: uneven bars, and a pencil
# stroke across them, say the work was edited by hand, as MS Project's edited-contour mark.
_EDITED = (40, 100, 60, 20, 80, 100, 30, 70, 50, 90)
_PENCIL = QColor(200, 120, 20)


def contour_tip(contour: WorkContour) -> str:
    """The indicator's tooltip, as MS Project words it."""
    if contour is WorkContour.CONTOURED:
        return "The work of this assignment was edited in a usage view (Work contour: Contoured)"
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
        edited = contour is WorkContour.CONTOURED
        shape = _EDITED if edited else contour.shape
        top, bottom = 2.0, SIZE - 2.0
        width = (SIZE - 2.0) / len(shape)
        for k, share in enumerate(shape):
            height = max(1.0, (bottom - top) * share / 100.0)
            painter.drawRect(QRectF(1.0 + k * width, bottom - height, width - 0.3, height))
        painter.setPen(QColor(90, 90, 90))
        painter.drawLine(1, int(bottom), SIZE - 1, int(bottom))
        if edited:
            pen = painter.pen()
            pen.setColor(_PENCIL)
            pen.setWidthF(2.0)
            painter.setPen(pen)
            painter.drawLine(4, SIZE - 4, SIZE - 2, 2)
    finally:
        painter.end()
    return QIcon(pixmap)
