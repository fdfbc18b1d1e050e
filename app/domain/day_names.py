"""Names of weekdays and months and the order a day is written in.

The English lists are Gantry's own (the C locale's): the dialogs, the recurring tasks'
descriptions and the command line use them, so that a pattern reads the same there.
:class:`DateNames` holds one locale's names and orders for the Gantt timescale and the
Usage views' headers; the domain knows no locale, so the report layer makes one from
Qt's (app/report/timescale_names.py) and passes it in. :data:`ENGLISH` writes what
Gantry always wrote (``Mon 5 Jan 2026``, ``January 2026``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class DateNames:
    """One locale's short weekday and month names and its orders of a day's parts.

    The orders are ``str.format`` patterns over ``{day}``, ``{month}`` (its name),
    ``{number}`` (the month in figures) and ``{year}``: ``{day}. {month} {year}`` in German,
    ``{month} {day}, {year}`` in American English, ``{year}年{number}月{day}日`` in Japanese.
    ``alone_*``: the month as a heading names it on its own (``January 2026``), which some
    languages inflect differently from the month of a day.
    """

    weekday_abbr: tuple[str, ...] = WEEKDAY_ABBR
    month_abbr: tuple[str, ...] = MONTH_ABBR
    alone_abbr: tuple[str, ...] = MONTH_ABBR
    alone_names: tuple[str, ...] = MONTH_NAMES
    day_month_year: str = "{day} {month} {year}"
    day_month: str = "{day} {month}"
    month_year: str = "{month} {year}"
    # A calendar week's short name before its ISO number, as the language's planners write
    # it (``KW 13`` in German, ``S13`` in French: ``{week}`` the number); "" none known
    week: str = ""

    def weekday(self, day: date) -> str:
        """``Mon`` (``Mo.`` in German)."""
        return self.weekday_abbr[day.weekday()]

    def dated(self, day: date, year: bool = True) -> str:
        """``5 Jan 2026`` (``5. Jan. 2026``, ``Jan 5, 2026``); without the year ``5 Jan``."""
        pattern = self.day_month_year if year else self.day_month
        month = self.month_abbr[day.month - 1]
        return pattern.format(day=day.day, month=month, number=day.month, year=day.year)

    def month_heading(self, day: date, full: bool = False) -> str:
        """``Jan 2026``; ``full``: ``January 2026`` (``Januar 2026``)."""
        names = self.alone_names if full else self.alone_abbr
        return self.month_year.format(month=names[day.month - 1], number=day.month, year=day.year)


ENGLISH = DateNames()
