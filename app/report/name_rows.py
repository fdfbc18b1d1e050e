"""Rows of a printed Gantt that hold a long task name on two lines.

MS Project widens no column on paper, yet its names can be read: a name wider than the
Task Name column wraps onto a second (and third) line of its row, and the row (on the
sheet's side and the chart's) is as many lines taller; longer still, it ends in "…". The bar keeps its size, in the middle of the taller
row. Only names that need it: a plan whose names all fit prints as it always did, one
line a row. A picture (PNG, Copy Picture) keeps one line a row: its rows are the
window's, and a name there ends in "…".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from app.domain.grouping_rows import GROUP_KEY_LIMIT
from app.report.columns import CellText, Column
from app.report.fonts import report_font
from app.report.table_lines import wrapped_lines

NAME_PAD = 6.0  # the Task Name cell's text is this much narrower than its column
# Lines a name may take: an 80-letter name under a summary takes three on the default
# column (170 pt, some 37 letters of 8 pt a line once indented).
NAME_LINES = 3


def name_row_heights(
    cells: CellText,
    uids: Sequence[int],
    columns: Sequence[Column],
    summaries: set[int] | frozenset[int],
    row_h: float,
    font_px: int = 8,
) -> list[float] | None:
    """Each row's height: ``row_h``, and a line more for each line past the first its task's
    name takes (as the Task Name column writes it, indented, bold on a summary; at most
    :data:`NAME_LINES`); None when every name fits, or no Task Name column is printed."""
    column = next((c for c in columns if c.key == "name"), None)
    if column is None:
        return None
    room = column.width - NAME_PAD
    plain = QFontMetricsF(report_font(font_px))
    bold = QFontMetricsF(report_font(font_px, bold=True))
    line_h = plain.lineSpacing()
    tasks = cells.plan
    # Letter by letter first (a measure of every name took 0.1 s at 10k tasks): a name
    # whose letters' widths add up well within the column fits whatever its kerning.
    letters = (_Letters(plain.horizontalAdvance), _Letters(bold.horizontalAdvance))
    sure = room * 0.9
    heights: list[float] | None = None
    for i, uid in enumerate(uids):
        if uid < GROUP_KEY_LIMIT or not tasks.has_task(uid):
            continue  # a group's header row: its label is no task's name
        summary = uid in summaries
        name = cells.text(uid, "name")
        if sum(map(letters[summary].__getitem__, name)) <= sure:
            continue
        advance = (bold if summary else plain).horizontalAdvance
        if advance(name) > room:
            if heights is None:
                heights = [row_h] * len(uids)
            lines = len(wrapped_lines(name, room, advance, NAME_LINES))
            heights[i] = row_h + (lines - 1) * line_h
    return heights


class _Letters(dict[str, float]):
    """Each letter's width in one font, measured when first met."""

    def __init__(self, advance: Callable[[str], float]) -> None:
        super().__init__()
        self._advance = advance

    def __missing__(self, letter: str) -> float:
        width = self[letter] = self._advance(letter)
        return width


def row_tops(heights: Sequence[float] | None, count: int, row_h: float) -> list[float]:
    """Where each row starts, from the first (``count + 1`` values, the last the bottom)."""
    if heights is None:
        return [i * row_h for i in range(count + 1)]
    tops = [0.0]
    for h in heights:
        tops.append(tops[-1] + h)
    return tops


def paint_wrapped_name(p: QPainter, cell: QRectF, text: str) -> None:
    """A name (or a group's label) in a row with room for more than one line: wrapped
    at its spaces onto as many lines as the row holds, the outline's indent kept, the last
    ending in "…" when they do not hold it all; centred down the row as a one-line cell is."""
    metrics = QFontMetricsF(p.font())
    width = cell.width()
    step = metrics.lineSpacing()
    room = max(min(int(cell.height() // step), NAME_LINES), 1)
    lines = wrapped_lines(text, width, metrics.horizontalAdvance, room)
    top = cell.top() + (cell.height() - len(lines) * step) / 2
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for n, line in enumerate(lines):
        shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        p.drawText(QRectF(cell.left(), top + n * step, width, step), flags, shown)
