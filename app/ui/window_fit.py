"""The size a plan window first opens at: most of the screen it opens on.

A fixed 1500 x 860 ran off a 720p laptop's screen (1280 x 720, its title bar and
buttons out of reach) and sat small in the middle of a 4K one.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

SHARE = 0.9  # of the screen's free area (without the task bar)
LARGEST = QSize(2400, 1500)  # a 4K screen: room for the chart, not a wall of it


def first_size(available: QRect) -> QSize:
    """90 % of the screen's free area, at most :data:`LARGEST`."""
    width = min(int(available.width() * SHARE), LARGEST.width())
    height = min(int(available.height() * SHARE), LARGEST.height())
    return QSize(max(width, 1), max(height, 1))


def first_geometry(available: QRect) -> QRect:
    """:func:`first_size` centred on the screen's free area."""
    rect = QRect(QRect(0, 0, 0, 0).topLeft(), first_size(available))
    rect.moveCenter(available.center())
    return rect
