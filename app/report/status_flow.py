"""Blocks of a document flowing down pages: headings, paragraphs and tables that wrap.

The status report is laid out twice with the same code: once without a
painter, to count the pages (the footer says "Page 1 of 2"), then on the
device. Every drawing call is skipped when there is no painter, and every
height is measured with font metrics either way, so both passes break the
pages at the same places.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from app.report.fonts import report_font
from app.report.gantt_paint import Colors
from app.report.render import column_needs, fit_columns
from app.report.table_lines import wrapped_lines

BODY = 8.0  # text size of tables and paragraphs (points)
PAD = 3.0  # space left and right of a cell's text
LINE = 10.5  # one line of body text
MAX_LINES = 3  # a cell wraps to at most this many lines, the last cut with an ellipsis
LATE = QColor(190, 30, 30)
MUTED = QColor(95, 95, 105)

_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int = MAX_LINES) -> list[str]:
    """``text`` on one paragraph broken at spaces into lines at most ``width`` wide, a word
    wider than that within it (:func:`app.report.table_lines.wrapped_lines`); at most
    ``max_lines``, the last one elided."""
    lines = wrapped_lines(" ".join(text.split()), width, metrics.horizontalAdvance)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    elide = Qt.TextElideMode.ElideRight
    return [metrics.elidedText(line, elide, width) for line in lines]


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of text under headings; ``red[r]`` holds the columns of row r shown in red.

    ``right`` holds the columns aligned right (figures); ``wide`` the columns
    that wrap (names, descriptions); the others keep one line and their width.
    Tables given the same ``measure`` rows get the same column widths.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    right: frozenset[int] = frozenset()
    red: tuple[frozenset[int], ...] = ()
    wide: frozenset[int] = frozenset()
    measure: tuple[tuple[str, ...], ...] = ()  # more rows to size the columns by (not drawn)


@dataclass(slots=True)
class Flow:
    """A cursor going down the pages of a device (or only counting them, without painter).

    ``new_page(painter, page)`` starts a page (header and footer) and is the
    caller's; ``top`` and ``bottom`` bound the body of every page.
    """

    width: float
    top: float
    bottom: float
    painter: QPainter | None
    new_page: Callable[[QPainter | None, int], None]
    y: float = 0.0
    page: int = 0
    _fonts: dict[tuple[float, bool], QFont] = field(default_factory=dict)

    def begin(self) -> None:
        """Start the first page."""
        self.page = 1
        self.new_page(self.painter, self.page)
        self.y = self.top

    def room(self) -> float:
        """Height left on this page."""
        return self.bottom - self.y

    def need(self, height: float) -> None:
        """Go to a new page unless ``height`` fits on this one (a block taller than a page
        starts at the top of one all the same)."""
        if self.y + height > self.bottom and self.y > self.top:
            self.page += 1
            self.new_page(self.painter, self.page)
            self.y = self.top

    def font(self, size: float, bold: bool = False) -> QFont:
        """The report font at ``size`` points (made once)."""
        key = (size, bold)
        got = self._fonts.get(key)
        if got is None:
            got = self._fonts[key] = report_font(size, bold)
        return got

    def text(
        self,
        rect: QRectF,
        text: str,
        size: float = BODY,
        bold: bool = False,
        color: QColor = Colors.text,
        right: bool = False,
    ) -> None:
        """One line of text in ``rect`` (nothing when counting pages)."""
        p = self.painter
        if p is None:
            return
        p.setFont(self.font(size, bold))
        p.setPen(color)
        p.drawText(rect, _RIGHT if right else _LEFT, text)

    def rule(
        self, y: float, color: QColor = Colors.grid, width: float = 0.6, length: float | None = None
    ) -> None:
        """A horizontal line across the page (or ``length`` long)."""
        if self.painter is not None:
            self.painter.setPen(QPen(color, width))
            self.painter.drawLine(QLineF(0, y, self.width if length is None else length, y))

    def heading(self, title: str, keep_with: float = 40.0) -> None:
        """A section title with a rule under it, kept on the page of what follows it."""
        self.need(25 + keep_with)  # what it draws: 6 above, 15 of title, 4 under the rule
        self.y += 6
        self.text(QRectF(0, self.y, self.width, 14), title, 11, bold=True)
        self.y += 15
        self.rule(self.y, Colors.text, 0.8)
        self.y += 4

    def paragraph_height(self, text: str, width: float, size: float = BODY) -> float:
        """How tall :meth:`paragraph` draws ``text`` across ``width``."""
        lines = wrap(text, QFontMetricsF(self.font(size)), width, max_lines=6)
        return len(lines) * size * 1.3 + 2

    def paragraph(self, text: str, color: QColor = Colors.text, size: float = BODY) -> None:
        """Wrapped text across the page."""
        metrics = QFontMetricsF(self.font(size))
        lines = wrap(text, metrics, self.width, max_lines=6)
        line_h = size * 1.3
        self.need(len(lines) * line_h + 2)
        for line in lines:
            self.text(QRectF(0, self.y, self.width, line_h), line, size, color=color)
            self.y += line_h
        self.y += 2

    def table_start(self, table: Table, rows: int = 2) -> float:
        """How tall ``table``'s headings and first ``rows`` rows draw: what its section
        heading is kept on the page with."""
        widths = _widths(table, self.width)
        metrics = QFontMetricsF(self.font(BODY))
        first = table.rows[:rows]
        return LINE + 4 + sum(_height(_cells(r, widths, table.wide, metrics)) for r in first) + 2

    def table(self, table: Table) -> None:
        """A table; rows flow over pages with the headings repeated, none split in two."""
        headers, rows = table.headers, table.rows
        widths = _widths(table, self.width)
        metrics = QFontMetricsF(self.font(BODY))
        head_h = LINE + 4
        first = _cells(rows[0], widths, table.wide, metrics) if rows else [[""]]
        self.need(head_h + _height(first) + 2)
        self._table_head(headers, widths, table.right, head_h)
        for r, row in enumerate(rows):
            cells = first if r == 0 else _cells(row, widths, table.wide, metrics)
            h = _height(cells)
            if self.y + h > self.bottom:
                self.need(h + head_h + 1)
                self._table_head(headers, widths, table.right, head_h)
            red = table.red[r] if r < len(table.red) else frozenset()
            x = 0.0
            for c, lines in enumerate(cells):
                color = LATE if c in red else Colors.text
                for k, line in enumerate(lines):
                    rect = QRectF(x + PAD, self.y + 2 + k * LINE, widths[c] - 2 * PAD, LINE)
                    self.text(rect, line, color=color, right=c in table.right)
                x += widths[c]
            self.y += h
            self.rule(self.y, Colors.grid, 0.4, sum(widths))
        self.y += 4

    def _table_head(
        self, headers: Sequence[str], widths: list[float], right: frozenset[int], h: float
    ) -> None:
        if self.painter is not None:
            self.painter.fillRect(QRectF(0, self.y, sum(widths), h), Colors.header_bg)
        x = 0.0
        for c, title in enumerate(headers):
            rect = QRectF(x + PAD, self.y + 2, widths[c] - 2 * PAD, LINE)
            self.text(rect, title, bold=True, right=c in right)
            x += widths[c]
        self.y += h
        self.rule(self.y, Colors.grid, 0.6, sum(widths))


def _widths(table: Table, width: float) -> list[float]:
    """Each column's need; wrapping columns give way first when they do not all fit."""
    need = column_needs(table.headers, table.rows + table.measure)
    if sum(need) <= width or not table.wide:
        return fit_columns(need, width)
    fixed = sum(w for c, w in enumerate(need) if c not in table.wide)
    left = max(width - fixed, 40.0 * len(table.wide))
    wide_need = [need[c] for c in sorted(table.wide)]
    shares = fit_columns(wide_need, left)
    out = list(need)
    for c, w in zip(sorted(table.wide), shares, strict=True):
        out[c] = w
    if sum(out) > width:  # even the fixed columns do not fit: share it all as the tables do
        return fit_columns(need, width)
    return out


def _cells(
    row: Sequence[str], widths: list[float], wide: frozenset[int], metrics: QFontMetricsF
) -> list[list[str]]:
    out: list[list[str]] = []
    for c, w in enumerate(widths):
        text = row[c] if c < len(row) else ""
        inner = w - 2 * PAD
        if c in wide:
            out.append(wrap(text, metrics, inner))
        else:
            out.append([metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner)])
    return out


def _height(cells: list[list[str]]) -> float:
    return max(len(lines) for lines in cells) * LINE + 4
