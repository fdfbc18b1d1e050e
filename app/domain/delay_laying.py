"""Where a delayed person's work lies (MS Project's assignment Delay:
:mod:`app.domain.assignment_delay`): their task's span from the delayed start on."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime, timedelta

from app.domain.contours import working_spans
from app.domain.worktime import WorkTime, from_minutes, to_minutes

Parts = Sequence[tuple[datetime, datetime]]


def delayed_start(start: datetime, minutes: int, elapsed: bool, worktime: WorkTime) -> datetime:
    """Where a person delayed by ``minutes`` begins, their task starting at ``start``: that
    much working time of ``worktime`` later (elapsed: that much clock time later)."""
    if minutes <= 0:
        return start
    if elapsed:
        return start + timedelta(minutes=minutes)
    return from_minutes(worktime.at_start(worktime.index(to_minutes(start)) + minutes))


def delayed_parts(
    parts: Parts, worktime: WorkTime, minutes: int, elapsed: bool, need: float
) -> list[tuple[datetime, datetime]]:
    """The part of a task's span (``parts``: its span, or a split task's working parts) a
    person delayed by ``minutes`` works in: from the delayed start on. When what is left
    holds less than ``need`` working minutes of ``worktime`` (a file whose task was not
    stretched for the delay), the last part runs on until it does, so the person's work is
    never crowded into less time than the delay left them."""
    if not parts:
        return []
    begin = delayed_start(parts[0][0], minutes, elapsed, worktime)
    out = [(max(s, begin), f) for s, f in parts if f > begin]
    if not out:
        out = [(begin, begin)]
    short = math.ceil(need) - working_spans(out, worktime)[1]
    if need > 0 and short > 0:
        s, f = out[-1]
        out[-1] = (s, worktime.add(max(s, f), short))
    return out


def working_delay(minutes: int, elapsed: bool, minutes_per_day: int) -> int:
    """A Delay as working minutes of its task's length: an elapsed one (``1ed``) by the
    plan's hours per day, as a task's duration counts it."""
    if not elapsed or minutes <= 0:
        return max(0, minutes)
    return round(minutes * minutes_per_day / (24 * 60))
