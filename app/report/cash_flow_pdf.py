"""The Cash Flow report on paper: tasks down, periods across, a Total and a Cumulative row.

Landscape pages. When the periods do not fit one page across, they go on as many pages as
they need, each repeating the task names at its left and the period headings at its top;
the row totals and baseline costs print on the last page across, beside the last periods.
Rows that do not fit down go on more pages; the Total and Cumulative rows (and the
baseline's cumulative cost, with a baseline) end the last page down. Pages print down then across, each with the plan's name, the date printed and
``Page 2 of 4 (row 1, column 2)`` (Gantry's header and footer, or the plan's Page Setup's).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPageLayout, QPainter, QPen

from app.domain.cash_flow import CashFlow
from app.domain.money import format_money
from app.domain.project import Project
from app.report.fonts import report_font
from app.report.gantt_paint import Colors
from app.report.locale_numbers import Marks
from app.report.options import PrintOptions
from app.report.page_frame import PageInfo
from app.report.pdf_file import paint_pdf
from app.report.render import ensure_gui_app, page_layout
from app.report.view_frame import ViewFrame

CASH_FLOW_TITLE = "Cash Flow"
_ROW_H = 14.0
_PAD = 3.0
_INDENT = "    "


@dataclass(frozen=True, slots=True)
class CashFlowLine:
    """One printed row: its name, its period cells and its end cells (Total, Baseline)."""

    name: str
    cells: tuple[str, ...]
    ends: tuple[str, ...]
    bold: bool = False


def cash_flow_lines(
    flow: CashFlow, project: Project, marks: Marks
) -> tuple[list[str], list[CashFlowLine]]:
    """The end columns' headings and the printed rows: every task (an empty period left
    blank), then the Total and Cumulative rows (every period filled) and, with a baseline, its
    cumulative cost by each period's end to set the Cumulative against."""

    def money(value: float) -> str:
        return format_money(value, project, group=marks.group, decimal=marks.decimal)

    with_baseline = flow.baseline_total is not None
    end_heads = ["Total", "Baseline"] if with_baseline else ["Total"]
    lines: list[CashFlowLine] = []
    for row in flow.rows:
        cells = tuple("" if abs(v) < 0.005 else money(v) for v in row.figures)
        ends = [money(row.total)]
        if with_baseline:
            ends.append("" if row.baseline is None else money(row.baseline))
        lines.append(CashFlowLine(_INDENT * row.depth + row.name, cells, tuple(ends), row.summary))
    ends = [money(flow.total)]
    if flow.baseline_total is not None:
        ends.append(money(flow.baseline_total))
    lines.append(CashFlowLine("Total", tuple(money(v) for v in flow.totals), tuple(ends), True))
    blank_ends = ("",) * len(end_heads)
    cumulative = tuple(money(v) for v in flow.cumulative)
    lines.append(CashFlowLine("Cumulative", cumulative, blank_ends, True))
    if flow.baseline_cumulative is not None:
        planned = tuple(money(v) for v in flow.baseline_cumulative)
        lines.append(CashFlowLine(flow.baseline_cumulative_label, planned, blank_ends))
    return end_heads, lines


def _chunks(widths: Sequence[float], room: float, tail: float) -> list[tuple[int, int]]:
    """The period columns ``[first, end)`` of each page across; the last page must also hold
    ``tail`` (the end columns), so it may carry fewer periods."""
    chunks: list[tuple[int, int]] = []
    first, used = 0, 0.0
    for k, w in enumerate(widths):
        if used + w > room and k > first:
            chunks.append((first, k))
            first, used = k, 0.0
        used += w
    if used + tail > room and first < len(widths):
        chunks.append((first, len(widths)))
        chunks.append((len(widths), len(widths)))  # the end columns on a page of their own
    else:
        chunks.append((first, len(widths)))
    return chunks


