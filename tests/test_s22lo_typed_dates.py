"""A date typed in the user's short format reads back as the sheet wrote it, in every common
locale: Hungarian ``2027. 01. 04.`` and Korean ``27. 1. 4.`` (a space after each separator,
a point at the end) were refused, and Korean's ``오후 1:05`` (p.m. before the time) too, so
the Korean date editor opened in ISO. Each locale's form goes through Qt (QLocale) and back
through the parser: with and without the weekday, with the time, and Qt's own short date
with a two-digit year as a user types it."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from PySide6.QtCore import QDate, QLocale

from app.domain.errors import InputError
from app.domain.typed_dates import DateOrder, parse_date
from app.report.locale_dates import local_date
from app.ui.locale_dates import locale_date_order

LOCALES = (
    "de_DE",
    "fr_FR",
    "en_US",
    "en_GB",
    "ja_JP",
    "zh_CN",
    "hu_HU",
    "ko_KR",
    "pl_PL",
    "nl_NL",
    "sv_SE",
    # and others whose forms the parser took no space, weekday or time of
    "fi_FI",
    "da_DK",
    "hr_HR",
    "sk_SK",
    "sl_SI",
    "bg_BG",
    "zh_TW",
    "el_GR",
    "he_IL",
    "th_TH",
    "hi_IN",
    "fr_CA",
    "id_ID",
)
MOMENTS = (datetime(2027, 1, 4, 8, 0), datetime(2027, 11, 24, 17, 5), datetime(2026, 12, 31, 0, 30))
NO_TIME = time(9, 15)  # what a date typed without a time takes here


def _written(moment: datetime, locale: QLocale) -> dict[str, str]:
    return {
        "sheet": local_date(moment, locale=locale),  # Mo. 04.01.2027
        "short": local_date(moment, weekday=False, locale=locale),
        "editor": local_date(moment, weekday=False, clock=True, locale=locale),
        "with weekday and time": local_date(moment, clock=True, locale=locale),
        "qt short": locale.toString(
            QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat
        ),
    }


@pytest.mark.parametrize("name", LOCALES)
def test_s22lo_each_locale_reads_back_what_it_writes(name):
    locale = QLocale(name)
    order = locale_date_order(locale)
    for moment in MOMENTS:
        for form, text in _written(moment, locale).items():
            read = parse_date(text, NO_TIME, order, 1999)
            timed = form in ("editor", "with weekday and time")
            expected = moment if timed else datetime.combine(moment.date(), NO_TIME)
            assert read == expected, f"{name} {form}: {text!r}"


def test_s22lo_hungarian_and_korean_as_typed():
    ymd = DateOrder.YMD
    assert parse_date("2027. 01. 04.", NO_TIME, ymd) == datetime(2027, 1, 4, 9, 15)
    assert parse_date("2027.01.04", NO_TIME, ymd) == datetime(2027, 1, 4, 9, 15)
    assert parse_date("2027. 1. 4. 13:30", NO_TIME, ymd) == datetime(2027, 1, 4, 13, 30)
    assert parse_date("27. 1. 4.", NO_TIME, ymd) == datetime(2027, 1, 4, 9, 15)
    assert parse_date("27. 1. 4. 오후 1:05", NO_TIME, ymd) == datetime(2027, 1, 4, 13, 5)
    assert parse_date("월 27. 1. 4. 오전 12:10", NO_TIME, ymd) == datetime(2027, 1, 4, 0, 10)
    assert parse_date("1. 4.", NO_TIME, ymd, 2027) == datetime(2027, 1, 4, 9, 15)
    # a day that is none still says which order this computer writes
    with pytest.raises(InputError, match="year/month/day"):
        parse_date("27. 13. 4.", NO_TIME, ymd)


def test_s22lo_a_point_time_only_after_a_date():
    dmy = DateOrder.DMY
    assert parse_date("4.1.2027 8.00", NO_TIME, dmy) == datetime(2027, 1, 4, 8, 0)
    assert parse_date("ma 24.11.2027 17.05", NO_TIME, dmy) == datetime(2027, 11, 24, 17, 5)
    # a day and month after a weekday stay a date, not a time of day
    assert parse_date("Mo 4.10", NO_TIME, dmy, 2027) == datetime(2027, 10, 4, 9, 15)
    assert parse_date("4. 10.", NO_TIME, dmy, 2027) == datetime(2027, 10, 4, 9, 15)


def test_s22lo_what_read_before_reads_the_same():
    dmy, mdy = DateOrder.DMY, DateOrder.MDY
    assert parse_date("3/12/2026", NO_TIME, mdy) == datetime(2026, 3, 12, 9, 15)
    assert parse_date("3/12/2026", NO_TIME, dmy) == datetime(2026, 12, 3, 9, 15)
    assert parse_date("Thu March 12, 2026 1:30 PM", NO_TIME, mdy) == datetime(2026, 3, 12, 13, 30)
    assert parse_date("2026-03-12T13:00", NO_TIME, dmy) == datetime(2026, 3, 12, 13, 0)
    for wrong in ("오후 1:05 PM tomorrow", "soon", "2027. 01.", "12 h"):
        with pytest.raises(InputError):
            parse_date(wrong, NO_TIME, dmy)
