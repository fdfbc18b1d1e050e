"""Rows of several lines in a table report (Team, Budget, Risks printed).

A cell's text may hold line breaks (a risk's description or mitigation typed over three
lines): its lines are printed one under the other and its row grows to hold them, as tall
as its tallest cell, instead of the text spilling over the rows above and below. A line
wider than its column wraps at spaces (:func:`wrapped_lines`), so nothing the user wrote
is cut off with "…". Rows are then cut into pages by their heights; a cell with more
lines than a page holds keeps what fits, its last line ending with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

_SOFT_BREAKS = ("@", ".", "/", "-", "_", ",", ";", ":", "\\")  # a long word breaks after one
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


def wrapped_lines(
    text: str, width: float, advance: Callable[[str], float], most: int = 0
) -> list[str]:
    """The lines a cell prints in ``width``: each of its own lines (:func:`cell_lines`),
    broken at spaces where wider than ``width`` (a word wider than it, within the word),
    the lines after the first keeping its indent (a Budget row under its summary);
    ``advance`` measures a line. ``most`` (> 0): at most that many, the last ending in an
    ellipsis when lines were left. No width: the lines as typed."""
    lines = cell_lines(text)
    if width > 0 and any(advance(line) > width for line in lines):
        lines = [part for line in lines for part in _wrapped(line, width, advance)]
    if 0 < most < len(lines):
        lines = [*lines[: most - 1], lines[most - 1].rstrip() + " …"]
    return lines


def _wrapped(line: str, width: float, advance: Callable[[str], float]) -> list[str]:
    """One line broken into lines no wider than ``width`` (each at least one letter)."""
    if advance(line) <= width:
        return [line]
    words = line.split()
    indent = line[: len(line) - len(line.lstrip())]
    out: list[str] = []
    current = ""
    for word in words:
        joined = f"{current} {word}" if current else indent + word
        if advance(joined) <= width:
            current = joined
            continue
        if current:
            out.append(current)
        current = indent + word
        while advance(current) > width and len(current) > len(indent) + 1:
            cut = _fitting(current, width, advance, len(indent) + 1)
            # after a mark rather than mid-name: "maria.lopez@" / "northwind.example"
            soft = max(current.rfind(mark, len(indent), cut - 1) for mark in _SOFT_BREAKS) + 1
            cut = soft if soft > len(indent) else cut
            out.append(current[:cut])
            current = indent + current[cut:]
    if current:
        out.append(current)
    return out or [line]


def _fitting(text: str, width: float, advance: Callable[[str], float], least: int) -> int:
    """How many of ``text``'s first characters fit in ``width`` (at least ``least``)."""
    low, high = least, len(text)  # the answer lies in [low, high)
    while high - low > 1:
        mid = (low + high) // 2
        if advance(text[:mid]) <= width:
            low = mid
        else:
            high = mid
    return low


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
