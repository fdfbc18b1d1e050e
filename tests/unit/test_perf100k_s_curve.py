"""The S-curve's cumulative sums (prefix sums over sorted spans) against a direct count."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from app.domain.earned_value_sums import cumulative
from app.domain.workload import DayCalendar
from app.domain.worktime import to_minutes
from tests.bench.generate import make_plan


def _direct(cal, spans, moments) -> list[float]:
    """Each moment's sum, span by span: amount x share of the span's working time done."""
    out = []
    for m in moments:
        total = 0.0
        for a, b, amount in spans:
            width = cal.work_index(b) - cal.work_index(a)
            if width > 0:
                done = (cal.work_index(m) - cal.work_index(a)) / width
                total += amount * min(1.0, max(0.0, done))
            elif to_minutes(m) >= to_minutes(a):
                total += amount
        out.append(total)
    return out


def test_cumulative_matches_a_direct_count_with_instant_and_overlapping_spans() -> None:
    plan = make_plan(40, 40, 2)
    cal = DayCalendar(plan, None)
    rng = random.Random(3)
    start = datetime(2026, 1, 5, 8)
    spans = []
    for _ in range(300):
        a = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 120, 30))
        b = a if rng.random() < 0.2 else a + timedelta(minutes=rng.randrange(30, 60 * 24 * 30, 30))
        spans.append((a, b, round(rng.uniform(0, 5000), 2)))
    spans.append((start, start, 7.0))  # at a moment exactly
    moments = [start + timedelta(days=d, hours=h) for d in range(-3, 160, 5) for h in (0, 9)]
    moments.append(start)
    got = cumulative(cal, spans, moments)
    assert list(got) == pytest.approx(_direct(cal, spans, moments), rel=1e-9, abs=1e-6)
    assert got[-1] >= 7.0  # the instant span at ``start`` counts at ``start``
    assert got[0] == 0.0  # before every span
    assert got[-2] == pytest.approx(sum(x for _, _, x in spans))  # after every span


def test_cumulative_of_no_spans_is_zero() -> None:
    cal = DayCalendar(make_plan(5, 2), None)
    assert list(cumulative(cal, [], [datetime(2026, 1, 5)])) == [0.0]
