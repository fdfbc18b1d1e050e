"""The day table under a calendar's working-time arithmetic (app.domain.worktime).

A :class:`~app.domain.worktime.WorkTime` reads its days from a table of consecutive dates,
each with its working intervals and the work index (working minutes since the table's
anchor) at its start. This module grows that table, and moves it: the table is a window of
at most 200 years over 1800-2999, shared by every plan a process opens, whose answers never
depend on the plans opened before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from itertools import accumulate
from operator import sub
from typing import TYPE_CHECKING, cast

from app.domain.calendars import Day
from app.domain.no_working_time import DateRangeError, NoWorkingTimeError, no_work_after
from app.domain.quoting import NAME_LIMIT, quoted

if TYPE_CHECKING:
    from app.domain.worktime import WorkTime

MINUTES_PER_DAY = 1440
# Dates the day tables hold: far wider than MS Project's 1984-2149, and clear of
# date.min/date.max so that a table never grows past what Python's dates can be.
# Public: the messages that name these years read them here.
FIRST_YEAR, LAST_YEAR = 1800, 2999
_FIRST_ORDINAL = date(FIRST_YEAR, 1, 1).toordinal()
_LAST_ORDINAL = date(LAST_YEAR, 12, 31).toordinal()
_CHUNK_DAYS = 366
_MAX_SPAN_DAYS = 200 * 366  # the most days a table holds at once (a window that moves)


def _minutes_of(day: Day) -> int:
    return sum(b - a for a, b in day)


class _DayMinutes(dict[Day, int]):
    def __missing__(self, day: Day) -> int:
        value = self[day] = _minutes_of(day)
        return value


#: Working minutes of a day's intervals, memoised per distinct interval tuple (few).
day_minutes: Callable[[Day], int] = _DayMinutes().__getitem__


class DayTable:
    """The growing (and moving) day table of a WorkTime, which it is the base of."""

    name: str
    sides: tuple[WorkTime, WorkTime] | None
    _source: Callable[[date], Day]
    _days_source: Callable[[date, int], list[Day]] | None

    def __init__(self) -> None:
        self._table: tuple[int, list[int], list[Day]] = (0, [0], [])
        self._empty = True
        self._chunk_sums: dict[int, int] = {}
        self._lock = threading.RLock()

    @property
    def _wt(self) -> WorkTime:
        return cast("WorkTime", self)

    # The table is (lo, cum, days): lo is the ordinal of the first day, cum[k] the
    # work index at the start of day lo+k (one entry more than days), days[k] its
    # intervals. Readers take the tuple once (the one _extend_to or _grow returns after
    # growing: another thread may have moved the table on since); every change swaps in a
    # new tuple, and a lock keeps two threads (the window and a background job) from
    # changing it at once.

    def _extend_to(self, ordinal: int) -> tuple[int, list[int], list[Day]]:
        """Grow the table to hold day ``ordinal`` (or move it there: see :meth:`_leap_to`);
        the table that holds it, which the caller reads (another thread may move it on)."""
        if not _FIRST_ORDINAL <= ordinal <= _LAST_ORDINAL:
            # refused before the table changes: a year-1 date would have left it unusable
            raise self._out_of_years(
                date.fromordinal(min(max(ordinal, 1), date.max.toordinal())).year
            )
        with self._lock:
            if self._empty:
                lo = ordinal - ordinal % 7
                self._table = (lo, [0], [])
                self._empty = False
                self._append(_CHUNK_DAYS)
            lo, _cum, days = self._table
            end = lo + len(days)
            if ordinal >= end:
                count = (ordinal - end) // _CHUNK_DAYS * _CHUNK_DAYS + _CHUNK_DAYS
                if len(days) + count <= _MAX_SPAN_DAYS:
                    self._append(count)
                else:
                    self._leap_to(ordinal)
            elif ordinal < lo:
                count = (lo - 1 - ordinal) // _CHUNK_DAYS * _CHUNK_DAYS + _CHUNK_DAYS
                if len(days) + count <= _MAX_SPAN_DAYS:
                    self._prepend(count)
                else:
                    self._leap_to(ordinal)
            return self._table

    def _out_of_years(self, year: int) -> DateRangeError:
        return DateRangeError(
            f"a date in {year} cannot be scheduled "
            f"(Gantry schedules from {FIRST_YEAR} to {LAST_YEAR})",
            self._wt,
        )

    def _days(self, first: date, count: int) -> list[Day]:
        """The working intervals of ``count`` dates from ``first`` on."""
        if self._days_source is not None:
            return self._days_source(first, count)
        source = self._source
        return [source(first + timedelta(days=k)) for k in range(count)]

    # Growth swaps in a new table (a copy: a year of days is a few microseconds),
    # so a reader in another thread always sees a consistent (lo, cum, days).
    #
    # The table is a window of at most _MAX_SPAN_DAYS over the years 1800-2999, shared by
    # every plan the process opens: growing past its size drops days at the other end, and
    # a date too far from it moves the window there (_leap_to, _leap). Work indexes keep
    # counting from where the first window began (the working minutes of the days between
    # are added up, a chunk at a time, remembered in _chunk_minutes), so the moments and
    # indexes the memos hold, and those a schedule holds while the window moves, stay true,
    # and a plan's dates never depend on the plans opened before it.

    def _append(self, count: int) -> None:
        lo, cum, days = self._table
        end = lo + len(days)
        count = min(count, _LAST_ORDINAL + 1 - end)
        if count <= 0:
            raise self._out_of_years(LAST_YEAR + 1)
        over = len(days) + count - _MAX_SPAN_DAYS
        if over > 0:  # drop whole chunks from the front
            drop = min(-(-over // _CHUNK_DAYS) * _CHUNK_DAYS, len(days))
            lo, cum, days = lo + drop, cum[drop:], days[drop:]
        extra = self._days(date.fromordinal(end), count)
        sums = list(accumulate(map(day_minutes, extra), initial=cum[-1]))
        self._table = (lo, cum + sums[1:], days + extra)

    def _prepend(self, count: int) -> None:
        lo, cum, days = self._table
        count = min(count, lo - _FIRST_ORDINAL)
        if count <= 0:
            raise self._out_of_years(FIRST_YEAR - 1)
        over = len(days) + count - _MAX_SPAN_DAYS
        if over > 0:  # drop whole chunks from the back
            keep = max(len(days) - -(-over // _CHUNK_DAYS) * _CHUNK_DAYS, 0)
            cum, days = cum[: keep + 1], days[:keep]
        new_lo = lo - count
        extra = self._days(date.fromordinal(new_lo), count)
        sums = list(accumulate(map(day_minutes, reversed(extra)), sub, initial=cum[0]))
        sums.reverse()
        self._table = (new_lo, sums[:-1] + cum, extra + days)

    def _chunk_minutes(self, first: int) -> int:
        """Working minutes of the _CHUNK_DAYS days from ordinal ``first`` (remembered)."""
        found = self._chunk_sums.get(first)
        if found is None:
            days = self._days(date.fromordinal(first), _CHUNK_DAYS)
            found = self._chunk_sums[first] = sum(map(day_minutes, days))
        return found

    def _leap_to(self, ordinal: int) -> None:
        """Move the table to the chunk of days holding ``ordinal``, too far to grow to."""
        lo, cum, days = self._table
        if ordinal >= lo + len(days):
            first, w = lo + len(days), cum[-1]
            while ordinal >= first + _CHUNK_DAYS:
                w += self._chunk_minutes(first)
                first += _CHUNK_DAYS
            self._table = (first, [w], [])
            self._append(_CHUNK_DAYS)
        else:
            end, w = lo, cum[0]
            while ordinal < end - _CHUNK_DAYS:
                end -= _CHUNK_DAYS
                w -= self._chunk_minutes(end)
            self._table = (end, [w], [])
            self._prepend(_CHUNK_DAYS)

    def _leap(self, w: int, forward: bool) -> bool:
        """Move the full table on toward work index ``w`` when whole chunks of working days
        lie between (True), so that it need not grow a chunk at a time, dropping one each:
        it holds the last of those chunks, which the caller grows from."""
        lo, cum, days = self._table
        passed = last = 0
        if forward:
            first, at = lo + len(days), cum[-1]
            while first + _CHUNK_DAYS <= _LAST_ORDINAL + 1:
                last = self._chunk_minutes(first)
                if last == 0 or w < at + last:  # days off: the caller's growth says so
                    break
                first, at, passed = first + _CHUNK_DAYS, at + last, passed + 1
            if passed < 2:
                return False
            self._table = (first - _CHUNK_DAYS, [at - self._chunk_minutes(first - _CHUNK_DAYS)], [])
            self._append(_CHUNK_DAYS)
            return True
        end, at = lo, cum[0]
        while end - _CHUNK_DAYS >= _FIRST_ORDINAL:
            last = self._chunk_minutes(end - _CHUNK_DAYS)
            if w > at - last:  # days off (last 0) are passed: nothing refuses them backward
                break
            end, at, passed = end - _CHUNK_DAYS, at - last, passed + 1
        if passed < 2:
            return False
        self._table = (end + _CHUNK_DAYS, [at + self._chunk_minutes(end)], [])
        self._prepend(_CHUNK_DAYS)
        return True

    def _days_off_before(self, ordinal: int) -> bool:
        """Whether the _CHUNK_DAYS days before ``ordinal`` (all within the years the tables
        hold) have no working time."""
        first = ordinal - _CHUNK_DAYS
        return first >= _FIRST_ORDINAL and self._chunk_minutes(first) == 0

    def _grow(self, w: int, forward: bool) -> tuple[int, list[int], list[Day]]:
        """Extend the table until work index ``w`` lies inside it; the table that holds it."""
        with self._lock:
            if self._empty:
                raise NoWorkingTimeError(self.no_work_message(), self._wt)
            while True:
                lo, cum, days = self._table
                full = len(days) + _CHUNK_DAYS > _MAX_SPAN_DAYS
                if forward and w >= cum[-1]:
                    if full and self._leap(w, forward):
                        continue
                    if lo + len(days) > _LAST_ORDINAL and cum[-1] == cum[-min(len(cum), 367)]:
                        raise self._no_work_after()  # at 2999 without work: that is why
                    before = cum[-1]
                    self._append(_CHUNK_DAYS)
                    if self._table[1][-1] == before and len(self._table[2]) > 20 * 366:
                        raise self._no_work_after()
                elif not forward and w <= cum[0]:
                    # A year with no working time is leapt over with the others before it,
                    # not prepended a year at a time (each a copy of the table) up to 1800.
                    if (full or self._days_off_before(lo)) and self._leap(w, forward):
                        continue
                    self._prepend(_CHUNK_DAYS)
                else:
                    return self._table

    def no_work_message(self) -> str:
        """Why nothing can be scheduled on this calendar: it has no working time, or (an
        intersection) the task's calendar and its people's share none."""
        if self.sides is not None:
            own, theirs = self.sides
            return (
                f"the task's calendar {quoted(own.name, NAME_LIMIT)} and its people's calendar "
                f"{quoted(theirs.name, NAME_LIMIT)} "
                "share no working time"
            )
        return f"calendar {quoted(self.name, NAME_LIMIT)} has no working time"

    def _no_work_after(self) -> NoWorkingTimeError:
        """The refusal when work runs past the calendar's last working day, naming that day:
        days off to 2099 typed for a leaver left their calendar working until then, and
        "has no working time" alone read as wrong."""
        lo, cum, _days = self._table
        last = next((k for k in range(len(cum) - 2, -1, -1) if cum[k + 1] > cum[k]), None)
        day = date.fromordinal(lo + last) if last is not None else self._last_working_before(lo)
        if day is None:
            return NoWorkingTimeError(self.no_work_message(), self._wt)
        if self.sides is not None:
            message = f"{self.no_work_message()} after {day:%Y-%m-%d}"
        else:
            message = f"calendar {quoted(self.name, NAME_LIMIT)} {no_work_after(day)}"
        return NoWorkingTimeError(message, self._wt, last_day=day)

    def _last_working_before(self, ordinal: int, years: int = 20) -> date | None:
        """The last working day before ``ordinal`` within ``years``, read without growing the
        table (the days off may begin before the plan does)."""
        first = max(ordinal - years * 366, _FIRST_ORDINAL)
        days = self._days(date.fromordinal(first), ordinal - first) if ordinal > first else []
        k = next((k for k in range(len(days) - 1, -1, -1) if days[k]), None)
        return None if k is None else date.fromordinal(first + k)
