"""Dates as typed (app/domain/typed_dates.py): ISO always, other numeric dates in the order
the computer writes them, English month names, a leading weekday, a time of day, a date
without a year taking the one given. No Qt: the order is a plain value here."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from app.domain.errors import InputError
from app.domain.notation import parse_date as parse_date_from_notation
from app.domain.typed_dates import DATE_EXAMPLES, DateOrder, parse_date

AT = time(8, 0)
DMY, MDY, YMD = DateOrder.DMY, DateOrder.MDY, DateOrder.YMD


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("3/12/2026", DMY, datetime(2026, 12, 3, 8, 0)),
        ("3/12/2026", MDY, datetime(2026, 3, 12, 8, 0)),
        ("12.03.2026", DMY, datetime(2026, 3, 12, 8, 0)),
        ("12-03-26", DMY, datetime(2026, 3, 12, 8, 0)),
        ("03/12/99", MDY, datetime(1999, 3, 12, 8, 0)),
        ("26/3/12", YMD, datetime(2026, 3, 12, 8, 0)),
        ("2026/3/12", MDY, datetime(2026, 3, 12, 8, 0)),
        ("3/12/2026 13:30", MDY, datetime(2026, 3, 12, 13, 30)),
        ("3/12/2026 1:30 PM", MDY, datetime(2026, 3, 12, 13, 30)),
        ("3/12/2026 12:15 am", MDY, datetime(2026, 3, 12, 0, 15)),
        ("12 Mar 2026 8pm", MDY, datetime(2026, 3, 12, 20, 0)),
        ("Thursday, March 12, 2026", DMY, datetime(2026, 3, 12, 8, 0)),
        ("Mar. 12 2026", DMY, datetime(2026, 3, 12, 8, 0)),
        ("12-Mar-26", MDY, datetime(2026, 3, 12, 8, 0)),
        ("Do 12.03.2026 13:00", DMY, datetime(2026, 3, 12, 13, 0)),  # a German weekday
    ],
)
def test_numeric_dates_follow_the_order_and_names_read_everywhere(text, order, expected):
    assert parse_date(text, AT, order) == expected


@pytest.mark.parametrize("order", list(DateOrder))
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-12", datetime(2026, 3, 12, 8, 0)),
        ("2026-03-12 13:00", datetime(2026, 3, 12, 13, 0)),
        ("2026-03-12T13:00:30", datetime(2026, 3, 12, 13, 0, 30)),
        ("Thu 2026-03-12", datetime(2026, 3, 12, 8, 0)),
    ],
)
def test_iso_is_always_read(text, expected, order):
    assert parse_date(text, AT, order) == expected


def test_the_old_default_reads_day_first_as_before():
    assert parse_date("05/01/2026", AT) == datetime(2026, 1, 5, 8, 0)
    assert parse_date_from_notation("05/01/2026 13:00", AT) == datetime(2026, 1, 5, 13, 0)


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("12 Mar", DMY, datetime(2027, 3, 12, 8, 0)),
        ("Thu 12 Mar", MDY, datetime(2027, 3, 12, 8, 0)),
        ("March 12", DMY, datetime(2027, 3, 12, 8, 0)),
        ("12/3", DMY, datetime(2027, 3, 12, 8, 0)),
        ("3/12", MDY, datetime(2027, 3, 12, 8, 0)),
        ("3/12", YMD, datetime(2027, 3, 12, 8, 0)),
        ("12.3. 9:00", DMY, datetime(2027, 3, 12, 9, 0)),
    ],
)
def test_a_date_without_a_year_takes_the_year_given(text, order, expected):
    assert parse_date(text, AT, order, year=2027) == expected


@pytest.mark.parametrize(
    ("text", "order", "message"),
    [
        ("soon", DMY, "'soon' is not a date (try 2026-03-02 or 2026-03-02 13:00)"),
        ("next week", MDY, "'next week' is not a date (try"),
        ("13/3/2026", MDY, "'13/3/2026' is not a date: this computer writes month/day/year"),
        ("3/13/2026", DMY, "'3/13/2026' is not a date: this computer writes day/month/year"),
        ("12/03/2026", YMD, "'12/03/2026' is not a date: this computer writes year/month/day"),
        ("2026-02-30", MDY, "'2026-02-30' is not a date (try"),
        ("12 Foo 2026", DMY, "'12 Foo 2026' is not a date (try"),
        ("12 Mar", DMY, "'12 Mar' has no year (try 2026-03-02)"),
        ("2026-03-12 25:00", DMY, "'2026-03-12 25:00' is not a time of day (try 13:00)"),
        ("2026-03-12 13 pm", DMY, "'2026-03-12 13 pm': 13 is not an hour of a 12-hour clock"),
    ],
)
def test_what_is_no_date_is_refused_in_one_line(text, order, message):
    with pytest.raises(InputError) as caught:
        parse_date(text, AT, order)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("order", list(DateOrder))
def test_each_orders_example_reads_back_as_2_march(order):
    assert parse_date(DATE_EXAMPLES[order], AT, order) == datetime(2026, 3, 2, 8, 0)
