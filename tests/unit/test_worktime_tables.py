"""The working-time tables behind the fast lookups: days built in bulk, memos filled
from each other's misses. Both must give exactly what a minute-by-minute count gives."""

from __future__ import annotations

import random
from bisect import bisect_left
from datetime import date, datetime, timedelta

import pytest

from app.domain.calendar import Calendar, CalendarException, Recurrence, RecurrenceKind
from app.domain.calendars import DayResolver
from app.domain.worktime import MINUTES_PER_DAY, WorkTime, clear_caches, to_minutes

_NIGHT = ((0, 180), (240, 480), (1380, 1440))
_ODD_WEEK = (
    ((480, 720), (780, 1020)),
    _NIGHT,
    ((0, 720), (720, 1440)),  # two intervals that touch
    ((480, 480), (540, 600)),  # an empty interval first
    ((600, 1439),),
    (),
    ((1439, 1440),),
)


def _chain() -> tuple[Calendar, dict[int, Calendar]]:
    base = Calendar(
        uid=1,
        name="Base",
        holiday_country="DE",
        exceptions=(
            CalendarException("Shutdown", date(2026, 12, 21), date(2027, 1, 3)),
            CalendarException(
                "Every 3rd day",
                date(2026, 1, 1),
                date(2029, 12, 31),
                working=True,
                intervals=((600, 660),),
                recurrence=Recurrence(RecurrenceKind.DAILY, period=3),
            ),
        ),
    )
    own = Calendar(
        uid=2,
        name="Own",
        base_uid=1,
        week=(None, _NIGHT, None, None, None, (), None),
        exceptions=(
            # Overrides the base's shutdown on one day, and a public holiday.
            CalendarException(
                "Open day", date(2026, 12, 23), date(2026, 12, 23), True, ((480, 540),)
            ),
            CalendarException("Unity day", date(2027, 10, 3), date(2027, 10, 3), True, ((0, 60),)),
            CalendarException(
                "Last Friday",
                date(2026, 1, 1),
                date(2028, 12, 31),
                recurrence=Recurrence(
                    RecurrenceKind.MONTHLY_BY_WEEKDAY, week_of_month=5, weekday=4
                ),
            ),
        ),
    )
    return own, {1: base, 2: own}


@pytest.mark.parametrize(
    ("first", "count"),
    [
        (date(2026, 1, 1), 366),
        (date(2025, 12, 29), 800),  # over two year ends (holidays of three years)
        (date(2026, 12, 20), 5),  # fewer days than the daily recurrence has dates
        (date(2031, 3, 4), 40),  # after every exception
        (date(2026, 5, 5), 0),
    ],
)
def test_days_in_bulk_are_the_days_one_by_one(first: date, count: int) -> None:
    own, calendars = _chain()
    resolver = DayResolver(own, calendars)
    expected = [resolver.day(first + timedelta(days=k)) for k in range(count)]
    assert resolver.days(first, count) == expected
    # Each span holds a day that is not its weekday's pattern (but the empty one).
    assert count == 0 or any(
        day != resolver.week[(first.weekday() + k) % 7] for k, day in enumerate(expected)
    )


def test_table_grown_in_bulk_matches_one_built_day_by_day() -> None:
    own, calendars = _chain()
    bulk = WorkTime.for_calendar(own, calendars)
    one_by_one = WorkTime(DayResolver(own, calendars).day, "day by day")
    start = datetime(2026, 6, 1, 9)
    for minutes in (60, 480 * 30, 480 * 400, -480 * 200, -60):
        assert bulk.add(start, minutes) == one_by_one.add(start, minutes)
    far = datetime(2029, 2, 2, 13)
    assert bulk.between(start, far) == one_by_one.between(start, far)
    assert bulk.between(datetime(2024, 2, 2), far) == one_by_one.between(datetime(2024, 2, 2), far)


