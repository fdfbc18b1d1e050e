"""The ``<Calendars>`` of an MS Project XML file, written as text (see mspdi_write_xml).

MSPDI has no public-holiday country: a calendar that follows one is written with the
holidays themselves, as a user types them in MS Project (a holiday on a date or an n-th
weekday one yearly exception, one that moves one exception a year), for the plan's years
(one either side) and ``YEARS_AHEAD`` (10) more, none sharing a day with another exception
(mspdi_write_holidays).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.calendar import Calendar, CalendarException, Interval, RecurrenceKind, WorkWeek
from app.domain.calendars import occurrences
from app.io.mspdi_write_holidays import written_calendar
from app.io.mspdi_write_limits import MAX_LONG_NAME, fit_name
from app.io.mspdi_write_xml import container, field, leaf

_DAYTYPE_OF_WEEKDAY = {6: 1, 0: 2, 1: 3, 2: 4, 3: 5, 4: 6, 5: 7}
_KIND_CODE = {
    RecurrenceKind.DAILY: 7,
    RecurrenceKind.WEEKLY: 6,
    RecurrenceKind.MONTHLY_BY_DATE: 4,
    RecurrenceKind.MONTHLY_BY_WEEKDAY: 5,
    RecurrenceKind.YEARLY_BY_DATE: 2,
    RecurrenceKind.YEARLY_BY_WEEKDAY: 3,
}


def calendars_xml(calendars: Iterable[Calendar], first_year: int, last_year: int) -> str:
    """The ``<Calendars>`` element; holidays of a country written for the years given."""
    by_uid = {cal.uid: cal for cal in calendars}
    return container(
        "Calendars",
        [
            _calendar(written_calendar(cal, by_uid, first_year, last_year))
            for cal in by_uid.values()
        ],
    )


def _working_times(intervals: tuple[Interval, ...]) -> str:
    if not intervals:
        return ""
    parts = []
    for a, b in intervals:
        end = b % 1440
        parts.append(
            f"<WorkingTime><FromTime>{a // 60:02d}:{a % 60:02d}:00</FromTime>"
            f"<ToTime>{end // 60:02d}:{end % 60:02d}:00</ToTime></WorkingTime>"
        )
    return container("WorkingTimes", parts)


def _calendar(cal: Calendar) -> str:
    parts = [
        field("UID", cal.uid),
        leaf("Name", fit_name(cal.name)),
        field("IsBaseCalendar", cal.base_uid is None),
        field("BaseCalendarUID", -1 if cal.base_uid is None else cal.base_uid),
    ]
    days = []
    for wd, intervals in enumerate(cal.week):
        if intervals is None:
            continue
        days.append(
            f"<WeekDay><DayType>{_DAYTYPE_OF_WEEKDAY[wd]}</DayType>"
            f"{field('DayWorking', bool(intervals))}{_working_times(intervals)}</WeekDay>"
        )
    parts.append(container("WeekDays", days))
    if cal.exceptions:
        parts.append(container("Exceptions", [_exception(exc) for exc in cal.exceptions]))
    if cal.work_weeks:
        parts.append(container("WorkWeeks", [_work_week(ww) for ww in cal.work_weeks]))
    return container("Calendar", parts)


def _work_week(ww: WorkWeek) -> str:
    """One work week as MS Project writes it: its dates, name and the weekdays it sets (a
    day left unset is not written)."""
    days = [
        f"<WeekDay><DayType>{_DAYTYPE_OF_WEEKDAY[wd]}</DayType>"
        f"{field('DayWorking', bool(intervals))}{_working_times(intervals)}</WeekDay>"
        for wd, intervals in sorted(enumerate(ww.week), key=lambda d: _DAYTYPE_OF_WEEKDAY[d[0]])
        if intervals is not None and wd in _DAYTYPE_OF_WEEKDAY
    ]
    parts = [
        f"<TimePeriod><FromDate>{ww.start.isoformat()}T00:00:00</FromDate>"
        f"<ToDate>{ww.end.isoformat()}T23:59:00</ToDate></TimePeriod>",
        leaf("Name", fit_name(ww.name, MAX_LONG_NAME)),
        container("WeekDays", days),
    ]
    return container("WorkWeek", parts)


def _exception(exc: CalendarException) -> str:
    rec = exc.recurrence
    parts = [
        field("EnteredByOccurrences", bool(rec is not None and rec.occurrences)),
        f"<TimePeriod><FromDate>{exc.start.isoformat()}T00:00:00</FromDate>"
        f"<ToDate>{exc.end.isoformat()}T23:59:00</ToDate></TimePeriod>",
    ]
    if rec is None:
        parts += [
            field("Occurrences", 1),
            leaf("Name", fit_name(exc.name, MAX_LONG_NAME)),
            field("Type", 1),
        ]
    else:
        count = rec.occurrences or max(2, sum(1 for _ in occurrences(exc)))
        parts += [
            field("Occurrences", count),
            leaf("Name", fit_name(exc.name, MAX_LONG_NAME)),
            field("Type", _KIND_CODE[rec.kind]),
            field("Period", rec.period),
        ]
        if rec.kind is RecurrenceKind.WEEKLY:
            mask = sum(1 << (_DAYTYPE_OF_WEEKDAY[wd] - 1) for wd in rec.weekdays)
            parts.append(field("DaysOfWeek", mask))
        # Month, then MonthItem and MonthPosition, as MS Project writes them
        if rec.kind in (RecurrenceKind.YEARLY_BY_DATE, RecurrenceKind.YEARLY_BY_WEEKDAY):
            parts.append(field("Month", rec.month - 1))
        if rec.kind in (RecurrenceKind.MONTHLY_BY_WEEKDAY, RecurrenceKind.YEARLY_BY_WEEKDAY):
            parts.append(field("MonthItem", 3 if rec.weekday == 6 else rec.weekday + 4))
            parts.append(field("MonthPosition", min(rec.week_of_month, 5) - 1))
        if rec.kind in (RecurrenceKind.MONTHLY_BY_DATE, RecurrenceKind.YEARLY_BY_DATE):
            parts.append(field("MonthDay", rec.day_of_month))
    parts.append(field("DayWorking", exc.working))
    if exc.working:
        parts.append(_working_times(exc.intervals))
    return container("Exception", parts)
