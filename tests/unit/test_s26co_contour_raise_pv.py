"""Planned value of a contoured person whose rate rises inside their task: the work the
contour books before the raise at the old rate, after it at the new one (MS Project's
timephased baseline cost: each period's work x the rate then), in earned value and the S-curve.

Hand-worked: a 10-day task (Mon 5 Jan .. Fri 16 Jan), 4,800 min of work, 40/h until Mon 12 Jan,
70/h from then. Back Loaded books 10+15+25+50+50 of 600 shares in the first week (1,200 min),
Front Loaded 100+100+100+75+75 (3,600 min); by Tue 13 Jan 300 and 550 shares (2,400, 4,400 min).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.contours import WorkContour
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, s_curve
from app.domain.resource import RateEntry
from app.domain.scheduler import schedule
from tests.unit.test_s13follow2_contour_costs import _baseline, _plan

FRIDAY, TUESDAY = datetime(2026, 1, 9, 23, 59), datetime(2026, 1, 13, 23, 59)


def _pv(contour: WorkContour) -> tuple[float, float, float, dict[date, float]]:
    plan = _plan(contour)
    table = (RateEntry(None, 40.0), RateEntry(datetime(2026, 1, 12), 70.0))
    plan.update_resource(replace(plan.resource(1), rate_tables=(table,)))
    _baseline(plan)
    s = schedule(plan)
    costs = compute_costs(plan, s)
    curve = s_curve(plan, s, costs, datetime(2026, 1, 16, 17))
    by_day = dict(zip(curve.dates, curve.pv, strict=True))
    ev = [earned_value(plan, s, costs, at)[1].pv for at in (FRIDAY, TUESDAY)]
    return costs.task_cost[1], ev[0], ev[1], by_day


@pytest.mark.parametrize(
    ("contour", "before", "by_tuesday"),
    [
        (WorkContour.BACK_LOADED, 1200, 2400),
        (WorkContour.FRONT_LOADED, 3600, 4400),
    ],
)
def test_s26co_the_contour_s_work_after_the_raise_is_planned_at_the_new_rate(
    contour, before, by_tuesday
):
    total, friday, tuesday, curve = _pv(contour)
    assert total == pytest.approx(before * 40 / 60 + (4800 - before) * 70 / 60)
    assert friday == pytest.approx(before * 40 / 60)
    assert tuesday == pytest.approx(before * 40 / 60 + (by_tuesday - before) * 70 / 60)
    # the S-curve plans the same
    assert curve[date(2026, 1, 9)] == pytest.approx(friday)
    assert curve[date(2026, 1, 13)] == pytest.approx(tuesday)
    assert curve[date(2026, 1, 16)] == pytest.approx(total)


def test_s26co_work_typed_by_period_is_planned_at_the_rates_then():
    from app.domain.edited_work import WorkPiece

    plan = _plan(WorkContour.FLAT)
    typed = (
        WorkPiece(datetime(2026, 1, 5, 8), datetime(2026, 1, 9, 17), 600.0),
        WorkPiece(datetime(2026, 1, 12, 8), datetime(2026, 1, 16, 17), 2400.0),
    )
    a = replace(
        plan.assignment(1), work_minutes=3000, contour=WorkContour.CONTOURED, edited_work=typed
    )
    plan.update_assignment(a)
    table = (RateEntry(None, 40.0), RateEntry(datetime(2026, 1, 12), 70.0))
    plan.update_resource(replace(plan.resource(1), rate_tables=(table,)))
    _baseline(plan)
    s = schedule(plan)
    costs = compute_costs(plan, s)
    assert costs.task_cost[1] == pytest.approx(600 * 40 / 60 + 2400 * 70 / 60)
    # the first week's 10h at 40 (400), not a fifth of the whole (640)
    assert earned_value(plan, s, costs, FRIDAY)[1].pv == pytest.approx(400.0)
