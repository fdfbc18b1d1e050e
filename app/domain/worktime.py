"""Working-time arithmetic on a calendar, fast enough for a 100k-task schedule.

A moment is handled internally as an integer minute count (``ordinal * 1440 +
minute of day``). The calendar is laid out as a table of days, each with its
working intervals and the cumulative number of working minutes before it, so
that "working minutes up to a moment" (the *work index*) is one table lookup
plus a walk over at most a few intervals, and its inverse is one ``bisect``.
The table grows a year at a time in whichever direction a query needs.

Two inverses of the work index exist because a work index names a boundary:
17:00 on Monday and 08:00 on Tuesday have the same index. :meth:`at_start`
picks the moment work resumes (Tuesday 08:00; used for starts) and
:meth:`at_end` the moment work stopped (Monday 17:00; used for finishes).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from app.domain.calendar import Calendar, Interval
from app.domain.calendars import Day, DayResolver
from app.domain.day_table import MINUTES_PER_DAY as MINUTES_PER_DAY  # read here by others
from app.domain.day_table import DayTable
from app.domain.no_working_time import NoWorkingTimeError
from app.domain.quoting import NAME_LIMIT, quoted

_ALL_DAY: Day = ((0, MINUTES_PER_DAY),)
_MEMO_LIMIT = 1 << 18  # entries per memo before it is dropped (bounds memory per calendar)
# Moments a calendar's index memo may hold for its plain-dict copies (WorkTime.known) to be
# made: past it the copies cost more in cache misses than their cheaper lookups save (a
# 100k-task schedule, ~90k moments on its main calendar, ran 10% slower with them; 10k
# tasks, ~9k moments, 8% faster).
_KNOWN_LIMIT = 1 << 15


def to_minutes(moment: datetime) -> int:
    """A datetime as an integer minute count (seconds dropped)."""
    return moment.toordinal() * MINUTES_PER_DAY + moment.hour * 60 + moment.minute


def _datetime_of(value: int) -> datetime:
    day, minute = divmod(value, MINUTES_PER_DAY)
    return datetime.fromordinal(day) + timedelta(minutes=minute)


class _Memo(dict[Any, Any]):
    """A dict that computes missing entries (and forgets everything past a size limit)."""

    __slots__ = ("_compute",)

    def __init__(self, compute: Callable[[Any], Any]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key: Any) -> Any:
        if len(self) > _MEMO_LIMIT:
            self.clear()
        value = self[key] = self._compute(key)
        return value


class WorkTime(DayTable):
    """Working-time arithmetic for one calendar (resolved with its base calendars).

    Build it with :meth:`for_calendar` (cached per calendar), :meth:`continuous`
    (24 hours a day, for elapsed time) or :meth:`intersection`.
    """

    def __init__(
        self,
        day_source: Callable[[date], Day],
        name: str = "",
        days_source: Callable[[date, int], list[Day]] | None = None,
    ) -> None:
        self._source = day_source
        # Many consecutive dates at once (DayResolver.days): the table grows a year at a time.
        self._days_source = days_source
        #: the first calendar's name (shared: another plan's maybe; see NoWorkingTimeError)
        self.name = name
        #: the plan calendars whose working time this is, by content (calendar_key): one, or
        #: any of several for a union (a task's people); none for an intersection
        self.contents: frozenset[object] = frozenset()
        #: an intersection's two sides (the task's calendar, its people's), to name them when
        #: they share no working time, rather than the made-up "Weekend & Standard"
        self.sides: tuple[WorkTime, WorkTime] | None = None
        super().__init__()
        # The three integer lookups the scheduler lives on, memoised: a work index
        # never changes once assigned. A hit is one C-level dict lookup; a miss
        # also fills the other two memos where its answer is theirs (see _IndexMemo).
        self._indexes = _IndexMemo(self)
        self._starts = _StartMemo(self)
        self._ends = _EndMemo(self)
        # Copies of the memos in plain dicts, which compute nothing: subscripting a plain
        # dict is CPython's quickest lookup (one specialised opcode), half the cost of a
        # memo's (a dict subclass goes the generic way). The CPM passes read these, copied
        # up to date (learn) at the first key missing (a KeyError), and turn to the memos,
        # subscripted alike, when a copy brings nothing new (see scheduling.known_lookups).
        self._known_indexes: dict[int, int] = {}
        self._known_starts: dict[int, int] = {}
        self._known_ends: dict[int, int] = {}
        #: (index, at_start, at_end) as dicts that raise KeyError for what is not known yet
        self.known: tuple[dict[int, int], dict[int, int], dict[int, int]] = (
            self._known_indexes,
            self._known_starts,
            self._known_ends,
        )
        #: (index, at_start, at_end) as dicts that work out what they miss
        self.memos: tuple[dict[int, int], dict[int, int], dict[int, int]] = (
            self._indexes,
            self._starts,
            self._ends,
        )
        #: index(t): working minutes before minute ``t`` (since the table's anchor).
        self.index: Callable[[int], int] = self._indexes.__getitem__
        #: at_start(w): the moment work index ``w`` is reached with work about to happen.
        self.at_start: Callable[[int], int] = self._starts.__getitem__
        #: at_end(w): the moment work index ``w`` is reached by work just done.
        self.at_end: Callable[[int], int] = self._ends.__getitem__

    # ---------------------------------------------------------------- building

    @staticmethod
    def for_calendar(calendar: Calendar, calendars: Mapping[int, Calendar]) -> WorkTime:
        """Arithmetic for a plan calendar; ``calendars`` resolves its base calendar."""
        chain = _base_chain(calendar, calendars)
        # Keyed by content: two calendars that work the same hours share one table
        # (and the scheduler can tell that a task's resources agree).
        return _cached(_content_key(chain), tuple(chain))

    @staticmethod
    def continuous() -> WorkTime:
        """Every minute is working time (elapsed durations and lags)."""
        return _CONTINUOUS

    @staticmethod
    def intersection(first: WorkTime, second: WorkTime) -> WorkTime:
        """Working only when both calendars are (a task calendar with a resource calendar)."""
        return _intersection(first, second)

    @staticmethod
    def union(first: WorkTime, second: WorkTime) -> WorkTime:
        """Working when either calendar is (a task worked by several resources)."""
        return _union(first, second)

    @staticmethod
    def _make_union(first: WorkTime, second: WorkTime) -> WorkTime:
        def source(day: date) -> Day:
            return _merge(first.working_intervals(day) + second.working_intervals(day))

        made = WorkTime(source, f"{first.name} | {second.name}")
        made.contents = first.contents | second.contents
        return made

    @staticmethod
    def _make_intersection(first: WorkTime, second: WorkTime) -> WorkTime:
        def source(day: date) -> Day:
            return _intersect(first.working_intervals(day), second.working_intervals(day))

        made = WorkTime(source, f"{first.name} & {second.name}")
        made.sides = (first, second)
        return made

    # ---------------------------------------------------------------- integer core

    def _forget(self) -> None:
        """Empty the three memos (one of them outgrew its bound)."""
        self._indexes.clear()
        self._starts.clear()
        self._ends.clear()
        self._known_indexes.clear()
        self._known_starts.clear()
        self._known_ends.clear()

    def learn(self) -> bool:
        """Bring the plain dicts of :attr:`known` up to what the memos hold; False (and the
        plain dicts emptied) when the memos are too big to be worth a copy (_KNOWN_LIMIT)."""
        if len(self._indexes) > _KNOWN_LIMIT:
            for known in self.known:
                known.clear()
            return False
        for known, memo in zip(self.known, self.memos, strict=True):
            if len(known) != len(memo):  # the memos only grow (or are all emptied at once)
                known.update(memo)
        return True

    def next_start(self, t: int) -> int:
        """``t`` if work happens right after it, else the start of the next working interval."""
        return self.at_start(self.index(t))

    def prev_end(self, t: int) -> int:
        """``t`` if work happened right before it, else the end of the previous interval."""
        return self.at_end(self.index(t))

    # ---------------------------------------------------------------- datetime API

    def add(self, moment: datetime, minutes: int) -> datetime:
        """The finish of ``minutes`` of work starting at ``moment`` (negative: see subtract)."""
        if minutes < 0:
            return self.subtract(moment, -minutes)
        t = to_minutes(moment)
        if minutes == 0:
            return moment
        return from_minutes(self.at_end(self.index(t) + minutes))

    def subtract(self, moment: datetime, minutes: int) -> datetime:
        """The start of ``minutes`` of work that finishes at ``moment``."""
        if minutes < 0:
            return self.add(moment, -minutes)
        if minutes == 0:
            return moment
        return from_minutes(self.at_start(self.index(to_minutes(moment)) - minutes))

    def between(self, start: datetime, finish: datetime) -> int:
        """Working minutes from ``start`` to ``finish`` (negative when finish is earlier)."""
        return self.index(to_minutes(finish)) - self.index(to_minutes(start))

    def next_working(self, moment: datetime) -> datetime:
        """``moment`` if it is working time, else the start of the next working interval."""
        return from_minutes(self.next_start(to_minutes(moment)))

    def previous_working_end(self, moment: datetime) -> datetime:
        """``moment`` if work happened just before it, else the end of the previous interval."""
        return from_minutes(self.prev_end(to_minutes(moment)))

    def working_intervals(self, day: date) -> Day:
        """Working intervals of one date, minutes from midnight."""
        ordinal = day.toordinal()
        lo, _cum, days = self._table
        k = ordinal - lo
        if self._empty or k < 0 or k >= len(days):
            lo, _cum, days = self._extend_to(ordinal)
            k = ordinal - lo
        return days[k]

    def is_working_day(self, day: date) -> bool:
        """Whether the date has any working time."""
        return bool(self.working_intervals(day))

    def minutes_on(self, day: date) -> int:
        """Working minutes of one date."""
        return sum(b - a for a, b in self.working_intervals(day))


class _IndexMemo(dict[int, int]):
    """``index`` of a :class:`WorkTime`: minute -> work index, computed on a miss.

    The minute's place in its day tells the inverses for free: inside a working
    interval it is both ``at_start`` and ``at_end`` of its index, at an
    interval's start ``at_start``, at its end ``at_end``. A miss records them,
    so the moments a schedule computes and then looks up again miss once.
    """

    __slots__ = ("_wt",)

    def __init__(self, wt: WorkTime) -> None:
        super().__init__()
        self._wt = wt

    def __missing__(self, t: int) -> int:
        wt = self._wt
        if len(self) > _MEMO_LIMIT:
            wt._forget()
        day, m = divmod(t, MINUTES_PER_DAY)
        lo, cum, days = wt._table
        k = day - lo
        if k < 0 or k >= len(days):
            lo, cum, days = wt._extend_to(day)
            k = day - lo
        w = cum[k]
        for a, b in days[k]:
            if m <= a:
                if m == a and a < b:
                    wt._starts[w] = t
                break
            if m < b:
                w += m - a
                wt._starts[w] = wt._ends[w] = t
                break
            w += b - a
            if m == b:
                wt._ends[w] = t
                break
        self[t] = w
        return w


class _StartMemo(dict[int, int]):
    """``at_start`` of a :class:`WorkTime`: work index -> moment work resumes.

    A miss also records the moment's index, and the moment as ``at_end`` too
    when it lies inside a working interval.
    """

    __slots__ = ("_wt",)

    def __init__(self, wt: WorkTime) -> None:
        super().__init__()
        self._wt = wt

    def __missing__(self, w: int) -> int:
        wt = self._wt
        if len(self) > _MEMO_LIMIT:
            wt._forget()
        lo, cum, days = wt._table
        if wt._empty or w >= cum[-1] or w < cum[0]:
            lo, cum, days = wt._grow(w, forward=wt._empty or w >= cum[-1])
        k = bisect_right(cum, w) - 1
        rem = w - cum[k]
        for a, b in days[k]:
            if rem < b - a:
                t = (lo + k) * MINUTES_PER_DAY + a + rem
                self[w] = t
                wt._indexes[t] = w
                if rem:
                    wt._ends[w] = t
                return t
            rem -= b - a
        raise AssertionError("work index outside its day")  # pragma: no cover


class _EndMemo(dict[int, int]):
    """``at_end`` of a :class:`WorkTime`: work index -> moment work stopped.

    A miss also records the moment's index, and the moment as ``at_start`` too
    when it lies inside a working interval.
    """

    __slots__ = ("_wt",)

    def __init__(self, wt: WorkTime) -> None:
        super().__init__()
        self._wt = wt

    def __missing__(self, w: int) -> int:
        wt = self._wt
        if len(self) > _MEMO_LIMIT:
            wt._forget()
        lo, cum, days = wt._table
        if wt._empty or w > cum[-1] or w <= cum[0]:
            lo, cum, days = wt._grow(w, forward=wt._empty or w > cum[-1])
        k = bisect_left(cum, w) - 1
        rem = w - cum[k]
        for a, b in days[k]:
            if rem <= b - a:
                t = (lo + k) * MINUTES_PER_DAY + a + rem
                self[w] = t
                wt._indexes[t] = w
                if rem < b - a:
                    wt._starts[w] = t
                return t
            rem -= b - a
        raise AssertionError("work index outside its day")  # pragma: no cover


def _intersect(first: Day, second: Day) -> Day:
    out: list[Interval] = []
    i = j = 0
    while i < len(first) and j < len(second):
        a = max(first[i][0], second[j][0])
        b = min(first[i][1], second[j][1])
        if a < b:
            out.append((a, b))
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return tuple(out)


def _merge(intervals: Day) -> Day:
    out: list[Interval] = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return tuple(out)


@lru_cache(maxsize=64)
def _union(first: WorkTime, second: WorkTime) -> WorkTime:
    if first is second:  # two people on calendars of the same days: their working time
        return first
    return WorkTime._make_union(first, second)


@lru_cache(maxsize=64)
def _intersection(first: WorkTime, second: WorkTime) -> WorkTime:
    return WorkTime._make_intersection(first, second)


_CACHE: dict[object, WorkTime] = {}


def _cached(key: object, chain: tuple[Calendar, ...]) -> WorkTime:
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) > 256:
            _CACHE.clear()
        found = _CACHE[key] = _build(chain)
        found.contents = frozenset((key,))
    return found


def _content_key(chain: list[Calendar]) -> object:
    """What makes two calendars' working time the same (names and uids aside)."""
    return tuple(
        (
            c.base_uid is None,
            c.week,
            c.exceptions,
            c.work_weeks,
            c.holiday_country,
            c.holiday_subdivision,
            c.no_public_holidays,
        )
        for c in chain
    )


