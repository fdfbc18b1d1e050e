"""Which hours of a given day are working time in a calendar.

Resolves, for one date, the precedence MS Project applies: an exception of the
calendar itself, then an exception of its base calendar (recursively), then
public holidays, then a work week covering the date (the calendar's own, then its
base's: work_weeks.py), then the calendar's own weekday pattern, then the base's.
Recurring exceptions are expanded once into a date table.

Public holidays are MS Project's exceptions of the calendar that sets them, and MS Project
lets no two exceptions share a day. So on a public holiday (:meth:`DayResolver.day`): a
one-off exception of that calendar or of one derived from it wins (a working Saturday
typed for All Saints is the user's wish), a repeating *working* exception does not (winter
hours "every Monday from 1 November" keep All Saints and Epiphany off), and the exceptions
of a base calendar above the one setting the holidays give way to them, as a derived
calendar's exceptions win over its base's in MS Project.
"""

from __future__ import annotations

import calendar as pycal
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date, timedelta

from app.domain.calendar import Calendar, CalendarException, Interval, RecurrenceKind
from app.domain.errors import PlanError
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.work_weeks import default_week, fill_spans, span_day, work_week_spans

Day = tuple[Interval, ...]

# A recurrence without an end is expanded this many times at most.
_MAX_OCCURRENCES = 5000


def occurrences(exc: CalendarException) -> Iterator[date]:
    """Every date an exception covers, in order (one-off ranges and recurrences)."""
    rec = exc.recurrence
    limit = rec.occurrences if rec and rec.occurrences else _MAX_OCCURRENCES
    if rec is None:
        day = exc.start
        while day <= exc.end:
            yield day
            day += timedelta(days=1)
        return
    count = 0
    for day in _candidates(exc):
        if day < exc.start:
            continue
        if day > exc.end:
            return
        yield day
        count += 1
        if count >= limit:
            return


def overlapping_exception(
    exceptions: Iterable[CalendarException], first: date, last: date
) -> CalendarException | None:
    """The first of ``exceptions`` covering a day from ``first`` to ``last``, else None.

    MS Project allows one exception a day ("Exceptions cannot overlap"); a repeating one
    covers only its occurrences.
    """
    for exc in exceptions:
        if exc.end < first or exc.start > last:
            continue
        if exc.recurrence is None:
            return exc
        for day in occurrences(exc):
            if day > last:
                break
            if day >= first:
                return exc
    return None


def _candidates(exc: CalendarException) -> Iterator[date]:
    """Dates matching the recurrence pattern from the exception's start on (unbounded)."""
    rec = exc.recurrence
    assert rec is not None
    period = max(1, rec.period)
    start = exc.start
    kind = rec.kind
    if kind is RecurrenceKind.DAILY:
        day = start
        while True:
            yield day
            day += timedelta(days=period)
    elif kind is RecurrenceKind.WEEKLY:
        # Weeks run Sunday to Saturday, as in MS Project's recurrence dialog.
        offsets = sorted({(wd + 1) % 7 for wd in rec.weekdays}) or [(start.weekday() + 1) % 7]
        sunday = start - timedelta(days=(start.weekday() + 1) % 7)
        while True:
            for offset in offsets:
                yield sunday + timedelta(days=offset)
            sunday += timedelta(weeks=period)
    elif kind in (RecurrenceKind.MONTHLY_BY_DATE, RecurrenceKind.MONTHLY_BY_WEEKDAY):
        year, month = start.year, start.month
        while True:
            found = _month_day(year, month, rec.day_of_month, rec.week_of_month, rec.weekday, kind)
            if found is not None:
                yield found
            month += period
            year += (month - 1) // 12
            month = (month - 1) % 12 + 1
            if year > 9000:
                return
    else:
        year = start.year
        while year <= 9000:
            monthly = (
                RecurrenceKind.MONTHLY_BY_DATE
                if kind is RecurrenceKind.YEARLY_BY_DATE
                else RecurrenceKind.MONTHLY_BY_WEEKDAY
            )
            found = _month_day(
                year, rec.month, rec.day_of_month, rec.week_of_month, rec.weekday, monthly
            )
            if found is not None:
                yield found
            year += period


def _month_day(
    year: int, month: int, day_of_month: int, week: int, weekday: int, kind: RecurrenceKind
) -> date | None:
    """The day in a month given by date (clamped to month end) or by 'n-th weekday'."""
    last = pycal.monthrange(year, month)[1]
    if kind is RecurrenceKind.MONTHLY_BY_DATE:
        return date(year, month, min(max(1, day_of_month), last))
    if week >= 5:
        day = date(year, month, last)
        return day - timedelta(days=(day.weekday() - weekday) % 7)
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (week - 1))
    return day if day.month == month else None