def render_cash_flow(
    device: QPagedPaintDevice,
    flow: CashFlow,
    project: Project,
    marks: Marks,
    printed_on: date,
    frame: ViewFrame,
) -> int:
    """Paint the report on ``device``'s pages; returns how many."""
    rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    width, height = rect.width(), rect.height()
    font, bold = report_font(7.5), report_font(7.5, bold=True)
    plain_m, bold_m = QFontMetricsF(font), QFontMetricsF(bold)
    end_heads, lines = cash_flow_lines(flow, project, marks)

    def need(texts: Sequence[str]) -> float:
        return max((bold_m.horizontalAdvance(t) for t in texts), default=0.0) + 2 * _PAD + 4

    name_w = min(need(["Task", *(line.name for line in lines)]), width * 0.3)
    period_w = [
        need([label, *(line.cells[k] for line in lines)]) for k, label in enumerate(flow.labels)
    ]
    end_w = [need([head, *(line.ends[c] for line in lines)]) for c, head in enumerate(end_heads)]
    chunks = _chunks(period_w, width - name_w, sum(end_w))
    body_top, footer_h = frame.top(), frame.bottom()
    per_page = max(int((height - body_top - footer_h - _ROW_H) // _ROW_H), 1)
    downs = [(i, min(i + per_page, len(lines))) for i in range(0, len(lines), per_page)]
    cols, rows = len(chunks), len(downs)
    dpp = device.logicalDpiX() / 72.0
    p = QPainter(device)
    page = 0
    try:
        for col, (first, end) in enumerate(chunks):
            last_across = col == cols - 1
            heads = [("Task", name_w, False)]
            heads += [(flow.labels[k], period_w[k], True) for k in range(first, end)]
            if last_across:
                heads += [(h, w, True) for h, w in zip(end_heads, end_w, strict=True)]
            for row, (top, bottom) in enumerate(downs):
                if page:
                    device.newPage()
                page += 1
                p.save()
                p.scale(dpp, dpp)
                info = PageInfo(
                    project.name, None, printed_on, row + 1, col + 1, rows, cols, CASH_FLOW_TITLE
                )
                info = _down_then_across(info, row, col, rows)
                frame.paint(p, info, width, height - footer_h)
                table_w = sum(w for _, w, _ in heads)
                y = body_top
                p.fillRect(QRectF(0, y, table_w, _ROW_H), Colors.header_bg)
                _paint_row(p, y, [(h, w, right) for h, w, right in heads], bold, bold_m)
                y += _ROW_H
                for n, line in enumerate(lines[top:bottom], start=top):
                    texts = [(line.name, name_w, False)]
                    texts += [(line.cells[k], period_w[k], True) for k in range(first, end)]
                    if last_across:
                        texts += [(t, w, True) for t, w in zip(line.ends, end_w, strict=True)]
                    if n >= len(flow.rows):  # Total, Cumulative, Baseline cumulative
                        p.fillRect(QRectF(0, y, table_w, _ROW_H), Colors.header_bg)
                    m = bold_m if line.bold else plain_m
                    _paint_row(p, y, texts, bold if line.bold else font, m)
                    y += _ROW_H
                    p.setPen(QPen(Colors.grid, 0.5))
                    p.drawLine(QLineF(0, y, table_w, y))
                p.restore()
    finally:
        p.end()
    return page


def _down_then_across(info: PageInfo, row: int, col: int, rows: int) -> PageInfo:
    """The page's number as the pages print: down each column of pages, then across."""
    return replace(info, sheet=col * rows + row + 1, sheets=info.rows * info.cols)


def _paint_row(
    p: QPainter, y: float, cells: Sequence[tuple[str, float, bool]], font: QFont, m: QFontMetricsF
) -> None:
    p.setFont(font)
    p.setPen(Colors.text)
    x = 0.0
    for text, w, right in cells:
        side = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        p.drawText(
            QRectF(x + _PAD, y, w - 2 * _PAD, _ROW_H),
            int(side | Qt.AlignmentFlag.AlignVCenter),
            m.elidedText(text, Qt.TextElideMode.ElideRight, w - 2 * _PAD),
        )
        x += w


def write_cash_flow_pdf(
    flow: CashFlow,
    project: Project,
    path: Path,
    marks: Marks,
    paper: str = "A4",
    file: str = "",
) -> int:
    """Write the report to ``path`` on landscape ``paper``; returns its page count.
    ``file``: the plan's file name, what ``&[File]`` prints."""
    ensure_gui_app()
    options = PrintOptions(paper=paper, setup=project.page_setup, landscape=True)
    frame = ViewFrame.of(project, CASH_FLOW_TITLE, options.header, options.footer, file)
    return paint_pdf(
        path,
        f"{project.name} - {CASH_FLOW_TITLE}",
        page_layout(options),
        lambda writer: render_cash_flow(writer, flow, project, marks, date.today(), frame),
    )
