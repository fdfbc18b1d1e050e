"""Progress lines on the Gantt chart: which lines a plan asks for, and at which dates.

MS Project's Format > Gridlines > Progress Lines draws, down the chart, a line at a
date that bends at each task that is under way or should be (its progress point,
app/domain/progress_points.py). The dialog chooses which lines: the current one (at the
status date, or at the current date), lines at recurring intervals (daily, every N
weeks on a weekday, every N months on a day) beginning at the project's start or at a
date, and lines at dates picked one by one; each drawn against the plan as it now
stands or against the baseline. The current line and the others have their own colour.
MS Project keeps these with the view in the project file; Gantry keeps them with the
plan (.gantry schema v36) so that the window, print, PDF and ``gantry convert`` draw
the same lines.
"""

from __future__ import annotations

import calendar as month_calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum

# The colours MS Project starts with: the current line red, the others blue.
CURRENT_COLOR = "#e02020"
OTHER_COLOR = "#2060c0"
# At most this many recurring lines are drawn (a daily line over years would fill the chart
# with lines nobody can tell apart); the latest ones are kept.
MOST_RECURRING = 400


class CurrentAt(Enum):
    """Where the current progress line stands."""

    STATUS_DATE = "status date"
    CURRENT_DATE = "current date"


class Every(Enum):
    """The recurring interval of progress lines (NONE: no recurring lines)."""

    NONE = "none"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True, slots=True)
class ProgressLines:
    """The Progress Lines dialog's choices for one plan (none on: no line drawn).

    ``weekday``: 0 Monday .. 6 Sunday (weekly lines); ``month_day``: 1..31 (monthly,
    the month's last day when it is shorter); ``count``: every ``count`` days, weeks or
    months; ``begin``: the first day recurring lines may fall on (None: the project's
    start); ``dates``: the days picked one by one; ``baseline``: in relation to the
    baseline plan (else the actual plan); ``show_dates``: each line's date written at
    its top.
    """

    current: bool = False
    current_at: CurrentAt = CurrentAt.STATUS_DATE
    every: Every = Every.NONE
    count: int = 1
    weekday: int = 4
    month_day: int = 1
    begin: date | None = None
    dates: tuple[date, ...] = ()
    baseline: bool = False
    show_dates: bool = False
    current_color: str = CURRENT_COLOR
    other_color: str = OTHER_COLOR

    @property
    def any_on(self) -> bool:
        """Whether some line is asked for."""
        return self.current or self.every is not Every.NONE or bool(self.dates)


@dataclass(frozen=True, slots=True)
class LineAt:
    """One progress line to draw: its moment and whether it is the current line."""

    moment: datetime
    current: bool


def line_moments(
    lines: ProgressLines,
    project_start: datetime,
    status_date: datetime | None,
    current_date: datetime,
    day_end: time,
    working: Callable[[date], bool] | None = None,
) -> list[LineAt]:
    """The lines to draw, earliest first; a day picked or recurring stands at ``day_end``
    (the project's default finish time: MS Project's status date is a day's end).
    ``working``: whether a day is a working day on the project's calendar; daily lines
    fall on working days only (MS Project's "every workday": a line on a Sunday repeats
    Friday's).

    The current line stands at the status date (the current date when the plan has
    none, as MS Project falls back) or at the current date. Recurring lines run from
    their first day up to the current line's day (none after it: progress is not known
    there); a recurring or picked line on the current line's day is the current line.
    """
    out: list[LineAt] = []
    if lines.current_at is CurrentAt.STATUS_DATE and status_date is not None:
        now = status_date
    else:
        now = current_date
    if lines.current:
        out.append(LineAt(now, True))
    taken = {now.date()} if lines.current else set()
    days: list[date] = []
    if lines.every is not Every.NONE:
        first = lines.begin or project_start.date()
        every = recurring_days(lines, first, now.date(), working)
        days.extend(every[-MOST_RECURRING:])
    days.extend(lines.dates)
    for day in sorted(set(days)):
        if day not in taken:
            out.append(LineAt(datetime.combine(day, day_end), False))
    out.sort(key=lambda line: line.moment)
    return out


def recurring_days(
    lines: ProgressLines,
    first: date,
    last: date,
    working: Callable[[date], bool] | None = None,
) -> list[date]:
    """The days of the recurring lines from ``first`` through ``last`` (daily: every
    ``count``-th working day when ``working`` tells them)."""
    step = max(1, lines.count)
    days: list[date] = []
    if lines.every is Every.DAILY:
        day, counted = first, 0
        while day <= last:
            if working is None or working(day):
                if counted % step == 0:
                    days.append(day)
                counted += 1
            day += timedelta(days=1)
    elif lines.every is Every.WEEKLY:
        day = first + timedelta(days=(lines.weekday - first.weekday()) % 7)
        while day <= last:
            days.append(day)
            day += timedelta(weeks=step)
    elif lines.every is Every.MONTHLY:
        year, month = first.year, first.month
        while True:
            last_day = month_calendar.monthrange(year, month)[1]
            day = date(year, month, min(max(lines.month_day, 1), last_day))
            if day > last:
                break
            if day >= first:
                days.append(day)
            month += step
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return days
