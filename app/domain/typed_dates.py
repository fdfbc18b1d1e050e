"""Dates as users type them into the task sheet and the dialogs' text fields.

ISO (``2026-03-12``, ``2026-03-12 13:00``, ``2026-03-12T13:00``) is always read.
Other numeric dates are read in the order the computer writes short dates
(:class:`DateOrder`, which the UI reads off the system locale, as MS Project follows
the Windows regional settings): ``3/12/2026`` is 12 March on a day-first computer and
3 December on a US one, ``12.03.26`` and ``12-03-2026`` alike; a space may follow each
separator and a point end the date, as Hungarian (``2027. 01. 04.``), Korean (``27. 1.
4.``), Croatian and Slovak write them. Month names are read in English (``12 Mar 2026``,
``March 12, 2026``), German and French (``12. März 2026``, ``12 mars 2026``). A leading weekday is ignored (``Thu 12 Mar``, ``월 2027. 1. 4.``), a
time of day may follow (``13:00``, ``1:30 PM``, ``8am``, Korean ``오후 1:30``, Finnish and
Danish ``13.00`` after a date); a date given without one takes the caller's default time.

A date without a year (``12 Mar``, ``12/3``) takes the year the caller gives (the
sheet: the year of the cell's own date, else the project start's); a two-digit year is
read between 1950 and 2049.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, time
from enum import Enum

from app.domain.errors import InputError
from app.domain.quoting import quoted


class DateOrder(Enum):
    """The order in which the computer writes day, month and year in a short date."""

    DMY = "day/month/year"
    MDY = "month/day/year"
    YMD = "year/month/day"


# 2 March 2026 as each order writes it: a hint for a field that reads typed dates.
DATE_EXAMPLES: dict[DateOrder, str] = {
    DateOrder.DMY: "02/03/2026",
    DateOrder.MDY: "3/2/2026",
    DateOrder.YMD: "2026/03/02",
}

_MONTHS: dict[str, int] = {}
for _number, _name in enumerate(
    (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
    start=1,
):
    _MONTHS[_name] = _MONTHS[_name[:3]] = _number
_MONTHS["sept"] = 9
# German and French month names and their short forms (``12. März 2027``, ``12 mars 2027``,
# ``3 févr. 2027``), as users of those locales type them; English ones above.
_MONTHS.update(
    {
        name: number
        for number, names in enumerate(
            (
                "januar jän jänner janvier janv",
                "februar feb février févr fevrier fevr",
                "märz mär mrz mars",
                "april avril avr",
                "mai",
                "juni juin",
                "juli juillet juil",
                "august août aout",
                "september septembre",
                "oktober okt octobre",
                "november novembre",
                "dezember dez décembre déc decembre",
            ),
            start=1,
        )
        for name in names.split()
    }
)

# The words for a.m. and p.m. the short time formats of Qt's locales write where English
# writes AM and PM: Korean, Chinese and Japanese before the time ("오후 1:30", "下午1:30"),
# Greek after it ("1:30 μ.μ.").
_MERIDIANS = {"오전": "a", "오후": "p", "上午": "a", "下午": "p", "午前": "a", "午後": "p"}
_MERIDIANS.update({"π.μ.": "a", "μ.μ.": "p", "πμ": "a", "μμ": "p"})
_MERIDIANS.update({"\u0635": "a", "\u0645": "p"})  # Arabic's, after the time
_MERIDIAN_WORDS = "|".join(re.escape(word) for word in _MERIDIANS)
# A time of day at the end: "13:00", "13:00:30", "1:30 PM", "8am", "오후 1:30", Canadian
# French "13 h 00" (after a space, a comma or ISO's "T").
_CLOCK = re.compile(
    rf"(?:^|[\sT,]+)(?:({_MERIDIAN_WORDS})\s*)?(\d{{1,2}})(?::|\s?h\s?)(\d{{2}})(?::(\d{{2}}))?"
    rf"\s*(?:([ap])\.?\s*m\.?|({_MERIDIAN_WORDS}))?$",
    re.IGNORECASE,
)
_HOUR_AMPM = re.compile(r"(?:^|[\s,]+)(\d{1,2})\s*([ap])\.?\s*m\.?$", re.IGNORECASE)
# A time written with a point after a date (Finnish, Danish, Indonesian: "13.00"): read
# only when what comes before it is a date, as "Mo 4.10" is 4 October.
_DOT_CLOCK = re.compile(r"\s+(\d{1,2})\.(\d{2})$")
# A word in front of the date that is not a month: a weekday, in any language ("Thu",
# "Do.", "Thursday,", Hindi's and Thai's with their vowel signs); Hebrew's weekday is two
# words ("day B'", the letter with a geresh).
_LEADING_WORD = re.compile(r"([^\W\d_][^\s\d]*?)\.?,?\s+(?=\S)")
# Vietnamese numbers its weekdays ("Thứ 2", Monday, to "Thứ 7"; Sunday is "CN").
_VIETNAMESE_DAY = re.compile("^th\u1ee9\\s+[2-7],?\\s+(?=\\S)", re.IGNORECASE)
# Marks that set the direction of right-to-left text, which Arabic's short dates carry
# (U+200F after the day and the month): no part of the date. (Arabic-Indic and Persian
# digits read as they are: ``\d`` and ``int`` take every script's.)
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u061c]")
# What Bulgarian writes after a short date's year ("4.01.27 g.", in Cyrillic): the year's
# abbreviation.
_YEAR_WORD = re.compile("\\s*\u0433\\.?$")
# Numeric dates: the same separator between the parts, a space after it allowed
# ("2027. 01. 04.", "4. 1. 2027"), a point after the last part.
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])\s*(\d{1,2})\2\s*(\d{1,2})\.?$")
_NUMERIC = re.compile(r"(\d{1,2})([-/.])\s*(\d{1,2})(?:\2\s*(\d{4}|\d{2}))?\.?$")
_NUMERIC_YEAR_FIRST = re.compile(r"(\d{2})([-/.])\s*(\d{1,2})\2\s*(\d{1,2})\.?$")
_DAY_MONTH = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th)?[\s.\-]*([^\W\d_]+)\.?(?:[\s,.\-]+(\d{4}|\d{2}))?$",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    r"([^\W\d_]+)\.?[\s\-]*(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}|\d{2})|,\s*(\d{4}|\d{2}))?$",
    re.IGNORECASE,
)


def parse_date(
    text: str,
    default_time: time,
    order: DateOrder = DateOrder.DMY,
    year: int | None = None,
    example: str | None = None,
) -> datetime:
    """Read a date as typed (see the module's docstring) in ``order``; a date without a
    time takes ``default_time``, one without a year takes ``year`` (None: refused).

    InputError with one line for anything else, naming the order when a numeric date
    does not fit it ("13/3/2026" on a month-first computer); ``example``: 2 March 2026 as
    the user's computer writes it (``02.03.2026``), the form the messages offer (None:
    ISO's).
    """
    hint = example or "2026-03-02"
    typed = _DIRECTION_MARKS.sub("", unicodedata.normalize("NFC", text)).strip()
    body, clock = _split_clock(typed)
    body = _YEAR_WORD.sub("", _without_weekday(body))
    if clock is None:
        body, clock = _split_dot_clock(body, order)
    found = _read_day(body, order)
    day = None
    if found is not None:
        y, m, d = found
        if y is None:
            if year is None:
                raise InputError(f"{quoted(typed)} has no year (try {hint})")
            y = year
        try:
            day = datetime(y, m, d)
        except ValueError:
            day = None
    if day is None:
        if _NUMERIC.match(body) or _NUMERIC_YEAR_FIRST.match(body):
            raise InputError(
                f"{quoted(typed)} is not a date: this computer writes {order.value}"
                + (f", as {hint} (or type 2026-03-02)" if example else " (or type 2026-03-02)")
            )
        raise InputError(f"{quoted(typed)} is not a date (try {hint} or {hint} 13:00)")
    if clock is None:
        return datetime.combine(day.date(), default_time)
    hour, minute, second = clock
    return day.replace(hour=hour, minute=minute, second=second)


def _split_clock(typed: str) -> tuple[str, tuple[int, int, int] | None]:
    """The date part of ``typed`` and its time of day (None: none given)."""
    m = _CLOCK.search(typed)
    if m is not None and m.start() > 0:
        hour, minute = int(m.group(2)), int(m.group(3))
        second = int(m.group(4) or 0)
        meridian = m.group(5)
        word = m.group(1) or m.group(6)
        if word is not None:
            if meridian is not None:  # "오후 1:30 PM": two meridians
                raise InputError(f"{quoted(typed)} is not a time of day (try 13:00)")
            meridian = _MERIDIANS[word.lower()]
    else:
        m = _HOUR_AMPM.search(typed)
        if m is None or m.start() == 0:
            return typed, None
        hour, minute, second, meridian = int(m.group(1)), 0, 0, m.group(2)
    if meridian:
        if not 1 <= hour <= 12:
            raise InputError(f"{quoted(typed)}: {hour} is not an hour of a 12-hour clock")
        hour = hour % 12 + (12 if meridian.lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise InputError(f"{quoted(typed)} is not a time of day (try 13:00)")
    return typed[: m.start()].strip(), (hour, minute, second)


def _split_dot_clock(body: str, order: DateOrder) -> tuple[str, tuple[int, int, int] | None]:
    """``body`` without a time written with a point ("4.1.2027 8.00") and that time, when
    what is left is a date; else ``body`` as it is and no time ("4.10" is a date)."""
    m = _DOT_CLOCK.search(body)
    if m is None or m.start() == 0 or _read_day(body[: m.start()], order) is None:
        return body, None
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59:
        return body, None
    return body[: m.start()], (hour, minute, 0)


def _without_weekday(body: str) -> str:
    """``body`` without the leading words that are not a month ("Thu 12 Mar" -> "12 Mar",
    Hebrew's "day B' 4.1.2027" -> "4.1.2027", Vietnamese "Thứ 2 4/1/2027"), two at most."""
    body = _VIETNAMESE_DAY.sub("", body, count=1)
    for _ in range(2):
        m = _LEADING_WORD.match(body)
        if m is None or m.group(1).casefold() in _MONTHS:
            break
        body = body[m.end() :]
    return body


def _read_day(body: str, order: DateOrder) -> tuple[int | None, int, int] | None:
    """Year (None: not given), month and day of a date without its time; None: no date."""
    m = _YEAR_FIRST.match(body)
    if m is not None:  # ISO, and 2026/03/12 everywhere: a four-digit year first is a year
        return int(m.group(1)), int(m.group(3)), int(m.group(4))
    if order is DateOrder.YMD:
        m = _NUMERIC_YEAR_FIRST.match(body)
        if m is not None:
            return _full_year(m.group(1)), int(m.group(3)), int(m.group(4))
    m = _NUMERIC.match(body)
    if m is not None:
        first, second = int(m.group(1)), int(m.group(3))
        year = _full_year(m.group(4)) if m.group(4) else None
        if order is DateOrder.DMY:
            return year, second, first
        if order is DateOrder.MDY or year is None:  # year first: "3/12" is month/day
            return year, first, second
        return None  # "12/03/2026" on a year-first computer: no order it is written in
    m = _DAY_MONTH.match(body)
    if m is not None and m.group(2).casefold() in _MONTHS:
        year = _full_year(m.group(3)) if m.group(3) else None
        return year, _MONTHS[m.group(2).casefold()], int(m.group(1))
    m = _MONTH_DAY.match(body)
    if m is not None and m.group(1).casefold() in _MONTHS:
        given = m.group(3) or m.group(4)
        year = _full_year(given) if given else None
        return year, _MONTHS[m.group(1).casefold()], int(m.group(2))
    return None


def _full_year(text: str) -> int:
    """A year as typed: two digits between 1950 and 2049, as Windows reads them."""
    value = int(text)
    if len(text) > 2:
        return value
    return value + (2000 if value < 50 else 1900)
