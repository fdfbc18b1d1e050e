"""Link type codes and lag arithmetic shared by both CPM passes and the results."""

from __future__ import annotations

from app.domain.scheduling.network import (
    LAG_ELAPSED,
    LAG_NONE,
    LAG_PERCENT,
    LAG_PERCENT_ELAPSED,
)
from app.domain.worktime import WorkTime

FF, FS, SF, SS = 0, 1, 2, 3
# The codes are chosen so that ``code <= FS`` means "from the predecessor's finish",
# ``code & 1`` "to the successor's start" and ``code >= SF`` "from the predecessor's start".
TO_START = (False, True, False, True)
"""``TO_START[code]``: the link binds the successor's start (FS, SS); the passes read it
rather than ``code & 1``, which CPython computes through a call."""


def shift(cal: WorkTime, t: int, kind: int, value: float, pred_duration: int, start: bool) -> int:
    """Move moment ``t`` by a link lag; ``start`` picks the start form for a working result."""
    if kind == LAG_NONE:
        return t
    if kind == LAG_ELAPSED:
        return t + int(value)
    if kind == LAG_PERCENT_ELAPSED:  # MS Project's e%: the share of the duration, around the clock
        return t + round(value * pred_duration / 100)
    lag = round(value * pred_duration / 100) if kind == LAG_PERCENT else int(value)
    if lag == 0:
        return t
    w = cal.index(t) + lag
    return cal.at_start(w) if start else cal.at_end(w)


def lag_minutes(kind: int, value: float, pred_duration: int) -> int:
    """A lag as signed working (or elapsed) minutes."""
    if kind == LAG_NONE:
        return 0
    if kind in (LAG_PERCENT, LAG_PERCENT_ELAPSED):
        return round(value * pred_duration / 100)
    return int(value)
