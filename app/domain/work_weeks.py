"""Work weeks (MS Project's Work Weeks tab) resolved for :class:`calendars.DayResolver`.

For a date, MS Project takes an exception first (the calendar's, then its base's), then a
work week covering the date, the calendar's own before its base calendar's, then the
[Default] week. A day a work week leaves unset falls back as MS Project's Details dialog
says: "Use Project default times" in a base calendar (8:00-12:00 and 13:00-17:00, Monday
to Friday), "Use times from base calendar" in a calendar derived from another (its base's
[Default] week for that weekday).

Each work week is resolved once into a :data:`Span`; :func:`fill_spans` lays them over a
run of days with one slice assignment each (no Python call per date: the scheduler reads
its days this way, :meth:`DayResolver.days`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from app.domain.calendar import STANDARD_DAY, Calendar, Interval, WorkWeek

Day = tuple[Interval, ...]
# first and last day ordinal covered, and the resolved week (Monday first)
Span = tuple[int, int, tuple[Day, ...]]

# MS Project's "Project default times": 8-12 and 13-17 on weekdays, weekends off.
PROJECT_DEFAULT_WEEK: tuple[Day, ...] = (STANDARD_DAY,) * 5 + ((), ())


def default_week(chain: Sequence[Calendar]) -> tuple[Day, ...]:
    """The [Default] week of ``chain[0]``, a day it leaves unset taken from its base."""
    week: list[Day] = []
    for wd in range(7):
        pattern: Day | None = None
        for c in chain:
            if wd < len(c.week) and c.week[wd] is not None:
                pattern = c.week[wd]
                break
        week.append(tuple(pattern or ()))
    return tuple(week)


def work_week_spans(chain: Sequence[Calendar]) -> list[Span]:
    """Every work week of ``chain`` (a calendar, then its base calendars), resolved, in the
    order they win: the calendar's own first, each calendar's in the order it lists them."""
    spans: list[Span] = []
    for i, cal in enumerate(chain):
        if not cal.work_weeks:
            continue
        unset = default_week(chain[i + 1 :]) if i + 1 < len(chain) else PROJECT_DEFAULT_WEEK
        for ww in cal.work_weeks:
            if ww.end < ww.start:
                continue
            set_days = (*ww.week, *(None,) * 7)[:7]
            week = tuple(
                unset[wd] if day is None else tuple(sorted(day)) for wd, day in enumerate(set_days)
            )
            spans.append((ww.start.toordinal(), ww.end.toordinal(), week))
    return spans


def span_day(spans: Sequence[Span], day: date) -> Day | None:
    """The hours the first work week covering ``day`` gives it; None when none covers it."""
    ordinal = day.toordinal()
    for first, last, week in spans:
        if first <= ordinal <= last:
            return week[day.weekday()]
    return None


def fill_spans(out: list[Day], spans: Sequence[Span], start: int, count: int) -> None:
    """Lay the work weeks over ``out``, the days from ordinal ``start`` on (``count`` of
    them): the first span covering a day wins, so they are laid last first."""
    for first, last, week in reversed(spans):
        lo = max(first - start, 0)
        hi = min(last - start, count - 1)
        if lo > hi:
            continue
        wd = date.fromordinal(start + lo).weekday()
        rotated = week[wd:] + week[:wd]
        n = hi - lo + 1
        out[lo : hi + 1] = (rotated * (n // 7 + 1))[:n]


def overlapping_week(weeks: Iterable[WorkWeek], start: date, end: date) -> WorkWeek | None:
    """The first of ``weeks`` sharing a day with ``start``..``end`` (MS Project refuses two
    work weeks of one calendar on the same day); None when none does."""
    for ww in weeks:
        if ww.start <= end and start <= ww.end:
            return ww
    return None
