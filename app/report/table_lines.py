"""Rows of several lines in a table report (Team, Budget, Risks printed).

A cell's text may hold line breaks (a risk's description or mitigation typed over three
lines): its lines are printed one under the other and its row grows to hold them, as tall
as its tallest cell, instead of the text spilling over the rows above and below. Rows
are then cut into pages by their heights; a cell with more lines than a page holds keeps
what fits, its last line ending with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

_BREAKS = ("\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85")


def _broken(text: str) -> bool:
    return any(b in text for b in _BREAKS)


def cell_lines(text: str, most: int = 0) -> list[str]:
    """The lines of a cell's text (at least one; blank lines at its ends left out);
    ``most`` (> 0): at most that many, the last ending in an ellipsis when lines were left."""
    if not _broken(text):
        return [text]
    lines = text.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return [""]
    if 0 < most < len(lines):
        lines = [*lines[: most - 1], lines[most - 1].rstrip() + " …"]
    return lines


def row_lines(cells: Sequence[object], most: int) -> int:
    """How many lines a row's tallest cell prints (1 to ``most``)."""
    count = 1
    for cell in cells:
        text = str(cell)
        if _broken(text):
            count = max(count, len(cell_lines(text, most)))
    return count


def widest_line(text: str, advance: Callable[[str], float]) -> float:
    """The width of a cell's widest line, ``advance`` measuring one line (a font metrics'
    ``horizontalAdvance``)."""
    if not _broken(text):
        return advance(text)
    return max(advance(line) for line in cell_lines(text))


def page_cuts(heights: Sequence[float], room: float) -> list[tuple[int, int]]:
    """Each page's rows as (first, end) indexes: as many rows as ``room`` holds, at least
    one a page; no rows, no cuts."""
    cuts: list[tuple[int, int]] = []
    first, used = 0, 0.0
    for i, h in enumerate(heights):
        if i > first and used + h > room + 1e-6:
            cuts.append((first, i))
            first, used = i, 0.0
        used += h
    if heights:
        cuts.append((first, len(heights)))
    return cuts
