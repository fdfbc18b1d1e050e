"""% Complete as MS Project shows it, and the exact percent behind a typed duration.

MS Project keeps the Actual Duration and Remaining Duration a user types exactly
(2d done, 7d left of a 9d task) and shows % Complete as the rounded figure (22 %).
Gantry keeps ``Task.percent_complete`` exact instead: 100 x actual / duration
(:func:`exact_percent`, 22.22... there), a whole number whenever the durations
divide (2d of 5d: 40 %). Duration x % Complete then gives back the typed actual
duration to the minute (:func:`done_minutes`), so the actual cost and work, the
.gantry file and MS Project XML's <ActualDuration> all follow it; every place
that shows a % complete shows :func:`shown_percent`, the whole percent MS Project
shows and writes as <PercentComplete>. A % complete typed directly is whole.
"""

from __future__ import annotations

import math


def exact_percent(done: float, minutes: int) -> float:
    """The % complete of ``done`` minutes of a ``minutes`` duration, unrounded (a whole
    number when they divide: float division of integers is exact then), within 0..100."""
    if minutes <= 0:
        return 100.0 if done > 0 else 0.0
    return min(100.0, max(0.0, 100 * done / minutes))


def done_minutes(minutes: int, percent: float) -> int:
    """Actual Duration: the minutes of a ``minutes`` duration done at ``percent``; the
    remaining duration (``minutes`` less it) rounded, as the sheet's Remaining Duration
    column and MS Project XML's <RemainingDuration> give it."""
    share = min(max(percent, 0.0), 100.0)
    return minutes - round(minutes * (100 - share) / 100)


def half_up(value: float) -> int:
    """``value`` to the nearest whole number, halves away from zero as MS Project rounds a
    shown % (52.5 -> 53; Python's ``round`` and ``:.0f`` give 52, the even one). Cut to 9
    decimals first, so 0.525 x 100 (52.499999...) counts as the half it means."""
    whole = math.floor(abs(round(float(value), 9)) + 0.5)
    return -whole if value < 0 else whole


def shown_percent(percent: float) -> int:
    """The whole % complete MS Project shows for ``percent``: the nearest, halves up; a task
    under way (above 0, below 100) shows at least 1 % and at most 99 %, never done nor
    untouched."""
    whole = math.floor(float(percent) + 0.5)
    if 0 < percent < 100:
        return min(99, max(1, whole))
    return min(100, max(0, whole))


def kept_in_minutes(minutes: int, percent: float) -> bool:
    """``percent`` of a ``minutes`` duration is what its actual duration in whole minutes
    gives back (:func:`exact_percent` of :func:`done_minutes`): a file that keeps the
    actual duration (MS Project XML) keeps the percent too. Whole percents always are."""
    if float(percent).is_integer():
        return True
    return exact_percent(done_minutes(minutes, percent), minutes) == percent
