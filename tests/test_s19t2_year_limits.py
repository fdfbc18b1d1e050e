"""The longest span typed and the years messages name are read from the day tables
(app.domain.day_table.FIRST_YEAR/LAST_YEAR), not copied: the texts stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import day_table
from app.domain.errors import InputError
from app.domain.notation import LONGEST_MINUTES, Duration, parse_duration, parse_predecessors
from app.domain.project import Project
from app.domain.task import Task
from app.domain.tracking_edits import typed_span


def test_s19t2_the_longest_span_is_the_day_tables_years():
    first, last = date(day_table.FIRST_YEAR, 1, 1), date(day_table.LAST_YEAR + 1, 1, 1)
    assert LONGEST_MINUTES == (last - first).days * 1440 == 631_139_040  # 1800 to 2999


def test_s19t2_a_duration_or_a_lag_too_long_says_where_dates_run_to():
    with pytest.raises(InputError) as caught:
        parse_duration("99999999d", Project())
    assert str(caught.value) == (
        "'99999999d' is too long: a duration can be at most 1,314,873d (dates run to 2999)"
    )
    with pytest.raises(InputError) as caught:
        parse_predecessors("1FS+" + "9" * 400 + "%", Project())
    assert str(caught.value).endswith(": the lag is too long (dates run to 2999)")


def test_s19t2_an_actual_duration_too_long_names_the_years_gantry_schedules():
    with pytest.raises(InputError) as caught:
        typed_span(Task(1, "Dig"), Duration(LONGEST_MINUTES + 1), "actual duration")
    assert str(caught.value) == (
        "the actual duration of 'Dig' is too long to schedule (Gantry schedules from 1800 to 2999)"
    )
    assert typed_span(Task(1, "Dig"), Duration(LONGEST_MINUTES), "actual duration") == (
        LONGEST_MINUTES
    )
