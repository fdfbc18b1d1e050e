"""The Usage view on paper: rows down, periods across, as many pages across as the periods need.

Every page repeats the name and total columns at its left and the period
headings at its top, as MS Project prints its Resource Usage view. Pages print
down then across and are numbered so (``Page 2 of 6 (row 2, column 1)``), in Gantry's
footer, or on a small line under the header when the plan's Page Setup types its own.
Over-allocated person-periods print in red on a pale red ground, and such a person's
name, Work and Peak in red, as the window shows them; non-working periods on grey.
With detail rows chosen (Overallocation, Cost...: MS Project's Format >
Details) each row prints one line per detail, a Details column after Work naming them. Task Usage printed under a task filter, sort or group says it in every
page's header ("Filter: Critical · Grouped by Resource", :attr:`UsageSheet.note`), as the
Gantt's printout does; its group header rows print shaded by depth, as the sheet's
(app/report/group_rows.py).

Blank pages (MS Project's Page Setup > View > "Print blank pages" off, the Usage
default here): a page past the first column of pages whose rows carry no figure in
its periods is left out. :func:`usage_page_plan` finds them from the lines' figures
alone, so the page count is known before anything is drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPagedPaintDevice, QPageLayout, QPainter, QPen

from app.report.fonts import report_font
from app.report.gantt_paint import Colors
from app.report.group_rows import group_fill
from app.report.indicator_icons import HEADER, icon_size, paint_icon, paint_indicators
from app.report.indicators import Indicator
from app.report.name_rows import NAME_LINES
from app.report.page_frame import NOTE_H, PageInfo
from app.report.render import CancelledError
from app.report.table_lines import page_cuts, wrapped_lines
from app.report.view_frame import ViewFrame

ROW_H = 14.0
MARKS_MOST = 3  # a line's Indicators printed side by side at most (the window shows two)
_GANTRY_FRAME = ViewFrame()  # frozen: Gantry's own header and footer, shared
_PAD = 3.0
_OVER_BG = QColor(255, 205, 205)
_OVER_TEXT = QColor(200, 20, 20)
_MUTED_TEXT = QColor(120, 120, 120)  # another plan's work (the window's grey for it)
OVERTIME_HEADING = "Overtime Work"  # the window's column's


@dataclass(frozen=True, slots=True)
class UsageLine:
    """One printed row: its name and total, its figures by period, and how each period is marked.

    ``figures`` holds ``(period, text)`` only where the row has a figure: most rows of a
    big plan have work in a few periods of hundreds (166,000 rows of 300 weeks at
    100k tasks, each a tuple of 300 texts, were most of the sheet's 35 s).
    """

    name: str
    total: str
    figures: tuple[tuple[int, str], ...]
    width: int  # periods in the sheet
    over: tuple[bool, ...] = ()
    off: tuple[bool, ...] = ()
    bold: bool = False
    depth: int = 0
    group: int = 0  # a group header's depth (1 the outermost; 0: not a header)
    detail: str = ""  # the detail row it is ("Work", "Cost"...; "": Work alone is shown)
    peak: str = ""  # its Peak as the window's column shows it ("150%"; "": none)
    marks: tuple[Indicator, ...] = ()  # its Indicators, as the window's column shows them
    overtime: str = ""  # its Overtime Work as the window's column shows it ("": none)
    # another plan's work (its row or one of its tasks'), grey italics as on screen
    muted: bool = False

    @property
    def cells(self) -> tuple[str, ...]:
        """A text per period, blank where the row has no figure."""
        out = [""] * self.width
        for k, text in self.figures:
            out[k] = text
        return tuple(out)


@dataclass(frozen=True, slots=True)
class UsageSheet:
    """A usage table ready to print; also a plain sequence of text rows (name, total, periods)."""

    title: str
    name_heading: str
    periods: tuple[str, ...]
    lines: tuple[UsageLine, ...] = field(default=())
    # The filter that chose the rows ("Filter: Critical", app/report/view_note.py), said in
    # every page's header on a line under the project's name: "" none (Resource Usage, or
    # Task Usage of every task).
    note: str = ""
    # The view printed, what a header's &[View] prints ("Resource Usage", "Task Usage"):
    # "" the title's.
    view: str = ""
    # Whether the Peak column prints (Resource Usage's, as the window shows it after Work).
    peak: bool = False
    # Whether the Overtime Work column prints (after Work, as the window shows it when the
    # plan has overtime or the user added it).
    overtime: bool = False

    @property
    def has_details(self) -> bool:
        """Whether detail rows are printed (a Details column)."""
        return any(line.detail for line in self.lines[:1])

    @property
    def headers(self) -> list[str]:
        """Every column's heading: name, Work, (Overtime Work, Peak, Details,) then one per
        period."""
        details = ["Details"] if self.has_details else []
        peak = ["Peak"] if self.peak else []
        overtime = [OVERTIME_HEADING] if self.overtime else []
        return [self.name_heading, "Work", *overtime, *peak, *details, *self.periods]

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, k: int) -> list[str]:
        line = self.lines[k]
        details = [line.detail] if self.has_details else []
        peak = [line.peak] if self.peak else []
        overtime = [line.overtime] if self.overtime else []
        name = "   " * line.depth + line.name
        return [name, line.total, *overtime, *peak, *details, *line.cells]

    def __iter__(self) -> Iterator[list[str]]:
        return (self[k] for k in range(len(self.lines)))


def _width(metrics: QFontMetricsF, texts: Iterable[str]) -> float:
    return max((metrics.horizontalAdvance(t) for t in texts), default=0.0) + 2 * _PAD + 4


def _peak_width(sheet: UsageSheet) -> float:
    """The Peak column's width (0: not printed); it is part of the total's, after Work."""
    if not sheet.peak:
        return 0.0
    bold = QFontMetricsF(report_font(8, bold=True))
    return _width(bold, ["Peak", *{line.peak for line in sheet.lines}])


def _overtime_width(sheet: UsageSheet) -> float:
    """The Overtime Work column's width (0: not printed); part of the total's, after Work."""
    if not sheet.overtime:
        return 0.0
    bold = QFontMetricsF(report_font(8, bold=True))
    return _width(bold, [OVERTIME_HEADING, *{line.overtime for line in sheet.lines}])


def _marks_width(sheet: UsageSheet) -> float:
    """The Indicators column's width, left of the names (0: no line has a mark): room for
    the most marks a line has, :data:`MARKS_MOST` at most."""
    most = min(max((len(line.marks) for line in sheet.lines), default=0), MARKS_MOST)
    if not most:
        return 0.0
    size = icon_size(QRectF(0, 0, ROW_H, ROW_H))
    return most * size * 1.2 + _PAD  # each icon and the gap before it (paint_indicators)


def _details_width(sheet: UsageSheet) -> float:
    """The Details column's width (0: Work alone is printed); it is part of the total's."""
    if not sheet.has_details:
        return 0.0
    bold = QFontMetricsF(report_font(8, bold=True))
    return _width(bold, ["Details", *{line.detail for line in sheet.lines}])


def usage_page_grid(
    sheet: UsageSheet, width: float, height: float, frame: ViewFrame | None = None
) -> tuple[float, float, float, int, int]:
    """Name, total and period column widths, periods per page across, rows per page down
    (of one line each: a long name's row is taller, :func:`_page_grid`)."""
    name_w, total_w, period_w, across, _cuts, _heights = _page_grid(sheet, width, height, frame)
    top = _body_top(sheet, across, frame)
    down = max(int((height - top - _frame(frame).bottom() - ROW_H) // ROW_H), 1)
    return name_w, total_w, period_w, across, down


def _place_line(sheet: UsageSheet, across: int, frame: ViewFrame | None) -> bool:
    """Whether each page says its place in the grid on a line of its own under the header:
    a typed footer took the place of Gantry's, which says it ('Page 3 of 7 (row 1, column
    4)', and 'Rows 53-104, ...' when blank pages leave holes), or Page Setup left the
    footer out, and the grid is more than one page wide (one wide, the pages run down in
    order and no page is left out)."""
    own = frame is not None and (frame.setup.own_footer or not frame.footer)
    return own and len(sheet.periods) > across


def _frame(frame: ViewFrame | None) -> ViewFrame:
    """``frame``, or Gantry's own header and footer."""
    return frame or _GANTRY_FRAME


def _body_top(sheet: UsageSheet, across: int, frame: ViewFrame | None) -> float:
    """Where the grid starts: under the header (or the note's line alone with the header
    off), and under the place line when it is said."""
    place = NOTE_H if _place_line(sheet, across, frame) else 0.0
    return _frame(frame).top(sheet.note) + place


# A name wider than its column (at most 40% of the page) wraps onto more lines of its row
# (name_rows.NAME_LINES, as the printed Gantt's), as the Team and Risks printouts wrap
# their texts; longer still, it ends in "…".


def _page_grid(
    sheet: UsageSheet, width: float, height: float, frame: ViewFrame | None = None
) -> tuple[float, float, float, int, list[tuple[int, int]], list[float]]:
    """:func:`usage_page_grid`'s widths and periods across, each page's lines as (first,
    end) indexes, and each line's height: a line whose name is wider than the name column
    (measured as the column's width is) takes a second line of text."""
    names: dict[str, float] = {}
    name_w, total_w, period_w = _column_widths(sheet, width, names)
    across = max(int((width - name_w - total_w) // period_w), 1)
    lead = _marks_width(sheet)  # the Indicators' part of the name column
    wide = {text for text, w in names.items() if w > name_w - lead}
    heights = [ROW_H] * len(sheet.lines)  # the common case: every name fits, one line a row
    if wide:
        fonts = (QFontMetricsF(report_font(8)), QFontMetricsF(report_font(8, bold=True)))
        line_h = fonts[0].lineSpacing()
        for n, line in enumerate(sheet.lines):
            if ("   " * line.depth) + line.name in wide:
                lines = _name_lines(line, name_w - lead, fonts)
                heights[n] = ROW_H + (len(lines) - 1) * line_h
    room = height - _body_top(sheet, across, frame) - _frame(frame).bottom() - ROW_H
    cuts = page_cuts(heights, room)
    return name_w, total_w, period_w, across, cuts, heights


def _name_lines(
    line: UsageLine, name_w: float, fonts: tuple[QFontMetricsF, QFontMetricsF]
) -> list[str]:
    """A line's name wrapped in its column (at most NAME_LINES, the last ending in "…" when
    they do not hold it all), in the font it is printed in."""
    room = name_w - 2 * _PAD - 8.0 * line.depth
    metrics = fonts[1] if line.bold else fonts[0]
    return wrapped_lines(line.name, room, metrics.horizontalAdvance, NAME_LINES)


def _column_widths(
    sheet: UsageSheet, width: float, measured: dict[str, float] | None = None
) -> tuple[float, float, float]:
    """Name (at most 40% of ``width``), total and period column widths; ``measured`` (when
    given) gets the width each indented name asks for its column."""
    bold = QFontMetricsF(report_font(8, bold=True))
    advance = bold.horizontalAdvance
    # each text measured once: Task Usage repeats its people's names and its totals
    # (41,666 lines at 25k tasks, 0.5 s measured one by one)
    names = {("   " * line.depth) + line.name: 0.0 for line in sheet.lines}
    pad = 2 * _PAD + 4
    for name in names:
        names[name] = advance(name) + pad
    if measured is not None:
        measured.update(names)
    name_w = min(max([_width(bold, [sheet.name_heading]), *names.values()]), width * 0.4)
    name_w += _marks_width(sheet)  # the Indicators, left of the names
    total_w = _width(bold, ["Work", *{line.total for line in sheet.lines}])
    # Overtime Work, Peak, then Details follow Work
    total_w += _overtime_width(sheet) + _peak_width(sheet) + _details_width(sheet)
    # the first 5,000 figures give the width; walking every (mostly blank) cell of a big
    # plan by day took seconds
    cell_texts = set(islice((t for line in sheet.lines for _k, t in line.figures), 5000))
    period_w = max(_width(bold, sheet.periods), _width(bold, cell_texts), 30.0)
    return name_w, total_w, period_w


@dataclass(frozen=True, slots=True)
class UsagePagePlan:
    """Which pages of a usage grid print: ``rows`` x ``cols`` pages in all, ``pages`` the
    (row, col) of each page printed (0-based, down then across), blank ones left out."""

    rows: int
    cols: int
    pages: tuple[tuple[int, int], ...]

    @property
    def count(self) -> int:
        """Pages printed."""
        return len(self.pages)

    @property
    def blank(self) -> int:
        """Pages of the grid left out as blank."""
        return self.rows * self.cols - len(self.pages)


def usage_page_plan(
    sheet: UsageSheet,
    width: float,
    height: float,
    blank_pages: bool = False,
    frame: ViewFrame | None = None,
) -> UsagePagePlan:
    """The pages a sheet takes on a page ``width`` x ``height`` points inside its margins.

    With ``blank_pages`` False a page whose rows have no figure in its periods is left
    out, unless it is in the first column of pages (the names and totals, as MS Project
    keeps it). Read from each line's figures (period indexes), never by drawing. ``frame``:
    the plan's Page Setup, as :func:`render_usage` is given it (a typed footer takes a line
    of each page for the page's place, :func:`_place_line`).
    """
    _name_w, _total_w, _period_w, across, cuts, _heights = _page_grid(sheet, width, height, frame)
    return _page_plan(sheet, across, cuts, blank_pages)


def _page_plan(
    sheet: UsageSheet, across: int, cuts: list[tuple[int, int]], blank_pages: bool
) -> UsagePagePlan:
    """The pages of a grid of ``across`` periods a page, each band of pages down holding the
    lines ``cuts`` gives it ((first, end) indexes)."""
    lines = sheet.lines
    cols = max((len(sheet.periods) + across - 1) // across, 1)
    rows = max(len(cuts), 1)
    if blank_pages or cols == 1:
        return UsagePagePlan(rows, cols, tuple((r, c) for c in range(cols) for r in range(rows)))
    filled: list[set[int]] = []
    for first, end in cuts or [(0, 0)]:
        hit = {0}
        for line in lines[first:end]:
            hit.update(k // across for k, _text in line.figures)
        filled.append(hit)
    pages = tuple((r, c) for c in range(cols) for r in range(rows) if c in filled[r])
    return UsagePagePlan(rows, cols, pages)


def device_usage_plan(
    device: QPagedPaintDevice,
    sheet: UsageSheet,
    blank_pages: bool = False,
    frame: ViewFrame | None = None,
) -> UsagePagePlan:
    """:func:`usage_page_plan` on the paper ``device`` is set up with."""
    rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    return usage_page_plan(sheet, rect.width(), rect.height(), blank_pages, frame)


def page_span(sheet: UsageSheet, first_line: int, last_line: int, first: int, last: int) -> str:
    """ "Rows 53-104, 4 May 2026 - 29 Jun 2026": which lines (1-based) and periods a page
    holds, said in its footer when blank pages leave holes in the grid."""
    rows = f"Rows {first_line + 1:,}\u2013{last_line:,}"
    if last <= first:
        return rows
    if last - first == 1:
        return f"{rows}, {sheet.periods[first]}"
    return f"{rows}, {sheet.periods[first]} \u2013 {sheet.periods[last - 1]}"


def usage_width(sheet: UsageSheet) -> float:
    """Points the whole table needs across (name, total and every period), without reading
    every cell: whether it asks for a landscape page."""
    name_w, total_w, period_w = _column_widths(sheet, float("inf"))
    return name_w + total_w + len(sheet.periods) * period_w


def render_usage(
    device: QPagedPaintDevice,
    sheet: UsageSheet,
    *,
    project: str,
    status_date: datetime | None = None,
    printed_on: date | None = None,
    progress: Callable[[int, int], bool] | None = None,
    blank_pages: bool = False,
    frame: ViewFrame | None = None,
) -> int:
    """Print a usage table over as many pages down and across as it needs; returns the page count.

    ``progress(done, total)`` is called after each page; returning False stops and raises
    :class:`CancelledError`, as the Gantt's printing does (a 10k-task plan by week is
    7,000 pages, about a minute). ``blank_pages`` False (the default, see
    :class:`app.report.options.PrintOptions`) leaves out the pages :func:`usage_page_plan`
    finds blank; the others are numbered as printed, keep their place in the grid's label
    (``Page 3 of 7 (row 1, column 4)``) and say which rows and dates they hold.
    ``frame``: the plan's Page Setup header and footer (None: Gantry's own, as above); a
    typed footer leaves out Gantry's page label, so a page of a grid more than one page
    wide says its place on a small line under the header instead.
    """
    rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    width, height = rect.width(), rect.height()
    name_w, total_w, period_w, across, cuts, heights = _page_grid(sheet, width, height, frame)
    placed = _place_line(sheet, across, frame)
    detail_w, peak_w, lead = _details_width(sheet), _peak_width(sheet), _marks_width(sheet)
    over_w = _overtime_width(sheet)
    cuts = cuts or [(0, 0)]
    plan = _page_plan(sheet, across, cuts, blank_pages)
    n_periods = len(sheet.periods)
    cols, rows = plan.cols, plan.rows
    holes = plan.blank > 0  # pages left out: each page says its rows and dates
    bold = report_font(8, bold=True)
    # a bold line's name shortened in the plain font lost its "…" past the column's edge
    # ('Design phase with a rather long summary nam'), as the Gantt's table once did
    fonts = (QFontMetricsF(report_font(8)), QFontMetricsF(bold))
    day = printed_on or date.today()
    dpp = device.logicalDpiX() / 72.0
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    p = QPainter(device)
    page = 0
    try:
        for row, col in plan.pages:
            first, last = col * across, min((col + 1) * across, n_periods)
            if page:
                device.newPage()
            page += 1
            p.save()
            p.scale(dpp, dpp)
            lines_from, lines_to = cuts[row]
            info = PageInfo(
                project,
                status_date,
                day,
                row + 1,
                col + 1,
                rows,
                cols,
                sheet.title,
                page,  # numbered down, then across, as printed
                plan.count,
                page_span(sheet, lines_from, lines_to, first, last) if holes else "",
                sheet.note,
            )
            _frame(frame).paint(p, info, width, height - _frame(frame).bottom())
            if placed:
                _paint_place(p, info, _frame(frame).top(sheet.note), width)
            right_edge = name_w + total_w + (last - first) * period_w
            top = y = _body_top(sheet, across, frame)
            p.fillRect(QRectF(0, y, right_edge, ROW_H), Colors.header_bg)
            p.setFont(bold)
            p.setPen(Colors.text)
            if lead:  # the window's "i"
                size = icon_size(QRectF(0, 0, ROW_H, ROW_H))
                paint_icon(p, QRectF(_PAD, y + (ROW_H - size) / 2, size, size), HEADER)
            heading = QRectF(lead + _PAD, y, name_w - lead - 2 * _PAD, ROW_H)
            p.drawText(heading, left, sheet.name_heading)
            work_w = total_w - detail_w - peak_w - over_w
            p.drawText(QRectF(name_w, y, work_w - _PAD, ROW_H), right, "Work")
            if over_w:
                at = QRectF(name_w + work_w, y, over_w - _PAD, ROW_H)
                p.drawText(at, right, OVERTIME_HEADING)
            if peak_w:
                at = QRectF(name_w + work_w + over_w, y, peak_w - _PAD, ROW_H)
                p.drawText(at, right, "Peak")
            if detail_w:
                at = QRectF(name_w + total_w - detail_w + _PAD, y, detail_w - _PAD, ROW_H)
                p.drawText(at, left, "Details")
            for k in range(first, last):
                x = name_w + total_w + (k - first) * period_w
                p.drawText(QRectF(x, y, period_w - _PAD, ROW_H), right, sheet.periods[k])
            y += ROW_H
            for n in range(lines_from, lines_to):
                place = (y, heights[n])
                _paint_line(
                    p,
                    sheet.lines[n],
                    place,
                    (name_w, total_w, period_w, detail_w, peak_w, lead, over_w),
                    (first, last),
                    fonts,
                )
                y += heights[n]
            p.setPen(QPen(Colors.grid, 0.5))
            bottom = y
            for yy in (top, top + ROW_H, bottom):
                p.drawLine(QLineF(0, yy, right_edge, yy))
            x = name_w
            p.drawLine(QLineF(x, top, x, bottom))
            if lead:
                p.drawLine(QLineF(lead, top, lead, bottom))
            for k in range(first, last + 1):
                x = name_w + total_w + (k - first) * period_w
                p.drawLine(QLineF(x, top, x, bottom))
            p.restore()
            if progress is not None and not progress(page, plan.count):
                raise CancelledError("printing was cancelled")
    finally:
        p.end()
    return page


def _paint_place(p: QPainter, info: PageInfo, top: float, width: float) -> None:
    """The page's place in the grid, its label and (with holes) its rows and dates, on the
    line from ``top``, as Gantry's footer says them."""
    place = f"{info.page_label} \u00b7 {info.span}" if info.span else info.page_label
    p.setFont(report_font(7))
    p.setPen(Colors.text)
    text = QFontMetricsF(p.font()).elidedText(place, Qt.TextElideMode.ElideRight, width)
    flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    p.drawText(QRectF(0, top - 2, width, NOTE_H), flags, text)


def _paint_line(
    p: QPainter,
    line: UsageLine,
    place: tuple[float, float],
    widths: tuple[float, float, float, float, float, float, float],
    span: tuple[int, int],
    fonts: tuple[QFontMetricsF, QFontMetricsF],
) -> None:
    """One line of the grid from ``place``'s top, as tall as its height: its name (on two
    lines when the row is taller, :func:`_page_grid`), total, Overtime Work, Peak, detail's
    name and figures; its Indicators left of the name (``widths``: name, total, period,
    details, Peak, Indicators, the name's including the Indicators', and Overtime Work). An over-allocated person's texts
    print red, as the window shows the row; a figure red where its period is over."""
    y, h = place
    name_w, total_w, period_w, detail_w, peak_w, lead, over_w = widths
    first, last = span
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if line.group:  # a group header: shaded across, as on screen
        p.fillRect(
            QRectF(0, y, name_w + total_w + (last - first) * period_w, h), group_fill(line.group)
        )
    for k in range(first if not line.group else last, last):
        x = name_w + total_w + (k - first) * period_w
        over = k < len(line.over) and line.over[k]
        if over:
            p.fillRect(QRectF(x, y, period_w, h), _OVER_BG)
        elif k < len(line.off) and line.off[k]:
            p.fillRect(QRectF(x, y, period_w, h), Colors.nonworking)
    font = report_font(8, bold=line.bold)
    font.setItalic(line.muted)
    p.setFont(font)
    # an over-allocated person's row (over in a period of the scale: Peak above Max Units
    # there) in red, its name, Work, Peak and details, as the window paints it; another
    # plan's work grey, as the window shows it read only
    plain = _MUTED_TEXT if line.muted else Colors.text
    p.setPen(_OVER_TEXT if any(line.over) else plain)
    if line.marks:
        paint_indicators(p, QRectF(0, y, lead, min(h, ROW_H)), line.marks[:MARKS_MOST])
    indent = 8.0 * line.depth
    room = name_w - lead - 2 * _PAD - indent
    metrics = fonts[1] if line.bold else fonts[0]  # the font the name is drawn in
    elide = Qt.TextElideMode.ElideRight
    if h > ROW_H:  # a long name: wrapped at its spaces onto the row's further lines
        texts = _name_lines(line, name_w - lead, fonts)
        step = metrics.lineSpacing()
        top = y + (h - len(texts) * step) / 2
        for n, text in enumerate(texts):
            rect = QRectF(lead + _PAD + indent, top + n * step, room, step)
            p.drawText(rect, left, metrics.elidedText(text, elide, room))
    else:
        name = metrics.elidedText(line.name, elide, room)
        p.drawText(QRectF(lead + _PAD + indent, y, room, ROW_H), left, name)
    work_w = total_w - detail_w - peak_w - over_w
    p.drawText(QRectF(name_w, y, work_w - _PAD, h), right, line.total)
    if over_w and line.overtime:
        p.drawText(QRectF(name_w + work_w, y, over_w - _PAD, h), right, line.overtime)
    if peak_w and line.peak:
        p.drawText(QRectF(name_w + work_w + over_w, y, peak_w - _PAD, h), right, line.peak)
    if detail_w:
        at = QRectF(name_w + total_w - detail_w + _PAD, y, detail_w - _PAD, h)
        p.drawText(at, left, line.detail)
    figures = dict(line.figures)
    for k in range(first, last):
        text = figures.get(k, "")
        if not text:
            continue
        over = k < len(line.over) and line.over[k]
        p.setPen(_OVER_TEXT if over else plain)
        x = name_w + total_w + (k - first) * period_w
        p.drawText(QRectF(x, y, period_w - _PAD, h), right, text)
