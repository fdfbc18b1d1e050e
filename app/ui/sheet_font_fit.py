"""The task sheet's columns grow with the font: with a large application font (set at start,
or changed while the window is open) the widths laid out for a 10 pt font cut titles
("ration" for Duration) and dates ("Mon 20…").

Each shown column grows to show its title whole, and its cells as the font grew, no
further than the rows in view need; a column is never narrowed, so a width the user set stays at least as wide.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

REFERENCE_POINTS = 10.0  # the font the sheet's default widths are laid out for
_ROOM = 8  # px beside the widest text, as the style's cell margins


def font_scale(font: QFont) -> float:
    """How much taller ``font``'s lines are than the reference font's (1.0: no larger)."""
    reference = QFont(font)
    reference.setPointSizeF(REFERENCE_POINTS)
    base = QFontMetrics(reference).height()
    return max(QFontMetrics(font).height() / base, 1.0) if base > 0 else 1.0


def grow_columns_with_font(view: QTableView) -> None:
    """Widen ``view``'s shown columns for its font (see the module's docstring)."""
    grow_columns(view, view.horizontalHeader())


def grow_columns(
    view: QAbstractItemView, header: QHeaderView, whole: Collection[int] = (), most: int = 0
) -> None:
    """Widen ``view``'s shown columns (``header``'s) for its font: each its title whole and
    its cells as the font grew, at most; a column in ``whole`` its cells whole at any font,
    up to ``most`` px. No column is narrowed."""
    scale = font_scale(view.font())
    for column in range(header.count()):
        if header.isSectionHidden(column) or (scale <= 1.0 and column not in whole):
            continue
        width = header.sectionSize(column)
        title = header.sectionSizeFromContents(column).width()
        cells = view.sizeHintForColumn(column) + _ROOM
        widest = most if column in whole else round(width * scale)
        grown = max(title, min(cells, max(widest, width)))
        if grown > width:
            header.resizeSection(column, grown)
