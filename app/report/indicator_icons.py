"""The Indicators column on paper and in pictures: the sheet's icons, drawn as vectors.

The same SVG files as the window's icons (resources/icons/indicator-*.svg),
rendered with QSvgRenderer so a PDF keeps them sharp at any zoom.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer

from app.assets import resource_path
from app.report.indicators import Indicator

HEADER = "header"  # the column title's "i"
_GAP = 0.15  # of an icon's size, between two icons


@cache
def _renderer(name: str) -> QSvgRenderer | None:
    """The renderer of ``indicator-<name>.svg`` (None when it is not bundled)."""
    try:
        path = resource_path("icons", f"indicator-{name}.svg")
    except FileNotFoundError:
        return None
    renderer = QSvgRenderer(str(path))
    return renderer if renderer.isValid() else None


def icon_size(rect: QRectF) -> float:
    """The side of the icons drawn in a cell (a little under its height)."""
    return max(min(rect.height() * 0.7, rect.width()), 1.0)


def paint_icon(p: QPainter, rect: QRectF, name: str) -> None:
    """One icon in ``rect`` (``name``: an Indicator's value, or :data:`HEADER`)."""
    renderer = _renderer(name)
    if renderer is not None:
        renderer.render(p, rect)


def paint_indicators(p: QPainter, cell: QRectF, kinds: Sequence[Indicator]) -> int:
    """The marks' icons side by side from the cell's left, as many as fit; how many did."""
    size = icon_size(cell)
    top = cell.top() + (cell.height() - size) / 2
    x = cell.left() + size * _GAP
    drawn = 0
    for kind in kinds:
        if x + size > cell.right() + 0.01:
            break
        paint_icon(p, QRectF(x, top, size, size), kind.value)
        x += size * (1 + _GAP)
        drawn += 1
    return drawn