def calendar_key(calendar: Calendar, calendars: Mapping[int, Calendar]) -> object:
    """The content of a plan calendar (with its base calendars) as :attr:`WorkTime.contents`
    holds it: the working time shared by every calendar of the same days is one of them."""
    return _content_key(_base_chain(calendar, calendars))


def _base_chain(calendar: Calendar, calendars: Mapping[int, Calendar]) -> list[Calendar]:
    """The calendar, its base calendar, that one's base... (20 at most: a loop ends)."""
    chain: list[Calendar] = []
    cal: Calendar | None = calendar
    while cal is not None and len(chain) < 20:
        chain.append(cal)
        cal = calendars.get(cal.base_uid) if cal.base_uid is not None else None
    return chain


def _resolved(chain: tuple[Calendar, ...] | list[Calendar]) -> DayResolver:
    """The days of ``chain[0]``; NoWorkingTimeError naming it when it has no working time
    at all (no working day in its week, its base calendars' or its exceptions)."""
    resolver = DayResolver(chain[0], {c.uid: c for c in chain})
    if not resolver.has_any_work():
        # a person's own calendar (their days off) is based on the one the PM chose: name it
        based = ", ".join(quoted(c.name, NAME_LIMIT) for c in chain[1:] if c.name != chain[0].name)
        said = f" (based on {based})" if based else ""
        message = f"calendar {quoted(chain[0].name, NAME_LIMIT)}{said} has no working time"
        raise NoWorkingTimeError(message, calendar_uid=chain[0].uid)
    return resolver


