"""Rendering reports onto paged devices (QPdfWriter, QPrinter) and images.

Every function takes the device it draws on; the caller chooses PDF, printer
or preview. Drawing happens in points, scaled to the device's resolution, so
text stays text and lines stay vectors in a PDF.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)

from app.domain.costs import CostReport
from app.domain.errors import AppError
from app.domain.page_setup import checked
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.report.fonts import report_font
from app.report.gantt_pages import GanttPageLayout, paint_end_page, paint_page
from app.report.gantt_paint import Colors
from app.report.group_rows import row_levels
from app.report.options import PAPERS, PrintOptions
from app.report.page_frame import PageInfo
from app.report.page_layout import checked_margins
from app.report.table_lines import page_cuts, widest_line, wrapped_lines
from app.report.task_table import cell_text
from app.report.view_frame import ViewFrame

_PAGE_SIZES = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
    "A5": QPageSize.PageSizeId.A5,
    "A2": QPageSize.PageSizeId.A2,
    "A1": QPageSize.PageSizeId.A1,
    "Tabloid": QPageSize.PageSizeId.Tabloid,
    "Ledger": QPageSize.PageSizeId.Ledger,
}


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new offscreen one (for the command line)."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app  # type: ignore[return-value]


def paper_size(paper: str) -> QPageSize:
    """QPageSize for a paper name (one of :data:`app.report.options.PAPERS`)."""
    try:
        return QPageSize(_PAGE_SIZES[paper])
    except KeyError:
        raise ValueError(f"unknown paper '{paper}' (use {', '.join(PAPERS)})") from None


def page_layout(options: PrintOptions) -> QPageLayout:
    """Paper, orientation and margins of the options, whose orientation must be decided
    (Automatic, None, is decided for a plan by ``page_orientation.oriented``): an undecided
    one raises ValueError rather than print portrait unasked."""
    if options.landscape is None:
        raise ValueError("the page's orientation is Automatic: decide it with oriented() first")
    orientation = (
        QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    )
    # Page Setup's, kept with the plan: refused (one line) when they cannot be printed
    setup = checked_margins(checked(options.setup), options.paper, options.landscape)
    top, bottom, left, right = setup.margins_mm
    return QPageLayout(
        paper_size(options.paper),
        orientation,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


def _points_rect(device: QPagedPaintDevice) -> QRectF:
    return device.pageLayout().paintRect(QPageLayout.Unit.Point)


def gantt_layout(
    plan: Plan, schedule: Schedule, options: PrintOptions, device: QPagedPaintDevice
) -> GanttPageLayout:
    """The page grid the device's paper gives for these options."""
    rect = _points_rect(device)
    return GanttPageLayout(plan, schedule, options, rect.width(), rect.height())


class CancelledError(AppError):
    """The user stopped a long print or export."""


class PageRangeError(AppError):
    """The pages asked for (Print's "Pages from/to", ``--pages``) are past the printout's."""


def pages_in_range(options: PrintOptions, pages: int) -> range:
    """The indices (0-based) of the pages of a ``pages``-page printout that ``options``'s
    page range prints; PageRangeError when it starts after the last page (a range running
    past it prints to the last page, as MS Project's Print does)."""
    if options.page_range is None:
        return range(pages)
    first, last = options.page_range
    if first > pages:
        whole = f"{pages:,} page" + ("" if pages == 1 else "s")
        raise PageRangeError(f"pages {first}-{last}: the printout has {whole}")
    return range(first - 1, min(last, pages))


