"""The risk register printout's first page: the probability x impact heat map
(app/domain/risk_matrix.py), the most likely band on top, each cell's count on its exposure
band's colour, a legend under it; as the Risks view's panel draws it. ``gantry risks -o
risks.pdf`` and the window's Risks printout (preview, print, PDF) both print it through
:func:`heat_map_page`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from app.domain.plan import Plan
from app.domain.risk_matrix import (
    BANDS,
    HIGH,
    LOW,
    RiskMatrix,
    exposure_band,
    probability_label,
    risk_matrix,
)
from app.domain.risk_register import RegisterView
from app.report.fonts import report_font
from app.report.risk_matrix_words import impact_heads, matrix_legend

COLOURS = {LOW: QColor("#c8e6c9"), "medium": QColor("#ffe0b2"), HIGH: QColor("#ef9a9a")}


def paint_heat_map(
    p: QPainter, rect: QRectF, matrix: RiskMatrix, impact_heads: Sequence[str], legend: str
) -> None:
    """Paint the heat map in ``rect`` (points): a heading, the grid, the legend."""
    font, bold = report_font(9), report_font(9, bold=True)
    big = report_font(14, bold=True)
    line = QFontMetricsF(font).lineSpacing()
    p.setPen(QColor("#202020"))
    p.setFont(report_font(11, bold=True))
    top = rect.top() + 8
    p.drawText(QRectF(rect.left(), top, rect.width(), 20), "Heat map: probability x impact")
    top += 28
    label_w = max(QFontMetricsF(bold).horizontalAdvance(probability_label(p_)) for p_ in (4, 5))
    label_w += 16
    side = min((rect.width() - label_w) / BANDS, (rect.height() - top - 9 * line) / (BANDS + 1))
    left = rect.left() + label_w
    p.setFont(bold)
    p.drawText(QRectF(left, top, side * BANDS, line), int(Qt.AlignmentFlag.AlignCenter), "Impact")
    p.drawText(QRectF(rect.left(), top + line, label_w - 8, line * 2.4), "Probability")
    top += line
    for i, head in enumerate(impact_heads):  # the impact bands across the top, on two lines
        box = QRectF(left + i * side, top, side, line * 2.4)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        p.drawText(box, int(flags), head)
    top += line * 2.4
    for row in range(BANDS):
        band = BANDS - row
        y = top + row * side
        p.setFont(bold)
        p.setPen(QColor("#202020"))
        label = QRectF(rect.left(), y, label_w - 8, side)
        p.drawText(
            label,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            probability_label(band),
        )
        for i in range(1, BANDS + 1):
            cell = QRectF(left + (i - 1) * side, y, side, side)
            p.fillRect(cell, COLOURS[exposure_band(band, i)])
            p.setPen(QPen(QColor("#ffffff"), 1.5))
            p.drawRect(cell)
            count = matrix.count(band, i)
            if count:
                p.setFont(big)
                p.setPen(QColor("#202020"))
                p.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), str(count))
    y = top + BANDS * side + line
    p.setFont(font)
    p.setPen(QColor("#202020"))
    p.drawText(
        QRectF(rect.left(), y, rect.width(), line * 4),
        int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
        legend,
    )


def heat_map_page(plan: Plan, view: RegisterView) -> Callable[[QPainter, QRectF], None]:
    """What paints the register printout's first page: the heat map of the risks shown."""
    matrix = risk_matrix(view.shown, plan.risks)
    heads = impact_heads(plan, matrix)
    legend = " ".join(matrix_legend(view, matrix)).replace(
        "L low, M medium, H high", "green low, amber medium, red high"
    )
    return lambda p, rect: paint_heat_map(p, rect, matrix, heads, legend)