class _Reference:
    """index / at_start / at_end counted minute by minute over a window of days."""

    def __init__(self, week: tuple[tuple[tuple[int, int], ...], ...], first: date, days: int):
        self.t0 = first.toordinal() * MINUTES_PER_DAY
        working = bytearray(days * MINUTES_PER_DAY)
        for k in range(days):
            for a, b in week[(first.weekday() + k) % 7]:
                working[k * MINUTES_PER_DAY + a : k * MINUTES_PER_DAY + b] = b"\1" * (b - a)
        self.before = [0]  # working minutes before each minute of the window
        for minute in working:
            self.before.append(self.before[-1] + minute)
        self.working = working

    def index(self, t: int) -> int:
        return self.before[t - self.t0]

    def at_end(self, w: int) -> int:
        """The first moment with ``w`` working minutes before it."""
        return self.t0 + bisect_left(self.before, w)

    def at_start(self, w: int) -> int:
        """The working minute that comes after ``w`` working minutes."""
        at = bisect_left(self.before, w + 1) - 1
        assert self.working[at]
        return self.t0 + at


@pytest.mark.parametrize("seed", range(6))
def test_lookups_in_any_order_agree_with_a_minute_count(seed: int) -> None:
    """A miss in one memo fills the others: whatever the order, every answer is exact."""
    rng = random.Random(seed)
    cal = Calendar(uid=1, name="Odd", week=_ODD_WEEK)
    wt = WorkTime.for_calendar(cal, {1: cal})
    first = date(2026, 3, 2)
    ref = _Reference(_ODD_WEEK, first, 35)
    lo, hi = ref.t0 + 7 * MINUTES_PER_DAY, ref.t0 + 28 * MINUTES_PER_DAY
    t_first = rng.randrange(lo, hi)
    offset = wt.index(t_first) - ref.index(t_first)  # the table's own origin
    w_lo, w_hi = ref.index(lo), ref.index(hi)
    # Moments the scheduler likes: interval edges and a few minutes either side.
    edges = [
        d * MINUTES_PER_DAY + m
        for d in range(lo // MINUTES_PER_DAY, hi // MINUTES_PER_DAY)
        for day in _ODD_WEEK
        for a, b in day
        for m in (a - 1, a, a + 1, b - 1, b, b + 1)
    ]
    queries = [("index", rng.choice(edges)) for _ in range(300)]
    queries += [("index", rng.randrange(lo, hi)) for _ in range(300)]
    queries += [(kind, rng.randrange(w_lo, w_hi)) for kind in ("start", "end") for _ in range(300)]
    queries += [
        (kind, ref.index(rng.choice(edges))) for kind in ("start", "end") for _ in range(200)
    ]
    for _round in range(2):  # misses first, then the same questions answered from the memos
        rng.shuffle(queries)
        for kind, x in queries:
            if kind == "index":
                assert wt.index(x) - offset == ref.index(x), (kind, x)
            elif kind == "start":
                assert wt.at_start(x + offset) == ref.at_start(x), (kind, x)
            else:
                assert wt.at_end(x + offset) == ref.at_end(x), (kind, x)


def test_add_and_subtract_across_odd_days_agree_with_a_minute_count() -> None:
    cal = Calendar(uid=1, name="Odd", week=_ODD_WEEK)
    wt = WorkTime.for_calendar(cal, {1: cal})
    ref = _Reference(_ODD_WEEK, date(2026, 3, 2), 35)
    start = to_minutes(datetime(2026, 3, 12, 0, 0))
    for minutes in range(1, 3000, 37):
        finish = to_minutes(wt.add(datetime(2026, 3, 12), minutes))
        assert finish == ref.at_end(ref.index(start) + minutes)
        back = to_minutes(wt.subtract(datetime(2026, 3, 12), minutes))
        assert back == ref.at_start(ref.index(start) - minutes)


def test_clear_caches_starts_calendars_afresh_with_the_same_answers() -> None:
    own, calendars = _chain()
    before = WorkTime.for_calendar(own, calendars)
    start = datetime(2026, 6, 1, 9)
    finish = before.add(start, 480 * 40)
    clear_caches()
    after = WorkTime.for_calendar(own, calendars)
    assert after is not before
    assert not after._indexes  # nothing computed yet
    assert after.add(start, 480 * 40) == finish
    assert before.add(start, 480 * 40) == finish  # a table handed out keeps working
