"""The Indicators' per-person sweep (which tasks run while a person is over-allocated) reads
the over-allocated moments and then each booking's span; it marks exactly the tasks the
change-by-change sweep marks, ties at a moment and levels right at the limit included."""

from __future__ import annotations

import random

import pytest

from app.domain.plan import Plan
from app.domain.resource import Assignment
from app.domain.schedule import Schedule
from app.domain.task_spans import TaskSpans
from app.report.indicator_sweeps import over_slow
from app.report.indicators import TaskIndicators

_START = 1_000_000


def _bookings(rng: random.Random, n: int):
    uids = list(range(1, n + 1))
    start = [_START + rng.randrange(0, 40) * 30 for _ in uids]  # many share a moment
    finish = [s + rng.choice((0, 30, 60, 90, 240, 600)) for s in start]
    summary = [rng.random() < 0.05 for _ in uids]
    spans = TaskSpans({u: i for i, u in enumerate(uids)}, start, finish, [0] * n, summary)
    mine = [
        Assignment(k, uid, 1, units=rng.choice((0.25, 0.5, 0.5, 1.0, 1.5)))
        for k, uid in enumerate(uids, start=1)
    ]
    return spans, mine


def _events(spans: TaskSpans, mine):
    events = []
    for a in mine:
        i = spans.row[a.task_uid]
        if spans.finish[i] <= spans.start[i]:  # a summary's people book it too (32a29a4)
            continue
        events.append((spans.start[i] * 2 + 1, a.units, a.task_uid))
        events.append((spans.finish[i] * 2, -a.units, a.task_uid))
    events.sort(key=lambda e: e[0])
    return events


@pytest.mark.parametrize("seed", range(30))
def test_fast_sweep_marks_what_the_change_by_change_sweep_marks(seed):
    rng = random.Random(seed)
    spans, mine = _bookings(rng, rng.randint(5, 80))
    indicators = TaskIndicators(Plan(), Schedule(None, None))  # type: ignore[arg-type]
    indicators._spans = spans
    for limit in (0.5, 1.0, 1.5, 2.0):  # levels land exactly on these too
        fast = indicators._over_at(mine, limit + 1e-6)
        assert fast == over_slow(_events(spans, mine), limit + 1e-6), limit


def test_a_task_booked_twice_counts_its_units_together():
    spans, _ = _bookings(random.Random(1), 3)
    spans.start[:] = [_START, _START, _START + 60]
    spans.finish[:] = [_START + 120, _START + 120, _START + 180]
    spans.summary[:] = [False, False, False]
    mine = [Assignment(1, 1, 1, 0.5), Assignment(2, 1, 1, 0.5), Assignment(3, 3, 1, 0.5)]
    indicators = TaskIndicators(Plan(), Schedule(None, None))  # type: ignore[arg-type]
    indicators._spans = spans
    assert indicators._over_at(mine, 1.0 + 1e-6) == {1, 3}
    assert indicators._over_at([*mine[:2], Assignment(4, 2, 1, 0.5)], 1.0 + 1e-6) == {1, 2}
