"""The status report's cost curve of a plan that has not started stays flat at nought
until the plan's first day, as the Budget view's S-curve draws it, instead of a ramp of
money 'planned' through the weeks before it."""

from __future__ import annotations

from datetime import date, datetime
from itertools import pairwise

from app.domain.earned_value_curve import SCurve
from app.report.status_curve import curve_points


def _value_at(points, moment: datetime) -> float:
    """The drawn line's height at ``moment`` (straight between points)."""
    for (m0, v0), (m1, v1) in pairwise(points):
        if m0 <= moment <= m1:
            share = (moment - m0).total_seconds() / max((m1 - m0).total_seconds(), 1)
            return v0 + (v1 - v0) * share
    raise AssertionError(moment)


def test_the_planned_value_is_flat_at_nought_before_the_plan_starts():
    today = date(2026, 11, 28)  # no status date: the curve is read today
    curve = SCurve(
        dates=(today, date(2027, 1, 4), date(2027, 1, 11)),
        pv=(0.0, 24_800.0, 105_600.0),
        ev_dates=(today,),
        ev=(0.0,),
        ac=(0.0,),
    )
    pv, ev, ac = curve_points(curve, datetime(2026, 11, 28, 17, 0))
    assert _value_at(pv, datetime(2026, 12, 20)) == 0.0  # December: nothing planned
    assert _value_at(pv, datetime(2027, 1, 3, 23, 0)) == 0.0
    assert _value_at(pv, datetime(2027, 1, 11, 23, 59)) > 100_000  # then the real curve
    assert ev[-1][1] == 0.0
    assert ac[-1][1] == 0.0


def test_a_curve_sampled_from_its_start_is_unchanged():
    curve = SCurve(
        dates=(date(2027, 1, 4), date(2027, 1, 5)),
        pv=(100.0, 200.0),
        ev_dates=(date(2027, 1, 4),),
        ev=(50.0,),
        ac=(60.0,),
    )
    pv, _ev, _ac = curve_points(curve, datetime(2027, 1, 4, 17, 0))
    assert pv[0] == (datetime(2027, 1, 4), 0.0)
    assert len(pv) == 3  # the nought at the first day's start, then the two samples
