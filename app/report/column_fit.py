"""The ID and WBS columns sized to the widest value printed, as a PM widens them in MS
Project's sheet: a programme's 4-5 digit IDs and 3-level WBS codes ('20.25.14') print
whole rather than cut to '10…' and '20.2…'. The other columns keep their widths (a name
wraps onto a second line; a date has one width)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtGui import QFontMetricsF

from app.report.column_table import Column
from app.report.columns import CellText
from app.report.fonts import report_font

FITTED_KEYS = frozenset({"id", "wbs"})
PADDING = 8.0  # points: the 3 each side paint_table leaves, and a little air
_LONGEST = 40  # the longest texts measured: of one length, digits take about one width


def fitted_columns(
    columns: tuple[Column, ...], cells: CellText, uids: Iterable[int], font_px: int = 8
) -> tuple[Column, ...]:
    """``columns`` with the ID and WBS ones as wide as the widest of their texts for the
    rows ``uids`` (in bold, as a summary prints), and never narrower than they were."""
    keys = [c.key for c in columns if c.key in FITTED_KEYS]
    if not keys:
        return columns
    rows = [u for u in uids if cells.plan.has_task(u)]  # group header rows have no ID
    metrics = QFontMetricsF(report_font(font_px, bold=True))
    widths: dict[str, float] = {}
    for key in keys:
        texts = {cells.text(uid, key) for uid in rows}
        longest = sorted(texts, key=len, reverse=True)[:_LONGEST]
        widest = max((metrics.horizontalAdvance(t) for t in longest), default=0.0)
        widths[key] = widest + PADDING
    return tuple(
        replace(c, width=max(c.width, widths[c.key])) if c.key in widths else c for c in columns
    )
