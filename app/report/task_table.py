"""The task columns printed left of a Gantt chart: headings in the timescale's band, then a
row of cells per task (or a group's header row), as the task sheet shows them."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from app.domain.costs import CostReport
from app.domain.grouping_rows import GROUP_KEY_LIMIT, TaskGroup
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.workload import inactive_tasks
from app.report.columns import ICON_KEYS, CellText, Column
from app.report.fonts import report_font
from app.report.gantt_paint import ChartRow, Colors, resource_labels
from app.report.group_rows import paint_group_cells
from app.report.indicator_icons import HEADER, paint_icon, paint_indicators
from app.report.name_rows import paint_wrapped_name
from app.report.titles import fitted_title

# An inactive task's cells (and those under an inactive summary), greyed as the sheet shows
# them (its HINT_BRUSH): the bar beside them is drawn hollow (bar_paint.paint_inactive_bar).
INACTIVE_TEXT = QColor(110, 110, 110)


def paint_table(
    p: QPainter,
    columns: tuple[Column, ...],
    rows: list[ChartRow],
    cells: CellText,
    ts_h: float,
    font_px: int = 8,
    groups: Mapping[int, TaskGroup] | None = None,
) -> None:
    """The task columns of a printed or exported chart, headings in the timescale's band.

    ``groups``: the group header rows among ``rows`` (View > Group by); a header row
    without its group is left blank."""
    font = report_font(font_px)
    bold = report_font(font_px, bold=True)
    metrics = QFontMetricsF(font)
    summary_metrics = QFontMetricsF(bold)
    width = sum(c.width for c in columns)
    grid = QPen(Colors.grid, 0.5)
    if ts_h:
        p.fillRect(QRectF(0, 0, width, ts_h), Colors.header_bg)
        p.setPen(grid)
        p.drawLine(QLineF(0, ts_h, width, ts_h))
        p.setFont(bold)
        bold_metrics = QFontMetricsF(bold)
        x = 0.0
        for col in columns:
            p.setPen(Colors.text)
            if col.key in ICON_KEYS:  # the sheet's "i", in the lower half of the band
                size = min(ts_h / 2, col.width) * 0.7
                paint_icon(p, QRectF(x + 3, ts_h - size - 3, size, size), HEADER)
                x += col.width
                continue
            # a title longer than its column wraps onto a second line rather than being cut;
            # one longer than the band holds keeps its beginning (titles.py)
            p.drawText(
                QRectF(x + 3, 0, col.width - 6, ts_h),
                int(_side(col) | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap),
                fitted_title(bold_metrics, col.title, col.width - 6, ts_h),
            )
            x += col.width
    off = inactive_tasks(cells.plan)  # empty, at once, when every task is active
    for row in rows:
        if row.uid < GROUP_KEY_LIMIT:  # a group's header row: shaded, label and figures
            group = groups.get(row.uid) if groups else None
            if group is not None:
                paint_group_cells(p, columns, row, group, cells.plan.project, bold)
            p.setPen(grid)
            p.drawLine(QLineF(0, row.top + row.height, width, row.top + row.height))
            continue
        p.setPen(grid)
        p.drawLine(QLineF(0, row.top + row.height, width, row.top + row.height))
        x = 0.0
        summary = cells.plan.is_summary(row.uid)
        p.setFont(bold if summary else font)
        # shortened in the font drawn: a bold summary name measured in the plain font lost
        # its "…" past the column's edge ('Utility Rough-Ins and Complete C')
        row_metrics = summary_metrics if summary else metrics
        ink = INACTIVE_TEXT if row.uid in off else Colors.text
        for col in columns:
            if col.key in ICON_KEYS:
                cell = QRectF(x + 1, row.top, col.width - 2, row.height)
                paint_indicators(p, cell, cells.marks(row.uid))
                x += col.width
                continue
            full = cells.text(row.uid, col.key)
            p.setPen(ink)
            if col.key == "name" and row.height >= 2 * row_metrics.lineSpacing():  # room
                paint_wrapped_name(p, QRectF(x + 3, row.top, col.width - 6, row.height), full)
                x += col.width
                continue
            text = row_metrics.elidedText(full, Qt.TextElideMode.ElideRight, col.width - 6)
            p.drawText(
                QRectF(x + 3, row.top, col.width - 6, row.height),
                int(_side(col) | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += col.width
    p.setPen(grid)
    x = 0.0
    bottom = rows[-1].top + rows[-1].height if rows else ts_h
    for col in columns:
        x += col.width
        p.drawLine(QLineF(x, 0, x, bottom))


def _side(col: Column) -> Qt.AlignmentFlag:
    """Figures right, words left, as the task sheet aligns them."""
    return Qt.AlignmentFlag.AlignRight if col.numeric else Qt.AlignmentFlag.AlignLeft


def cell_text(
    plan: Plan,
    schedule: Schedule,
    costs: CostReport | None = None,
    flat: bool = False,
    levels: Mapping[int, int] | None = None,
) -> CellText:
    """Cell formatter for a plan's table columns (``costs``: the plan's, when the caller has it;
    ``flat``: names not indented, as a sort without the outline structure lists them;
    ``levels``: grouped, each task row's level under its group, which names are indented by)."""
    return CellText(plan, schedule, resource_labels(plan), costs, flat, levels)
