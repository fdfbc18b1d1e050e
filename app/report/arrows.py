"""Dependency arrows routed around bars, the way MS Project draws them.

A finish-to-start arrow leaves the end of the predecessor, runs right, and
drops into the start of the successor; when the successor starts before the
predecessor ends (a lead, or a tight chart) it detours: out of the end, down
to the gap between the rows, back left, and into the successor's start.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from app.domain.link import LinkType
from app.report.bars import BarGeometry, BarKind

STUB = 6.0  # how far a line runs out of a bar before it turns


class Head(Enum):
    """Direction the arrow head points."""

    RIGHT = "right"
    LEFT = "left"
    DOWN = "down"
    UP = "up"


@dataclass(frozen=True, slots=True)
class ArrowPath:
    """A polyline ending at the arrow's tip, with the direction of the head."""

    points: tuple[tuple[float, float], ...]
    head: Head


def _edge_y(geom: BarGeometry, downward: bool) -> float:
    """Where a vertical line enters a bar from above (or below)."""
    return geom.top if downward else geom.bottom


def route(kind: LinkType, pred: BarGeometry, succ: BarGeometry, row_height: float) -> ArrowPath:
    """The path of an arrow from ``pred`` to ``succ`` for a link of type ``kind``."""
    down = succ.mid_y >= pred.mid_y
    # The horizontal lane between the predecessor's row and the next one.
    lane = pred.mid_y + (row_height / 2 if down else -row_height / 2)
    py, sy = pred.mid_y, succ.mid_y
    if kind is LinkType.FS:
        out_x = pred.x1
        # Milestones are entered at their centre, bars a little after their start.
        entry_x = (succ.x0 + succ.x1) / 2 if succ.kind is BarKind.MILESTONE else succ.x0 + 3
        if entry_x >= out_x + STUB:
            tip_y = _edge_y(succ, down)
            return ArrowPath(
                ((out_x, py), (entry_x, py), (entry_x, tip_y)), Head.DOWN if down else Head.UP
            )
        back_x = succ.x0 - STUB
        return ArrowPath(
            (
                (out_x, py),
                (out_x + STUB, py),
                (out_x + STUB, lane),
                (back_x, lane),
                (back_x, sy),
                (succ.x0, sy),
            ),
            Head.RIGHT,
        )
    if kind is LinkType.SS:
        x = min(pred.x0, succ.x0) - STUB
        return ArrowPath(((pred.x0, py), (x, py), (x, sy), (succ.x0, sy)), Head.RIGHT)
    if kind is LinkType.FF:
        x = max(pred.x1, succ.x1) + STUB
        return ArrowPath(((pred.x1, py), (x, py), (x, sy), (succ.x1, sy)), Head.LEFT)
    # SF: out of the predecessor's start, into the successor's finish.
    out_x = pred.x0 - STUB
    in_x = succ.x1 + STUB
    if in_x <= out_x:
        return ArrowPath(((pred.x0, py), (in_x, py), (in_x, sy), (succ.x1, sy)), Head.LEFT)
    return ArrowPath(
        (
            (pred.x0, py),
            (out_x, py),
            (out_x, lane),
            (in_x, lane),
            (in_x, sy),
            (succ.x1, sy),
        ),
        Head.LEFT,
    )
