"""``gantry report A B C --combined OUT.pdf``: one PDF for the owner of several plans.

The first page is a table with one row per plan (finish against its baseline, % complete,
cost against budget, CPI/SPI, late tasks and missed deadlines) and, under it, the people
over-allocated with all the plans added up; then each plan's status report as
``gantry report`` prints it, one after another. The rows come as text (app/cli/pool_report.py
writes them); this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPainter, QPdfWriter

from app.domain.errors import AppError
from app.domain.status_lines import StatusReport
from app.report.fonts import report_font
from app.report.pdf_file import paint_pdf
from app.report.render import ensure_gui_app, page_layout
from app.report.status_pages import paint_status_pages, status_page_options

_ROW = 13.0  # points per table line
_GRID = QColor(200, 200, 200)
_HEAD = QColor(235, 235, 235)


@dataclass(frozen=True, slots=True)
class SummaryTable:
    """A table of the first page: its heading, column titles, rows and each column's share
    of the width (numbers right-aligned: ``right``)."""

    heading: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    shares: tuple[float, ...]
    right: frozenset[int] = frozenset()
    empty: str = ""  # said instead of the table when it has no rows


def _table(p: QPainter, top: float, width: float, table: SummaryTable) -> float:
    """Draw one table from ``top``; returns where the next thing goes."""
    p.setFont(report_font(11, True))
    p.setPen(Qt.GlobalColor.black)
    p.drawText(QRectF(0, top, width, 16), Qt.AlignmentFlag.AlignLeft, table.heading)
    top += 20
    if not table.rows:
        p.setFont(report_font(9))
        p.drawText(QRectF(0, top, width, 14), Qt.AlignmentFlag.AlignLeft, table.empty)
        return top + 24
    total = sum(table.shares)
    widths = [width * s / total for s in table.shares]
    small, head = report_font(8), report_font(8, True)
    for r, row in enumerate((table.columns, *table.rows)):
        x = 0.0
        if r == 0:
            p.fillRect(QRectF(0, top, width, _ROW), _HEAD)
        p.setFont(head if r == 0 else small)
        for c, (text, w) in enumerate(zip(row, widths, strict=True)):
            align = Qt.AlignmentFlag.AlignRight if c in table.right else Qt.AlignmentFlag.AlignLeft
            cell = QRectF(x + 2, top, w - 4, _ROW)
            shown = p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(w - 4))
            p.drawText(cell, align | Qt.AlignmentFlag.AlignVCenter, shown)
            x += w
        p.setPen(_GRID)
        p.drawLine(0, int(top + _ROW), int(width), int(top + _ROW))
        p.setPen(Qt.GlobalColor.black)
        top += _ROW
    return top + 16


def _summary_page(
    p: QPainter, device: QPagedPaintDevice, title: str, note: str, tables: Sequence[SummaryTable]
) -> None:
    rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    width = rect.width()
    p.save()
    dpp = device.logicalDpiX() / 72.0
    p.scale(dpp, dpp)
    p.setFont(report_font(16, True))
    p.drawText(QRectF(0, 0, width, 24), Qt.AlignmentFlag.AlignLeft, title)
    p.setFont(report_font(9))
    # wrapped, not cut: the plans' names and the word on totals in several currencies
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    said = p.boundingRect(QRectF(0, 26, width, 1000), flags, note)
    p.drawText(QRectF(0, 26, width, said.height()), flags, note)
    top = max(52.0, 26 + said.height() + 12)
    for table in tables:
        top = _table(p, top, width, table)
    p.restore()


def write_combined_pdf(
    path: Path,
    title: str,
    note: str,
    tables: Sequence[SummaryTable],
    reports: Sequence[StatusReport],
    paper: str = "A4",
    landscape: bool = False,
) -> int:
    """The summary page, then each report's pages; returns the page count."""
    ensure_gui_app()
    if not Path(path).parent.is_dir():
        raise AppError(f"{path}: no such folder")
    layout = page_layout(status_page_options(paper, landscape))

    def paint(writer: QPdfWriter) -> int:
        p = QPainter()
        if not p.begin(writer):
            raise AppError(f"{Path(path).name}: could not start drawing (is the file writable?)")
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            _summary_page(p, writer, title, note, tables)
            pages = 1
            for report in reports:
                writer.setPageLayout(
                    page_layout(status_page_options(paper, landscape, report.project.page_setup))
                )
                writer.newPage()
                pages += paint_status_pages(p, writer, report)
            return pages
        finally:
            p.end()

    return paint_pdf(Path(path), title, layout, paint)
