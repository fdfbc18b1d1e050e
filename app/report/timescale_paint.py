"""Drawing a Gantt chart's two timescale tiers with QPainter: each tier's captions in
one style, the longest every whole cell can show, and cells cut by a page or window
edge kept readable. QtGui only: no widgets here."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from app.report.colors import Colors
from app.report.timescale import TierCell, Timescale


class TextWidths:
    """Widths of captions in one font, measured once (the timescale repeats them)."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        self._metrics = metrics
        self._known: dict[str, float] = {}

    def __call__(self, text: str) -> float:
        width = self._known.get(text)
        if width is None:
            width = self._known[text] = self._metrics.horizontalAdvance(text)
        return width


def fitting_label(labels: Sequence[str], width_of: TextWidths, width: float) -> str:
    """The longest caption that fits in ``width`` (empty when none does)."""
    for label in labels:
        if width_of(label) + 4 <= width:
            return label
    return ""


def cut_cell_labels(cell: TierCell, style: int, width: float) -> tuple[str, ...]:
    """The captions a cell may show in ``width`` of its room, longest first.

    A whole cell takes the tier's caption style (``style``) or a shorter form. A cell
    cut by the page or window edge takes only the shorter forms that name it as the
    tier's style names the others (the cell's ``kinds``): a week cut by a page's left
    edge printed "W13" beside "5 Apr" and "12 Apr", where "29" (or "29 Mar") says
    which; a month cut to a sliver printed "M" among "Mar 2027" and "Apr 2027", as MS
    Project writes initials only where every column is that tiny. Without kinds, no
    shorter form than the last abbreviation. Nothing is drawn when no such form fits.
    """
    labels = cell.labels[style:]
    if width >= cell.x1 - cell.x0 - 0.5 or len(labels) <= 1:
        return labels
    if len(cell.kinds) != len(cell.labels):
        return labels[:-1]
    kinds = cell.kinds[style:]
    own = kinds[0]
    return tuple(
        label
        for label, kind in zip(labels, kinds, strict=True)
        if kind == own or (own == "both" and kind != "initial")
    )


def paint_timescale(
    p: QPainter,
    scale: Timescale,
    rect: QRectF,
    font: QFont,
    metrics: QFontMetricsF,
    widths: TextWidths,
) -> None:
    """The two header tiers over ``rect`` (x in chart units), in ``font`` (``metrics`` and
    ``widths``: its own, the widths measured once)."""
    p.fillRect(rect, Colors.header_bg)
    p.setFont(font)
    half = rect.height() / 2
    top, bottom = scale.tiers(rect.left(), rect.right())
    _paint_tier(p, top, rect.top(), half, rect, metrics, widths)
    _paint_tier(p, bottom, rect.top() + half, half, rect, metrics, widths)
    p.setPen(QPen(Colors.grid, 0))
    p.drawLine(QLineF(rect.left(), rect.bottom(), rect.right(), rect.bottom()))


def _caption_style(cells: list[TierCell], clip: QRectF, widths: TextWidths) -> int:
    """One caption style for a whole tier: the longest every whole cell can show."""
    whole = [c for c in cells if c.x0 >= clip.left() and c.x1 <= clip.right()] or cells
    if not whole:
        return 0
    styles = min(len(c.labels) for c in whole)
    for k in range(styles):
        if all(widths(c.labels[k]) + 4 <= c.x1 - c.x0 for c in whole):
            return k
    return styles


def _paint_tier(
    p: QPainter,
    cells: list[TierCell],
    y: float,
    h: float,
    clip: QRectF,
    metrics: QFontMetricsF,
    widths: TextWidths,
) -> None:
    grid = QPen(Colors.grid, 0)
    p.setPen(grid)
    p.drawLine(QLineF(clip.left(), y, clip.right(), y))
    p.drawLines([QLineF(c.x0, y, c.x0, y + h) for c in cells])
    p.setPen(Colors.text)
    # Baseline-positioned text: much cheaper than laying out in a rectangle.
    baseline = y + (h + metrics.ascent() - metrics.descent()) / 2
    k = _caption_style(cells, clip, widths)
    for cell in cells:
        # Keep the caption of a cell cut by the left edge readable.
        x0 = max(cell.x0, clip.left())
        width = min(cell.x1, clip.right()) - x0
        label = fitting_label(cut_cell_labels(cell, k, width), widths, width)
        if label:
            p.drawText(QPointF(x0 + 2, baseline), label)
