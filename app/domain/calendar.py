"""Working-time calendars as data (arithmetic lives in worktime.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

# A working interval within one day, in minutes from midnight: (480, 720) is 08:00-12:00.
Interval = tuple[int, int]

STANDARD_DAY: tuple[Interval, ...] = ((8 * 60, 12 * 60), (13 * 60, 17 * 60))


class RecurrenceKind(Enum):
    """How an exception repeats."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY_BY_DATE = "monthly_by_date"
    MONTHLY_BY_WEEKDAY = "monthly_by_weekday"
    YEARLY_BY_DATE = "yearly_by_date"
    YEARLY_BY_WEEKDAY = "yearly_by_weekday"


@dataclass(frozen=True, slots=True)
class Recurrence:
    """Repetition of an exception between its start and end dates (or ``occurrences`` times).

    ``weekdays`` uses Python's numbering (Monday=0). ``week_of_month`` is 1..4,
    or 5 for "last". ``month`` is 1..12.
    """

    kind: RecurrenceKind
    period: int = 1
    weekdays: tuple[int, ...] = ()
    day_of_month: int = 1
    week_of_month: int = 1
    weekday: int = 0
    month: int = 1
    occurrences: int | None = None


@dataclass(frozen=True, slots=True)
class CalendarException:
    """Days that differ from the weekly pattern: holidays, vacations, extra working days.

    A non-working exception has no intervals; a working one lists its hours.
    """

    name: str
    start: date
    end: date
    working: bool = False
    intervals: tuple[Interval, ...] = ()
    recurrence: Recurrence | None = None


@dataclass(frozen=True, slots=True)
class WorkWeek:
    """A named period with a weekly pattern of its own (MS Project's Work Weeks tab): winter
    hours from 1 November to 28 February, a summer four-day week.

    ``week[d]`` is the working intervals of weekday ``d`` (Monday=0) from ``start`` to
    ``end`` (both included); ``None`` leaves the day as MS Project's Details dialog does with
    "Use Project default times" (a base calendar: 8:00-12:00 and 13:00-17:00, Monday to
    Friday) or "Use times from base calendar" (a calendar derived from another: its base's).
    """

    name: str
    start: date
    end: date
    week: tuple[tuple[Interval, ...] | None, ...] = (None,) * 7


@dataclass(frozen=True, slots=True)
class Calendar:
    """Weekly working pattern plus exceptions, optionally derived from a base calendar.

    ``week[d]`` is the working intervals of weekday ``d`` (Monday=0); ``None``
    means "as in the base calendar" (a base calendar has no ``None``). ``work_weeks``
    replace the weekly pattern over their dates (exceptions still win; see calendars.py).
    ``holiday_country`` gives it that country's public holidays (``holidays`` package)
    instead of its base calendar's, as a person in France keeps French ones, not the
    project's Bavarian ones; ``no_public_holidays`` gives it none, not even its base's (a
    contractor working them). Neither: the base calendar's (see calendars.holiday_place).
    """

    uid: int
    name: str = "Standard"
    base_uid: int | None = None
    week: tuple[tuple[Interval, ...] | None, ...] = field(default=(STANDARD_DAY,) * 5 + ((), ()))
    exceptions: tuple[CalendarException, ...] = ()
    work_weeks: tuple[WorkWeek, ...] = ()
    holiday_country: str | None = None
    holiday_subdivision: str | None = None
    no_public_holidays: bool = False


def standard_calendar(uid: int = 1) -> Calendar:
    """MS Project's Standard calendar: Monday to Friday, 8-12 and 13-17."""
    return Calendar(uid=uid, name="Standard")