def render_gantt(
    device: QPagedPaintDevice,
    plan: Plan,
    schedule: Schedule,
    options: PrintOptions,
    progress: Callable[[int, int], bool] | None = None,
    costs: CostReport | None = None,
    on_layout: Callable[[GanttPageLayout], None] | None = None,
) -> int:
    """Paint the pages of the Gantt chart on ``device`` (those of ``options.page_range``);
    returns the number of pages painted.

    ``progress(done, total)`` is called after each page; returning False
    stops and raises :class:`CancelledError`. ``costs``: the plan's cost report
    (the window's); without it, cost columns compute one when printed. ``on_layout``:
    told the page grid before any page is painted (the command line's small-text hint).
    """
    layout = gantt_layout(plan, schedule, options, device)
    if on_layout is not None:
        on_layout(layout)
    printed_on = options.printed_on or datetime.now()  # &[Time] and "Printed:" say when
    chart = layout.painter_for()
    levels = row_levels(options.groups.values())  # grouped: names indented by group depth
    cells = cell_text(plan, schedule, costs, options.flat, levels)
    dpp = device.logicalDpiX() / 72.0
    chosen = pages_in_range(options, layout.printed_pages)  # before the first page is drawn
    grid = len(layout.pages)
    p = QPainter(device)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for done, i in enumerate(chosen):
            if done:
                device.newPage()
            p.save()
            p.scale(dpp, dpp)
            if i < grid:
                paint_page(p, layout, layout.pages[i], chart, cells, printed_on)
            else:  # the legend page, the task notes
                paint_end_page(p, layout, i - grid, printed_on)
            p.restore()
            if i < grid and progress is not None and not progress(done + 1, len(chosen)):
                raise CancelledError("printing was cancelled")
    finally:
        p.end()
    return len(chosen)


class BoldRow(list[str]):
    """A row of a table report printed in bold: a summary row, as the view draws it."""


class SpanRow(list[str]):
    """A row whose last cell runs on to the table's right edge over the columns after it
    (a report's header fact: ``Old plan | month1.gantry  saved ...  no status date``): it
    wraps only past the whole width, and asks no column to be wider for it."""


def _cell_width(cells: Sequence[str], c: int, widths: Sequence[float]) -> float:
    """The width cell ``c`` of ``cells`` prints in: its column's, or for the last cell of a
    :class:`SpanRow` its column's and every one's after it."""
    if isinstance(cells, SpanRow) and c == len(cells) - 1:
        return sum(widths[c:])
    return widths[c] if c < len(widths) else 0.0


