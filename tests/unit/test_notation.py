"""Durations like ``5d`` and predecessor lists like ``3FS+2d``, read and written."""

from __future__ import annotations

import pytest

from app.domain.errors import InputError
from app.domain.link import LinkType
from app.domain.notation import (
    PredecessorRef,
    format_duration,
    format_predecessor,
    format_span,
    parse_duration,
    parse_predecessors,
)
from app.domain.project import Project
from app.domain.task import DurationUnit

P = Project()  # 480 minutes a day, 2400 a week, 20 days a month


@pytest.mark.parametrize(
    ("text", "minutes", "elapsed", "estimated"),
    [
        ("5d", 2400, False, False),
        ("4h", 240, False, False),
        ("2w", 4800, False, False),
        ("1mo", 9600, False, False),
        ("30m", 30, False, False),
        ("1.5", 720, False, False),
        ("1,5d", 720, False, False),
        ("3 days", 1440, False, False),
        (" 2 Hours ", 120, False, False),
        ("2ed", 2880, True, False),
        ("3d?", 1440, False, True),
        ("0d", 0, False, False),
        ("2 semanas", 4800, False, False),
        ("3 Tage", 1440, False, False),
    ],
)
def test_parse_duration(text, minutes, elapsed, estimated):
    d = parse_duration(text, P)
    assert (d.minutes, d.elapsed, d.estimated) == (minutes, elapsed, estimated)


def test_parse_duration_follows_project_day_length():
    short_days = Project(minutes_per_day=450, minutes_per_week=2250)
    assert parse_duration("2d", short_days).minutes == 900
    assert parse_duration("1w", short_days).minutes == 2250


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is not a duration"),
        ("abc", "is not a duration"),
        ("5x", "unknown duration unit 'x'"),
        ("-2d", "cannot be negative"),
        ("2e", "is not a duration"),
    ],
)
def test_parse_duration_errors(text, message):
    with pytest.raises(InputError, match=message):
        parse_duration(text, P)


@pytest.mark.parametrize(
    ("minutes", "elapsed", "estimated", "text"),
    [
        (2400, False, False, "5d"),
        (240, False, False, "4h"),
        (720, False, False, "1.5d"),
        (30, False, False, "30m"),
        (90, False, False, "1.5h"),
        (0, False, False, "0d"),
        (2880, True, False, "2ed"),
        (1440, False, True, "3d?"),
    ],
)
def test_format_duration(minutes, elapsed, estimated, text):
    assert format_duration(minutes, P, elapsed, estimated) == text


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (14011, "29.19d"),  # a summary's span: days, two decimals, never "233.5h"
        (3660, "7.63d"),
        (4800, "10d"),
        (300, "5h"),  # under a day: as typed durations are written
        (0, "0d"),
        (-720, "-1.5d"),  # negative slack of a conflicting constraint
    ],
)
def test_format_span_reads_like_ms_project(minutes, text):
    assert format_span(minutes, Project()) == text


def test_format_span_follows_the_project_day():
    assert format_span(900, Project(minutes_per_day=600)) == "1.5d"


@pytest.mark.parametrize("text", ["5d", "4h", "1.5d", "30m", "2ed", "3d?", "0d", "1.25h"])
def test_duration_round_trips(text):
    d = parse_duration(text, P)
    again = parse_duration(format_duration(d.minutes, P, d.elapsed, d.estimated), P)
    assert again == d


def test_parse_predecessors():
    assert parse_predecessors("3", P) == [PredecessorRef("3")]
    assert parse_predecessors("3FS+2d; 4ss-1d, 5FF+50%", P) == [
        PredecessorRef("3", LinkType.FS, 960, lag_unit=DurationUnit.DAYS),
        PredecessorRef("4", LinkType.SS, -480, lag_unit=DurationUnit.DAYS),
        PredecessorRef("5", LinkType.FF, 0, 50.0),
    ]
    assert parse_predecessors("1.2.3SF+4h", P) == [
        PredecessorRef("1.2.3", LinkType.SF, 240, lag_unit=DurationUnit.HOURS)
    ]
    assert parse_predecessors("7FS+1ed", P) == [
        PredecessorRef("7", LinkType.FS, 1440, None, True, DurationUnit.DAYS)
    ]
    assert parse_predecessors("  ", P) == []


@pytest.mark.parametrize("text", ["x", "3XY", "3FS+", "FS"])
def test_parse_predecessor_errors(text):
    with pytest.raises(InputError, match="is not a predecessor"):
        parse_predecessors(text, P)


@pytest.mark.parametrize(
    ("ref", "kind", "lag", "percent", "elapsed", "text"),
    [
        ("3", LinkType.FS, 0, None, False, "3"),
        ("3", LinkType.SS, 0, None, False, "3SS"),
        ("3", LinkType.FS, 960, None, False, "3FS+2d"),
        ("4", LinkType.SS, -480, None, False, "4SS-1d"),
        ("5", LinkType.FF, 0, 50.0, False, "5FF+50%"),
        ("6", LinkType.SF, 1440, None, True, "6SF+1ed"),
    ],
)
def test_format_predecessor_round_trips(ref, kind, lag, percent, elapsed, text):
    assert format_predecessor(ref, kind, lag, percent, elapsed, P) == text
    unit = DurationUnit.DAYS if lag else None  # the unit typed is kept (3FS+2d)
    assert parse_predecessors(text, P) == [PredecessorRef(ref, kind, lag, percent, elapsed, unit)]
