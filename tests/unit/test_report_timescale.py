"""The chart's time axis: zoom levels, date <-> x, tiers and snapping (no Qt)."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest

from app.report.timescale import (
    ZOOM_LEVELS,
    Timescale,
    Unit,
    floor_unit,
    level_for,
    level_named,
    next_unit,
)

ORIGIN = datetime(2026, 1, 5)


def test_x_and_moment_are_inverse():
    ts = Timescale.at_level(ORIGIN, level_named("days"))
    moment = datetime(2026, 2, 17, 13, 30)
    assert ts.moment_at(ts.x_of(moment)) == moment
    assert ts.x_of(ORIGIN + timedelta(days=3)) == pytest.approx(3 * ts.px_per_day)


@pytest.mark.parametrize(
    ("unit", "moment", "floor", "after"),
    [
        (
            Unit.HOUR,
            datetime(2026, 3, 4, 10, 45),
            datetime(2026, 3, 4, 10),
            datetime(2026, 3, 4, 11),
        ),
        (Unit.DAY, datetime(2026, 3, 4, 10, 45), datetime(2026, 3, 4), datetime(2026, 3, 5)),
        (Unit.WEEK, datetime(2026, 3, 4, 10), datetime(2026, 3, 2), datetime(2026, 3, 9)),
        (Unit.MONTH, datetime(2026, 12, 14), datetime(2026, 12, 1), datetime(2027, 1, 1)),
        (Unit.QUARTER, datetime(2026, 8, 14), datetime(2026, 7, 1), datetime(2026, 10, 1)),
        (Unit.YEAR, datetime(2026, 8, 14), datetime(2026, 1, 1), datetime(2027, 1, 1)),
    ],
)
def test_units_floor_and_advance(unit, moment, floor, after):
    assert floor_unit(moment, unit) == floor
    assert next_unit(floor, unit) == after


def test_tiers_cover_the_range_without_gaps():
    ts = Timescale.at_level(ORIGIN, level_named("weeks"))
    top, bottom = ts.tiers(100.0, 900.0)
    for tier in (top, bottom):
        assert tier[0].x0 <= 100.0
        assert tier[-1].x1 >= 900.0
        for a, b in itertools.pairwise(tier):
            assert a.x1 == pytest.approx(b.x0)
    assert top[0].labels[0].split()[0] in {"January", "February", "March"}
    assert all(c.start.weekday() == 0 for c in bottom)


def test_finer_scales_pick_finer_levels():
    names = [level_for(level.px_per_day).name for level in ZOOM_LEVELS]
    assert names == [level.name for level in ZOOM_LEVELS]
    assert level_for(10_000).name == "hours"
    assert level_for(0.01).name == "quarters"


def test_fitting_spans_exactly_the_width():
    start, finish = datetime(2026, 1, 5), datetime(2026, 7, 5)
    ts = Timescale.fitting(start, finish, 1000)
    assert ts.x_of(finish) - ts.x_of(start) == pytest.approx(1000)
    assert ts.level.name in {"weeks", "months"}


def test_zoom_steps_clamp_at_both_ends():
    ts = Timescale.at_level(ORIGIN, level_named("days"))
    assert ts.zoomed(1).level.name == "hours"
    assert ts.zoomed(5).level.name == "hours"
    assert ts.zoomed(-2).level.name == "months"
    assert ts.zoomed(-9).level.name == "quarters"


def test_snap_goes_to_the_nearest_lower_tier_boundary():
    days = Timescale.at_level(ORIGIN, level_named("days"))
    assert days.snap(datetime(2026, 1, 7, 11)) == datetime(2026, 1, 7)
    assert days.snap(datetime(2026, 1, 7, 13)) == datetime(2026, 1, 8)
    hours = Timescale.at_level(ORIGIN, level_named("hours"))
    assert hours.snap(datetime(2026, 1, 7, 13, 40)) == datetime(2026, 1, 7, 14)
