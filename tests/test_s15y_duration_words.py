"""Durations typed with the plural abbreviations MS Project itself shows.

MS Project writes "5 dys", "2 wks", "3 hrs", "1 mon" and "2 mons" in its Duration
column (Options: days as "dys", months as "mons") and reads them back; a PM
copying a duration out of an MS Project sheet typed "2 mons" and was told the
unit was unknown, though "1 mon" and "2 wks" were accepted.
"""

from __future__ import annotations

import pytest

from app.domain.errors import InputError
from app.domain.notation import parse_duration, parse_predecessors
from app.domain.project import Project
from app.domain.task import DurationUnit


@pytest.mark.parametrize(
    ("text", "minutes", "unit", "elapsed"),
    [
        ("5 dys", 5 * 480, DurationUnit.DAYS, False),
        ("2 mons", 2 * 20 * 480, DurationUnit.MONTHS, False),
        ("2mons", 2 * 20 * 480, DurationUnit.MONTHS, False),
        ("3 edys", 3 * 1440, DurationUnit.DAYS, True),
        ("1 emons", 43200, DurationUnit.MONTHS, True),
        ("2 wks", 2 * 2400, DurationUnit.WEEKS, False),
        ("1 mon", 20 * 480, DurationUnit.MONTHS, False),
    ],
)
def test_plural_abbreviations_read_as_ms_project_writes_them(text, minutes, unit, elapsed):
    d = parse_duration(text, Project(name="Units"))
    assert (d.minutes, d.unit, d.elapsed) == (minutes, unit, elapsed)


def test_a_lag_in_dys_reads_too():
    (ref,) = parse_predecessors("3FS+2 dys", Project(name="Units"))
    assert ref.lag_minutes == 2 * 480


def test_an_unknown_unit_is_still_refused():
    with pytest.raises(InputError, match="unknown duration unit"):
        parse_duration("2 yrs", Project(name="Units"))
