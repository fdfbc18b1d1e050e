"""Calendars of MS Project XML: week days, exceptions (recurring or not), work weeks, base
calendars.

Project 2003 files may set a week day over dates only (a ``WeekDay`` of DayType 1..7 with a
``TimePeriod``): read as a work week. 2007+ files write every exception twice: once under ``<Exceptions>`` (with its
recurrence) and once expanded into legacy ``WeekDay`` entries with DayType 0.
When ``<Exceptions>`` is present the legacy entries are ignored, so each
exception counts once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from xml.etree.ElementTree import Element

from app.domain.calendar import (
    STANDARD_DAY,
    Calendar,
    CalendarException,
    Interval,
    Recurrence,
    RecurrenceKind,
    WorkWeek,
)
from app.domain.errors import FileFormatError
from app.domain.quoting import NAME_LIMIT, quoted
from app.io.mspdi_values import Q, Reader
from app.io.negative_uids import negative_uid

# MSPDI DayType 1..7 = Sunday..Saturday -> Python weekday (Monday = 0).
_WEEKDAY_OF_DAYTYPE = {1: 6, 2: 0, 3: 1, 4: 2, 5: 3, 6: 4, 7: 5}


def read_calendars(root: Element) -> dict[int, Calendar]:
    """Every calendar of the file by UID."""
    out: dict[int, Calendar] = {}
    container = root.find(Q + "Calendars")
    if container is None:
        return out
    for n, elem in enumerate(container.findall(Q + "Calendar"), start=1):
        cal = _read_calendar(elem, n)
        out[cal.uid] = cal
    for uid, cal in list(out.items()):
        if cal.base_uid is not None and cal.base_uid not in out:
            # A base calendar left out of the file: stand alone, missing days as Standard.
            week = tuple(
                (STANDARD_DAY if d < 5 else ()) if day is None else day
                for d, day in enumerate(cal.week)
            )
            out[uid] = replace(cal, base_uid=None, week=week)
    return out


def _intervals(reader: Reader) -> tuple[Interval, ...]:
    container = reader.elem.find(Q + "WorkingTimes")
    if container is None:
        return ()
    out: list[Interval] = []
    for wt in container.findall(Q + "WorkingTime"):
        r = Reader(wt, reader.where)
        start, end = r.clock("FromTime"), r.clock("ToTime")
        if start is None or end is None:
            continue
        if end <= start:
            end += 1440  # 00:00 as a finish means midnight
        out.append((start, min(end, 1440)))
    return tuple(sorted(out))


def _read_calendar(elem: Element, n: int) -> Calendar:
    r = Reader(elem, f"Calendar #{n}")
    uid = r.required_int("UID")
    if uid < 0:
        raise negative_uid(f"Calendars/Calendar[{n}]/UID", uid)
    name = r.string("Name", f"Calendar {uid}")
    r.where = f"Calendar {quoted(name, NAME_LIMIT)} (UID {uid})"
    base = r.integer("BaseCalendarUID", -1)
    is_base = r.flag("IsBaseCalendar", base is None or base < 0)
    base_uid = None if is_base or base is None or base < 0 else base
    week: list[tuple[Interval, ...] | None] = [None if base_uid is not None else ()] * 7
    legacy: list[CalendarException] = []
    dated: dict[tuple[date, date], list[tuple[Interval, ...] | None]] = {}
    days = elem.find(Q + "WeekDays")
    if days is not None:
        for wd in days.findall(Q + "WeekDay"):
            d = Reader(wd, r.where)
            day_type = d.required_int("DayType")
            working = d.flag("DayWorking")
            intervals = _intervals(d) if working else ()
            if working and not intervals:
                intervals = STANDARD_DAY
            if day_type == 0:
                period = wd.find(Q + "TimePeriod")
                if period is None:
                    continue
                p = Reader(period, r.where)
                start, end = p.date("FromDate"), p.date("ToDate")
                if start is None or end is None:
                    continue
                legacy.append(CalendarException("", start.date(), end.date(), working, intervals))
            elif day_type in _WEEKDAY_OF_DAYTYPE:
                span = _dated(wd, r.where)
                if span is None:
                    week[_WEEKDAY_OF_DAYTYPE[day_type]] = intervals
                else:  # a week day set over dates only (Project 2003): a work week
                    dated.setdefault(span, [None] * 7)[_WEEKDAY_OF_DAYTYPE[day_type]] = intervals
            else:
                raise FileFormatError(f"{r.where}: <DayType> {day_type} is not 0..7")
    exceptions_elem = elem.find(Q + "Exceptions")
    if exceptions_elem is not None:
        exceptions = tuple(
            _read_exception(Reader(e, r.where)) for e in exceptions_elem.findall(Q + "Exception")
        )
    else:
        exceptions = tuple(legacy)
    return Calendar(
        uid=uid,
        name=name,
        base_uid=base_uid,
        week=tuple(week),
        exceptions=exceptions,
        work_weeks=_read_work_weeks(elem, r.where) or _dated_weeks(dated),
    )


def _dated(wd: Element, where: str) -> tuple[date, date] | None:
    """The dates a legacy ``WeekDay`` of DayType 1..7 holds for, from its ``TimePeriod``;
    None for a day of the default week (no period)."""
    period = wd.find(Q + "TimePeriod")
    if period is None:
        return None
    p = Reader(period, where)
    start, end = p.date("FromDate"), p.date("ToDate")
    if start is None or end is None:
        return None
    return start.date(), end.date()


def _dated_weeks(
    dated: dict[tuple[date, date], list[tuple[Interval, ...] | None]],
) -> tuple[WorkWeek, ...]:
    """Project 2003's dated week days as work weeks, one a period, named for its first day:
    Monday 8:00-12:00 from 1 to 31 March is a work week of that Monday over those dates (it
    was read as every Monday's). A day the period does not set keeps the default week's.
    Files of 2007 on write their work weeks under ``WorkWeeks``, read instead."""
    return tuple(
        WorkWeek(f"Week days from {start}", start, end, tuple(week))
        for (start, end), week in sorted(dated.items())
    )


def _read_work_weeks(elem: Element, where: str) -> tuple[WorkWeek, ...]:
    """2007+ work weeks (Change Working Time's Work Weeks tab): a period with its own
    weekdays; a weekday the file does not list is left unset, as MS Project leaves it."""
    container = elem.find(Q + "WorkWeeks")
    if container is None:
        return ()
    out: list[WorkWeek] = []
    for ww in container.findall(Q + "WorkWeek"):
        w = Reader(ww, where + " <WorkWeek>")
        period = ww.find(Q + "TimePeriod")
        if period is None:
            raise FileFormatError(f"{w.where}: <WorkWeek> without <TimePeriod>")
        p = Reader(period, w.where)
        start, end = p.date("FromDate"), p.date("ToDate")
        if start is None or end is None:
            raise FileFormatError(f"{w.where}: <WorkWeek> needs <FromDate> and <ToDate>")
        week: list[tuple[Interval, ...] | None] = [None] * 7
        days = ww.find(Q + "WeekDays")
        for wd in days.findall(Q + "WeekDay") if days is not None else ():
            d = Reader(wd, w.where)
            day_type = d.required_int("DayType")
            if day_type not in _WEEKDAY_OF_DAYTYPE:
                raise FileFormatError(f"{w.where}: <DayType> {day_type} is not 1..7")
            working = d.flag("DayWorking")
            week[_WEEKDAY_OF_DAYTYPE[day_type]] = (_intervals(d) or STANDARD_DAY) if working else ()
        out.append(WorkWeek(w.string("Name"), start.date(), end.date(), tuple(week)))
    return tuple(out)


def _read_exception(r: Reader) -> CalendarException:
    period = r.elem.find(Q + "TimePeriod")
    if period is None:
        raise FileFormatError(f"{r.where}: <Exception> without <TimePeriod>")
    p = Reader(period, r.where)
    start, end = p.date("FromDate"), p.date("ToDate")
    if start is None or end is None:
        raise FileFormatError(f"{r.where}: <Exception> needs <FromDate> and <ToDate>")
    working = r.flag("DayWorking")
    intervals = _intervals(r) if working else ()
    if working and not intervals:
        intervals = STANDARD_DAY
    kind = r.integer("Type", 1) or 1
    occurrences = r.integer("Occurrences", 1) or 1
    by_count = r.flag("EnteredByOccurrences")
    period_n = r.integer("Period", 1) or 1
    recurrence: Recurrence | None
    if kind == 1 and occurrences <= 1 and not by_count:
        recurrence = None  # a plain date range
    elif kind in (1, 7):
        recurrence = Recurrence(RecurrenceKind.DAILY, period=period_n if kind == 7 else 1)
    elif kind == 6:
        mask = r.integer("DaysOfWeek", 0) or 0
        weekdays = tuple(sorted(_WEEKDAY_OF_DAYTYPE[b + 1] for b in range(7) if mask & (1 << b)))
        recurrence = Recurrence(RecurrenceKind.WEEKLY, period=period_n, weekdays=weekdays)
    elif kind in (4, 2):
        recurrence = Recurrence(
            RecurrenceKind.MONTHLY_BY_DATE if kind == 4 else RecurrenceKind.YEARLY_BY_DATE,
            period=period_n if kind == 4 else 1,
            day_of_month=r.integer("MonthDay", start.day) or start.day,
            month=1 if kind == 4 else (r.integer("Month", start.month - 1) or 0) + 1,
        )
    elif kind in (5, 3):
        item = r.integer("MonthItem", 4) or 4
        recurrence = Recurrence(
            RecurrenceKind.MONTHLY_BY_WEEKDAY if kind == 5 else RecurrenceKind.YEARLY_BY_WEEKDAY,
            period=period_n if kind == 5 else 1,
            week_of_month=(r.integer("MonthPosition", 0) or 0) + 1,
            weekday=(item - 4) % 7,
            month=1 if kind == 5 else (r.integer("Month", start.month - 1) or 0) + 1,
        )
    else:
        raise FileFormatError(f"{r.where}: exception <Type> {kind} is not 1..7")
    if recurrence is not None and by_count:
        recurrence = Recurrence(
            recurrence.kind,
            recurrence.period,
            recurrence.weekdays,
            recurrence.day_of_month,
            recurrence.week_of_month,
            recurrence.weekday,
            recurrence.month,
            occurrences,
        )
    return CalendarException(
        r.string("Name"), start.date(), end.date(), working, intervals, recurrence
    )
