"""The table's date text, written without strftime (which imports ``time`` through PySide's
import hook on every call), is strftime's own: across years, weekdays and the locale."""

from __future__ import annotations

import locale
from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.ui.models.task_date_edits import format_date, format_date_edit


@given(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)))
def test_s17pf2_date_text_is_strftimes(moment: datetime) -> None:
    assert format_date(moment) == moment.strftime("%a %Y-%m-%d")
    assert format_date_edit(moment) == moment.strftime("%Y-%m-%d %H:%M")


def test_s17pf2_every_weekday_across_year_ends() -> None:
    start = datetime(2023, 12, 25, 17, 5)
    for day in range(14 + 366 * 3):  # three year ends and a leap day (2024-02-29)
        moment = start + timedelta(days=day)
        assert format_date(moment) == moment.strftime("%a %Y-%m-%d")
    assert format_date(datetime(2024, 2, 29)) == "Thu 2024-02-29"
    assert format_date(datetime(2149, 12, 31)) == "Wed 2149-12-31"
    assert format_date_edit(datetime(1984, 1, 2, 8, 0)) == "1984-01-02 08:00"
    assert format_date(None) == format_date_edit(None) == ""


def test_s17pf2_day_names_follow_the_locale_set_now() -> None:
    # The names are those of the LC_TIME locale at the call, as strftime's were.
    before = locale.setlocale(locale.LC_TIME)
    try:
        for name in ("C", "C.UTF-8"):
            locale.setlocale(locale.LC_TIME, name)
            moment = datetime(2026, 1, 5)
            assert format_date(moment) == moment.strftime("%a %Y-%m-%d")
    finally:
        locale.setlocale(locale.LC_TIME, before)
