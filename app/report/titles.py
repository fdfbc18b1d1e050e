"""Column titles fitted to the space a printed heading has.

A heading wraps onto as many lines as its band holds; a title longer than that (a custom
field's alias: "Responsible person for delivery and acceptance") keeps its first lines
and ends the last one with an ellipsis, as a sheet's header does. Left to Qt, a
bottom-aligned wrapped title taller than its band is clipped at the top, so the page
showed the title's end without its beginning.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

_WRAP = int(Qt.TextFlag.TextWordWrap)
_TALL = 1e6  # a height no title reaches: how tall the wrapped title is, unconstrained


def fitted_title(metrics: QFontMetricsF, title: str, width: float, height: float) -> str:
    """``title`` as it fits ``width`` x ``height`` when word-wrapped: unchanged when it fits,
    else its first lines (one per line, broken between words where it can) with the last
    one ending in "…"."""
    if width <= 0:
        return ""
    if _height(metrics, title, width) <= height:
        return title
    room = max(1, int(height // metrics.lineSpacing()))
    while True:  # the lines' own height decides: the last line has no leading after it
        text = _lines(metrics, title, width, room)
        if room == 1 or _height(metrics, text, width) <= height:
            return text
        room -= 1


def _height(metrics: QFontMetricsF, text: str, width: float) -> float:
    return metrics.boundingRect(QRectF(0, 0, width, _TALL), _WRAP, text).height()


def _lines(metrics: QFontMetricsF, title: str, width: float, room: int) -> str:
    """The first ``room`` lines of ``title`` wrapped to ``width``, the last one cut with "…"
    when words are left over."""
    lines: list[str] = []
    rest = " ".join(title.split())
    while rest and len(lines) < room - 1:
        line, rest = _first_line(metrics, rest, width)
        lines.append(line)
    if rest:  # the last line there is room for: what is left, cut with "…" if too long
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return "\n".join(lines)


def _first_line(metrics: QFontMetricsF, text: str, width: float) -> tuple[str, str]:
    """The words of ``text`` that fit one line of ``width``, and the rest; a first word too
    long for a line is cut there with "…"."""
    words = text.split(" ")
    line = ""
    for k, word in enumerate(words):
        trial = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(trial) > width:
            if line:
                return line, " ".join(words[k:])
            cut = metrics.elidedText(word, Qt.TextElideMode.ElideRight, width)
            return cut, " ".join(words[k + 1 :])
        line = trial
    return line, ""
