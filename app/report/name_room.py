"""Room for a name printed left of its bar, off the link lines and bars around it.

Past the printed chart's right edge, a bar's names go left of it (gantt_paint), where the
arrow into the bar comes in and other links pass down: drawn there regardless, the name
hid the arrow's line (links are clipped around names, so the head seemed to come out of
the name) and stood across a line passing down the page. The name takes the stretch of
its line left of the bar that nothing drawn crosses, past the arrow's stub; one a little
farther left when a line passing down leaves too little room before it; else it is
shortened with "…", as names are at a page's edge.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import pairwise

from app.report.arrows import ArrowPath
from app.report.bars import BarGeometry

Box = tuple[float, float, float, float]  # left, top, right, bottom, in chart units
GAP = 3.0  # between a name and a line or bar beside it
# How far left of the bar a name may move whole past lines that cross its row (a link
# passing down), rather than be shortened to the room before them.
NEAR = 40.0
_LINE = 0.5  # half a link line's width
_HEAD = 3.5  # an arrow head's half size (bar_paint.paint_arrow)


def path_boxes(path: ArrowPath) -> Iterator[Box]:
    """The boxes a link's line and head take: one per segment, one for the head."""
    points = path.points
    for (x0, y0), (x1, y1) in pairwise(points):
        yield min(x0, x1) - _LINE, min(y0, y1) - _LINE, max(x0, x1) + _LINE, max(y0, y1) + _LINE
    x, y = points[-1]
    yield x - _HEAD, y - _HEAD, x + _HEAD, y + _HEAD


def bar_box(g: BarGeometry, show_slack: bool) -> Box:
    """The box a task's drawing takes: its bar, with its leveling delay, slack and baseline
    (drawn under the bar, reaching a little lower)."""
    left, right, bottom = g.x0, g.x1, g.bottom
    if g.delay_x0 is not None:
        left = min(left, g.delay_x0)
    if show_slack and g.slack_x1 is not None:
        right = max(right, g.slack_x1)
    if g.baseline is not None:
        left, right = min(left, g.baseline[0]), max(right, g.baseline[1])
        bottom += 2 + (g.bottom - g.top) * 0.45
    return left, g.top, right, bottom


def free_stretch(
    right: float, least: float, band: tuple[float, float], boxes: Iterable[Box], width: float
) -> tuple[float, float]:
    """Where on the line ``band`` (its top and bottom) a name ``width`` wide ending at
    ``right`` may go: its right end moved left past whatever crosses the line there (the
    arrow's stub into the bar), its left end at the next box to the left or at ``least``
    (the page's edge). When that is too short for the name, the next stretch left that
    holds it, within :data:`NEAR` (a line passing down just left of the bar); else the
    first, where the name is shortened."""
    top, bottom = band
    spans = sorted(
        ((b[0], b[2]) for b in boxes if b[1] < bottom and b[3] > top and b[0] < right + GAP),
        key=lambda span: -span[1],
    )
    first: tuple[float, float] | None = None
    while True:
        right = _clear_of(right, spans)
        left = max([least, *(b + GAP for _, b in spans if b <= right - GAP)])
        if first is None:
            first = (left, right)
        if right - left >= width or left <= least or first[1] - left > NEAR:
            break
        right = left - 2 * GAP  # past the box that ends this stretch
    return (left, right) if right - left >= width and first[1] - right <= NEAR else first


def _clear_of(right: float, spans: list[tuple[float, float]]) -> float:
    """``right`` moved left until no span is within :data:`GAP` of it."""
    moved = True
    while moved:
        moved = False
        for a, b in spans:
            if a < right + GAP and b > right - GAP:
                right, moved = a - GAP, True
    return right