class DayResolver:
    """Working intervals of any date for one calendar (with its base chain)."""

    def __init__(self, calendar: Calendar, calendars: Mapping[int, Calendar]) -> None:
        chain: list[Calendar] = []
        seen: set[int] = set()
        cal: Calendar | None = calendar
        while cal is not None:
            if cal.uid in seen:
                raise PlanError(
                    f"calendar {quoted(calendar.name, NAME_LIMIT)} is derived from itself"
                )
            seen.add(cal.uid)
            chain.append(cal)
            cal = calendars.get(cal.base_uid) if cal.base_uid is not None else None
        self.name = calendar.name
        # Exception tables, own calendar first, and the days of each a repeating working
        # exception holds (they give way to a public holiday).
        expanded = [_expand(c.exceptions) for c in chain]
        self._tables: list[dict[date, Day]] = [table for table, _ in expanded]
        self._yielding: list[set[date]] = [days for _, days in expanded]
        # The same tables by day ordinal, for days() (a year of dates at once).
        self._ordinal_tables = [{d.toordinal(): v for d, v in t.items()} for t in self._tables]
        self._week = default_week(chain)
        # work weeks, the calendar's own first (work_weeks.py)
        self._spans = work_week_spans(chain)
        self._holiday_sources = _holiday_sources(chain)
        # the exception tables that may answer a public holiday: the calendar setting them
        # and those derived from it (own calendar first)
        self._holiday_tables = len(chain) - len(_holiday_setters(chain)) + 1
        self._holiday_years: dict[int, set[date]] = {}

    @property
    def week(self) -> tuple[Day, ...]:
        """Resolved weekly pattern, Monday first."""
        return self._week

    def has_any_work(self) -> bool:
        """Whether the weekly pattern or some exception has working time."""
        return (
            any(self._week)
            or any(v for t in self._tables for v in t.values())
            or any(any(week) for _, _, week in self._spans)
        )

    def day(self, day: date) -> Day:
        """Working intervals of one date."""
        if self._holiday_sources and day in self._holidays(day.year):
            return self._on_holiday(day)
        for table in self._tables:
            found = table.get(day)
            if found is not None:
                return found
        if self._spans:
            found = span_day(self._spans, day)
            if found is not None:
                return found
        return self._week[day.weekday()]

    def days(self, first: date, count: int) -> list[Day]:
        """Working intervals of ``count`` dates from ``first`` on, as :meth:`day` gives each.

        The weekly pattern repeated, then the work weeks, then the holidays, then the exception
        tables from the deepest base calendar to the calendar's own (the later
        wins, the precedence :meth:`day` applies): no Python call per date.
        """
        if count <= 0:
            return []
        start = first.toordinal()
        wd = first.weekday()
        week = self._week[wd:] + self._week[:wd]
        out = list(week * (count // 7 + 1))[:count]
        if self._spans:
            fill_spans(out, self._spans, start, count)
        for table in reversed(self._ordinal_tables):
            if len(table) <= count:
                for ordinal, intervals in table.items():
                    k = ordinal - start
                    if 0 <= k < count:
                        out[k] = intervals
            else:
                get = table.get
                for k in range(count):
                    found = get(start + k)
                    if found is not None:
                        out[k] = found
        if self._holiday_sources:
            last = date.fromordinal(start + count - 1)
            for year in range(first.year, last.year + 1):
                for day in self._holidays(year):
                    k = day.toordinal() - start
                    if 0 <= k < count:
                        out[k] = self._on_holiday(day)
        return out

    def _on_holiday(self, day: date) -> Day:
        """The hours of a public holiday: none, unless a one-off exception of the calendar
        setting the holidays or of one derived from it gives the day its own."""
        for table, yielding in zip(
            self._tables[: self._holiday_tables], self._yielding, strict=False
        ):
            found = table.get(day)
            if found is not None:
                return () if day in yielding else found
        return ()

    def holiday_worked(self, day: date) -> bool:
        """Whether ``day`` is one of the calendar's public holidays that an exception makes
        working (a one-off one: :meth:`_on_holiday`)."""
        return bool(
            self._holiday_sources and day in self._holidays(day.year) and self._on_holiday(day)
        )

    def _holidays(self, year: int) -> set[date]:
        found = self._holiday_years.get(year)
        if found is None:
            found = set()
            for country, subdiv in self._holiday_sources:
                found |= _public_holidays(country or "", subdiv, year)
            self._holiday_years[year] = found
        return found


def _expand(exceptions: tuple[CalendarException, ...]) -> tuple[dict[date, Day], set[date]]:
    """Date table of a calendar's exceptions (a later exception wins over an earlier one),
    and the days of it a repeating working exception holds (:func:`yields_to_holidays`)."""
    table: dict[date, Day] = {}
    yielding: set[date] = set()
    for exc in exceptions:
        intervals: Day = tuple(sorted(exc.intervals)) if exc.working else ()
        days = list(occurrences(exc))
        table.update(dict.fromkeys(days, intervals))
        if yields_to_holidays(exc):
            yielding.update(days)
        elif yielding:
            yielding.difference_update(days)
    return table, yielding


def yields_to_holidays(exc: CalendarException) -> bool:
    """Whether a public holiday stays off on a day ``exc`` covers: a repeating working
    exception (winter hours every Monday) gives way; a one-off one is the user's wish to
    work that day, and a day off is off either way."""
    return exc.recurrence is not None and exc.working


def without_days(exc: CalendarException, days: set[date]) -> tuple[CalendarException, ...]:
    """``exc`` no longer covering ``days``: the runs of its occurrences between them, each a
    repeat of the same pattern from its first occurrence to its last (so a fortnightly one
    keeps its weeks), or a one-off for a run of one day. MS Project refuses two exceptions
    on a day: a repeating exception is cut around the public holidays it gives way to."""
    if exc.recurrence is None or not days:
        return (exc,)
    runs: list[list[date]] = [[]]
    for day in occurrences(exc):
        if day in days:
            runs.append([])
        else:
            runs[-1].append(day)
    if len(runs) == 1:
        return (exc,)
    counted = exc.recurrence.occurrences is not None
    pieces: list[CalendarException] = []
    for run in filter(None, runs):
        if len(run) == 1:
            pieces.append(replace(exc, start=run[0], end=run[0], recurrence=None))
        else:
            rec = replace(exc.recurrence, occurrences=len(run) if counted else None)
            pieces.append(replace(exc, start=run[0], end=run[-1], recurrence=rec))
    return tuple(pieces)


def _holiday_setters(chain: list[Calendar]) -> list[Calendar]:
    """The calendar of ``chain`` (a calendar, then its bases) that sets the public holidays
    it keeps, and its bases; [] when none does."""
    for i, cal in enumerate(chain):
        if cal.holiday_country or cal.no_public_holidays:
            return chain[i:]
    return []


def _holiday_sources(chain: list[Calendar]) -> list[tuple[str, str | None]]:
    """The public holidays a calendar keeps: those of the first calendar of its base chain
    (itself first) that sets its own, a country or none (MS Project-like: a person's own
    holidays replace the project's); [] for none."""
    for cal in chain:
        if cal.holiday_country:
            return [(cal.holiday_country, cal.holiday_subdivision)]
        if cal.no_public_holidays:
            return []
    return []


def holiday_place(
    calendar: Calendar, calendars: Mapping[int, Calendar]
) -> tuple[str, str | None] | None:
    """The country and region whose public holidays ``calendar`` keeps (its own, else its
    base calendar's...), None for none."""
    chain: list[Calendar] = []
    cal: Calendar | None = calendar
    while cal is not None and all(c.uid != cal.uid for c in chain):
        chain.append(cal)
        cal = calendars.get(cal.base_uid) if cal.base_uid is not None else None
    found = _holiday_sources(chain)
    return found[0] if found else None


def _public_holidays(country: str, subdiv: str | None, year: int) -> set[date]:
    return set(public_holidays(country, subdiv, year))


# Holidays a region keeps beyond the package's public ones: Bavaria's 15 August (Mariä
# Himmelfahrt), the package's "catholic" category, kept in Munich and most of Bavaria.
_MORE_CATEGORIES: dict[tuple[str, str], tuple[str, ...]] = {("DE", "BY"): ("catholic",)}


def public_holidays(country: str, subdiv: str | None, year: int) -> dict[date, str]:
    """Public holidays of a country in one year, with their names (``holidays`` package).

    An unknown country or subdivision is a PlanError.
    """
    import holidays  # slow import, only needed for holiday calendars

    extra = _MORE_CATEGORIES.get((country.upper(), (subdiv or "").upper()), ())
    try:
        found = holidays.country_holidays(
            country, subdiv=subdiv, years=year, categories=("public", *extra)
        )
    except (NotImplementedError, KeyError) as exc:
        where = f"country {quoted(country)}" + (f", region {quoted(subdiv)}" if subdiv else "")
        raise PlanError(
            f"no public-holiday list for {where}: type the country's code, such as US, DE or "
            "FR, and a region after a dash (DE-BY)"
        ) from exc
    return {day: str(name) for day, name in found.items()}
