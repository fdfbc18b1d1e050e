"""The order the computer writes short dates in, from Qt's locale: how a date typed into
the sheet or a dialog's text field reads ("3/12/2026" is 3 December day first, 12 March
month first), as MS Project follows the Windows regional settings."""

from __future__ import annotations

import re
from datetime import datetime, time

from PySide6.QtCore import QLocale

from app.domain.custom_fields import CustomValues, value_of
from app.domain.day_table import FIRST_YEAR, LAST_YEAR
from app.domain.errors import InputError
from app.domain.quoting import quoted
from app.domain.typed_dates import DateOrder, parse_date
from app.report.locale_dates import local_date

# Four digits alone, in any script's digits: a year as typed (1405 of 1405/10/14 typed in
# Persian digits).
_YEAR_RUN = re.compile(r"(?<!\d)\d{4}(?!\d)")


def locale_date_order(locale: QLocale | None = None) -> DateOrder:
    """The order of day, month and year in ``locale``'s short date format (default: the
    user's, QLocale()): ``dd/MM/yyyy`` (en_GB) and ``dd.MM.yy`` (de_DE) day first,
    ``M/d/yy`` (en_US) month first, ``yyyy/MM/dd`` (ja_JP) and ``yyyy-MM-dd`` (en_CA) year
    first. A format that leaves one out reads day first. The C locale reads year first: its
    short format says ``d MM yyyy``, but Gantry writes its dates in ISO there (the sheet's
    cells and their editor), so a message naming the order names the one shown."""
    locale = QLocale() if locale is None else locale
    if locale.language() == QLocale.Language.C:
        return DateOrder.YMD
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    day, month, year = text.find("d"), text.find("M"), text.find("y")
    if min(day, month, year) < 0:
        return DateOrder.DMY
    if year < month and year < day:
        return DateOrder.YMD
    return DateOrder.MDY if month < day else DateOrder.DMY


def held_year(custom: CustomValues, name: str) -> int | None:
    """The year of the date custom field ``name`` holds (None: it holds none): a date typed
    into it without a year takes it, as the sheet's own date cells take theirs."""
    value = value_of(custom, name)
    return value.year if isinstance(value, datetime) else None


def locale_typed_date(
    text: str, default_time: time, year: int | None = None, locale: QLocale | None = None
) -> datetime:
    """A date typed into the sheet in ``locale`` (None: the user's): ISO always, else in
    its short date order (app.domain.typed_dates.parse_date: a weekday, a time, Arabic's
    direction marks and Arabic-Indic or Persian digits as the sheet writes them); one
    without a time takes ``default_time``, one without a year ``year`` (None: refused).

    A year Gantry does not schedule (1800 to 2999) is refused here, before it reaches the
    plan: a manual task took a start in 1405 and broke every schedule after it. In a
    Persian locale such a year is a Solar Hijri one (1405/10/14 in Persian digits, the
    calendar Iran and Afghanistan write): Gantry's dates, as the sheet writes them there
    too, are Gregorian (2027/1/4 in Persian digits), and a Hijri date is refused with that
    said rather than read as a Gregorian day or converted behind the user's back.
    """
    locale = QLocale() if locale is None else locale
    typed = text.strip()
    if locale.language() == QLocale.Language.Persian:
        for run in _YEAR_RUN.findall(typed):  # before reading: 1405/2/31 is no Gregorian day
            if int(run) < FIRST_YEAR:
                example = local_date(datetime(2026, 3, 2), weekday=False, locale=locale)
                raise InputError(
                    f"{quoted(typed)}: {int(run)} is a year of the Persian (Solar Hijri) "
                    f"calendar; Gantry's dates are Gregorian, as the sheet shows them "
                    f"(type {example} or 2026-03-02)"
                )
    example = local_date(datetime(2026, 3, 2), weekday=False, locale=locale)  # for a refusal
    shown = None if example == "2026-03-02" else example  # ISO (C): named once, not twice
    moment = parse_date(typed, default_time, locale_date_order(locale), year, shown)
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise InputError(
            f"{quoted(typed)}: a date in {moment.year} cannot be scheduled "
            f"(Gantry schedules from {FIRST_YEAR} to {LAST_YEAR})"
        )
    return moment