def render_table(
    device: QPagedPaintDevice,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    project: str,
    status_date: datetime | None = None,
    printed_on: date | None = None,
    note: str = "",
    frame: ViewFrame | None = None,
    first_page: Callable[[QPainter, QRectF], None] | None = None,
) -> int:
    """Print a plain table (team roster, budget) with the Gantt's header and footer: the
    plan's Page Setup texts in ``frame`` (None: Gantry's own).

    Each column gets the width of its longest text when they all fit; else the
    figures still do and the texts share what is left, wrapped at their spaces; when
    the figures and the texts' longest words are wider than the page, the table prints
    smaller (:func:`table_widths`): a figure is never broken over two lines. Rows flow
    over as many pages as needed, the column headings repeated on each; a
    :class:`BoldRow` (a summary) is printed in bold, as the headings.
    ``note``: how the rows are sorted ("Sorted by Std. rate (descending)"), said in the
    header under the title as the Gantt's filter is ("": in the view's own order).
    ``first_page`` paints a page before the table's, under the same header, in the body's
    rectangle in points (the risk register's heat map). Returns the number of pages.
    """
    rect = _points_rect(device)
    width, height = rect.width(), rect.height()
    font = report_font(8)
    bold = report_font(8, bold=True)
    metrics = QFontMetricsF(font)
    bold_metrics = QFontMetricsF(bold)  # the headings are bold: wider than the same text plain
    row_h = 15.0
    ncols = max(len(headers), 1)
    # figures whole, words whole: a table wider than the page prints smaller (``zoom``)
    widths, zoom = table_widths(headers, rows, width) if headers else ([width], 1.0)
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    sides = [right if numeric_column(rows, c) else left for c in range(ncols)]
    frame = frame or ViewFrame()
    body_top, footer_h = frame.top(note), frame.bottom()  # Page Setup's header, footer on or off
    # a row grows by a line for each line break in its tallest cell (table_lines)
    room, line_h = (height - body_top - footer_h) / zoom - row_h, metrics.lineSpacing()
    most = max(int((room - row_h) // line_h) + 1, 1)
    # each cell's lines, its long ones wrapped to its column: nothing cut off with "…"
    lines = [
        [
            wrapped_lines(
                str(cells[c]) if c < len(cells) else "",
                _cell_width(cells, c, widths) - 6,
                (bold_metrics if isinstance(cells, BoldRow) else metrics).horizontalAdvance,
                most,
            )
            for c in range(ncols)
        ]
        for cells in rows
    ]
    heights = [row_h + (max(len(cell) for cell in row) - 1) * line_h for row in lines]
    cuts = page_cuts(heights, room) or [(0, 0)]
    pages = len(cuts)
    day = printed_on or date.today()
    dpp = device.logicalDpiX() / 72.0
    extra = 0 if first_page is None else 1
    p = QPainter(device)
    try:
        if first_page is not None:
            p.save()
            p.scale(dpp, dpp)
            info = PageInfo(project, status_date, day, 1, 1, pages + 1, 1, title, note=note)
            frame.paint(p, info, width, height - footer_h)
            first_page(p, QRectF(0, body_top, width, height - footer_h - body_top))
            p.restore()
        for page in range(pages):
            if page or extra:
                device.newPage()
            p.save()
            p.scale(dpp, dpp)
            info = PageInfo(
                project, status_date, day, page + 1 + extra, 1, pages + extra, 1, title, note=note
            )
            frame.paint(p, info, width, height - footer_h)
            p.translate(0, body_top)
            p.scale(zoom, zoom)
            y = 0.0
            p.fillRect(QRectF(0, y, sum(widths), row_h), Colors.header_bg)
            first, end = cuts[page]
            heads = [[str(h)] for h in headers]
            for r, cells in enumerate([list(headers), *rows[first:end]]):
                strong = r == 0 or isinstance(cells, BoldRow)
                p.setFont(bold if strong else font)
                fits = bold_metrics if strong else metrics
                x = 0.0
                texts = lines[first + r - 1] if r else heads
                for c in range(ncols):
                    w = _cell_width(cells, c, widths)
                    p.setPen(Colors.text)
                    for n, line in enumerate(texts[c] if c < len(texts) else ()):
                        p.drawText(
                            QRectF(x + 3, y + n * line_h, w - 6, row_h),
                            int(sides[c] | Qt.AlignmentFlag.AlignVCenter),
                            fits.elidedText(line, Qt.TextElideMode.ElideRight, w - 6),
                        )
                    x += w
                    if isinstance(cells, SpanRow) and c == len(cells) - 1:
                        x = sum(widths)  # the cell ran to the edge: no column after it
                        break
                y += heights[first + r - 1] if r else row_h
                p.setPen(QPen(Colors.grid, 0.5))
                p.drawLine(QRectF(0, y, x, 0).topLeft(), QRectF(0, y, x, 0).topRight())
            p.restore()
    finally:
        p.end()
    return pages + extra


# An amount, a count or a percentage as the views show them: "€16,600.00", "1 234,50 kr",
# "95.00/h", "100%", "208h"; not a date ("2027-01-04") or a list of IDs with text.
_NUMBER = re.compile(r"-?[^\d\s-]{0,4}\s?-?\d[\d.,\u00a0\u202f ]*\s?[^\d\s]{0,6}")


def numeric_column(rows: Sequence[Sequence[str]], column: int) -> bool:
    """Whether every filled cell of a column is a figure (printed right-aligned, as in a sheet)."""
    cells = [str(r[column]).strip() for r in rows if column < len(r) and str(r[column]).strip()]
    return bool(cells) and all(_NUMBER.fullmatch(cell) for cell in cells)


def column_needs(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[float]:
    """Width in points each column of a table report needs to show all of its text."""
    metrics = QFontMetricsF(report_font(8))
    bold_metrics = QFontMetricsF(report_font(8, bold=True))
    return [
        max(
            [bold_metrics.horizontalAdvance(str(h)) + 10]
            + [
                widest_line(
                    str(r[c]),
                    (bold_metrics if isinstance(r, BoldRow) else metrics).horizontalAdvance,
                )
                + 10
                for r in rows
                if c < len(r) and not (isinstance(r, SpanRow) and c == len(r) - 1)
            ]
        )
        for c, h in enumerate(headers)
    ]


def table_widths(
    headers: Sequence[str], rows: Sequence[Sequence[str]], width: float
) -> tuple[list[float], float]:
    """The columns' widths of a table report ``width`` points wide, and the scale it prints
    at (1: its own size). Every figure keeps its whole width (a total broken as "€207,210."
    over "00" reads as another amount); a text column keeps its heading, its longest word
    (up to :data:`WORD_MOST`) and :data:`WRAP_LEAST`, and the texts share the rest. When
    even that is wider than ``width`` the widths are those and the scale shrinks them to fit."""
    need = column_needs(headers, rows)
    if sum(need) <= width:
        return need, 1.0
    plain = QFontMetricsF(report_font(8)).horizontalAdvance
    bold = QFontMetricsF(report_font(8, bold=True)).horizontalAdvance
    least: list[float] = []
    for c, head in enumerate(headers):
        if numeric_column(rows, c):
            least.append(need[c])
            continue
        words = [  # a wrapped line keeps the cell's indent (a Budget row under its summary)
            (bold if isinstance(r, BoldRow) else plain)(_indent(line) + word) + 10
            for r in rows
            if c < len(r) and not (isinstance(r, SpanRow) and c == len(r) - 1)
            for line in str(r[c]).splitlines()
            for word in line.split()
        ]
        word = min(max(words, default=0.0), WORD_MOST)
        least.append(min(need[c], max(WRAP_LEAST, word, bold(str(head)) + 10)))
    return fit_within(need, least, width)


def _indent(line: str) -> str:
    """The spaces a line starts with."""
    return line[: len(line) - len(line.lstrip())]


def fit_within(
    need: Sequence[float], least: Sequence[float], width: float
) -> tuple[list[float], float]:
    """Widths between each column's ``least`` and its ``need`` within ``width`` (what is
    left past the least shared as :func:`fit_columns` shares it), and the scale to print
    at: below 1 when the least alone is wider than ``width``."""
    floor = sum(least)
    if floor >= width:
        return list(least), width / floor if floor else 1.0
    extra = fit_columns([n - k for n, k in zip(need, least, strict=True)], width - floor)
    return [k + e for k, e in zip(least, extra, strict=True)], 1.0


# The widest a word makes its text column (two inches): a longer one (a web address) is
# broken, not given the page.
WORD_MOST = 144.0

# Points a column whose text wraps keeps at least (an inch, some fifteen letters of 8 pt a
# line): narrower, a risk's description printed a word a line down the page.
WRAP_LEAST = 72.0


def fits_across(headers: Sequence[str], rows: Sequence[Sequence[str]], width: float) -> bool:
    """Whether a table report prints ``width`` points wide with nothing cut or broken
    mid-word: the columns :func:`fit_columns` squeezes below their text's width still hold
    their heading (printed on one line), each figure whole and the longest word of each
    cell, and :data:`WRAP_LEAST` for the rest of a long text to wrap in at its spaces
    (app/report/table_lines.py)."""
    need = column_needs(headers, rows)
    if sum(need) <= width:
        return True
    widths, zoom = table_widths(headers, rows, width)
    if zoom < 1.0:
        return False
    plain = QFontMetricsF(report_font(8)).horizontalAdvance
    bold = QFontMetricsF(report_font(8, bold=True)).horizontalAdvance
    for c, (has, wants) in enumerate(zip(widths, need, strict=True)):
        if has >= wants:
            continue
        if has < WRAP_LEAST or bold(str(headers[c])) + 10 > has or numeric_column(rows, c):
            return False
        for r in rows:
            text = str(r[c]) if c < len(r) else ""
            advance = bold if isinstance(r, BoldRow) else plain
            if widest_line(text, advance) + 10 <= has:
                continue  # the whole cell fits: no word of it is wider
            if max((advance(word) for word in text.split()), default=0.0) + 10 > has:
                return False
    return True


def fit_columns(need: Sequence[float], width: float) -> list[float]:
    """Column widths within ``width``: each column's ``need`` where possible.

    When the columns do not all fit, the narrowest get what they need, in
    order, as long as that is no more than an even share of what is left;
    the rest split the remainder evenly. A figure is never cut to "€1…" so
    that a long description keeps a few more letters.
    """
    if sum(need) <= width:
        return list(need)
    widths = [0.0] * len(need)
    left = width
    pending = sorted(range(len(need)), key=need.__getitem__)
    while pending:
        share = left / len(pending)
        narrowest = pending[0]
        if need[narrowest] > share:
            for c in pending:
                widths[c] = share
            break
        widths[narrowest] = need[narrowest]
        left -= need[narrowest]
        pending.pop(0)
    return widths