def check_has_work(calendar: Calendar, calendars: Mapping[int, Calendar]) -> None:
    """Refuse (NoWorkingTimeError, naming it) a calendar with no working time at all, as
    Change Working Time does, used or not yet. A file's is read as is (MS Project writes
    one for budget resources), refused only when work is placed on it."""
    _resolved(_base_chain(calendar, calendars))


def _build(chain: tuple[Calendar, ...]) -> WorkTime:
    resolver = _resolved(chain)
    return WorkTime(resolver.day, chain[0].name, resolver.days)


def _all_day(day: date) -> Day:
    return _ALL_DAY


def _all_days(first: date, count: int) -> list[Day]:
    return [_ALL_DAY] * count


_CONTINUOUS = WorkTime(_all_day, "24 hours", _all_days)

_DATETIMES = _Memo(_datetime_of)

#: Inverse of :func:`to_minutes`, memoised per distinct minute (schedules repeat the
#: same moments a lot, and a hit is one C-level dict lookup).
from_minutes: Callable[[int], datetime] = _DATETIMES.__getitem__


def clear_caches() -> None:
    """Forget every calendar's table and memos, as in a fresh process.

    For benchmarks of the first schedule a ``gantry schedule`` run pays; a
    WorkTime already handed out keeps working (it owns its table and memos).
    """
    _CACHE.clear()
    _union.cache_clear()
    _intersection.cache_clear()
    _DATETIMES.clear()
