"""Public holidays against exceptions and work weeks (s24c2), as a site PM builds them.

A Munich site (DE-BY): winter hours typed as "every Monday from 1 Nov 2027 to 31 Mar
2028, 07:00-15:00" must not make All Saints (Mon 1 Nov 2027) a working day; a one-off
working exception typed for the holiday itself does; a Work Week never does.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from app.domain.calendar import (
    Calendar,
    CalendarException,
    Recurrence,
    RecurrenceKind,
    WorkWeek,
)
from app.domain.calendars import DayResolver

ALL_SAINTS = date(2027, 11, 1)  # a Monday, holiday in Bavaria
NEXT_MONDAY = date(2027, 11, 8)
WINTER = ((7 * 60, 15 * 60),)


def _site(*exceptions: CalendarException, **fields: object) -> Calendar:
    return Calendar(
        1,
        "Site",
        exceptions=exceptions,
        holiday_country="DE",
        holiday_subdivision="BY",
        **fields,  # type: ignore[arg-type]
    )


def _winter_mondays() -> CalendarException:
    return CalendarException(
        "Winter hours",
        ALL_SAINTS,
        date(2028, 3, 31),
        working=True,
        intervals=WINTER,
        recurrence=Recurrence(RecurrenceKind.WEEKLY, weekdays=(0,)),
    )


def _both_ways(resolver: DayResolver, day: date) -> tuple:
    """day() and days() must agree; the hours they give."""
    one = resolver.day(day)
    run = resolver.days(day - timedelta(days=3), 7)[3]
    assert one == run
    return one


def test_s24c2_repeating_working_exception_keeps_the_holiday_off():
    resolver = DayResolver(_site(_winter_mondays()), {})
    assert _both_ways(resolver, ALL_SAINTS) == ()
    assert _both_ways(resolver, NEXT_MONDAY) == WINTER  # the other Mondays keep winter hours
    assert not resolver.holiday_worked(ALL_SAINTS)


def test_s24c2_a_one_off_working_exception_on_the_holiday_wins():
    catch_up = CalendarException(
        "Pour slab", ALL_SAINTS, ALL_SAINTS, working=True, intervals=WINTER
    )
    resolver = DayResolver(_site(_winter_mondays(), catch_up), {})
    assert _both_ways(resolver, ALL_SAINTS) == WINTER
    assert resolver.holiday_worked(ALL_SAINTS)
    # two exceptions on one day (the dialog refuses them, a file may hold them): the later
    # holds the day, and a repeating one gives way to the holiday
    resolver = DayResolver(_site(catch_up, _winter_mondays()), {})
    assert _both_ways(resolver, ALL_SAINTS) == ()  # the later exception holds the day
    assert _both_ways(resolver, NEXT_MONDAY) == WINTER


def test_s24c2_a_work_week_never_overrides_a_holiday():
    week = WorkWeek("Winter", date(2027, 10, 1), date(2028, 2, 28), week=(WINTER,) * 7)
    resolver = DayResolver(_site(work_weeks=(week,)), {})
    assert _both_ways(resolver, ALL_SAINTS) == ()
    assert _both_ways(resolver, date(2027, 12, 25)) == ()  # Christmas, a Saturday
    assert _both_ways(resolver, date(2027, 12, 27)) == WINTER


def test_s24c2_a_persons_repeating_exception_keeps_the_bases_holiday_off():
    base = _site()
    person = Calendar(2, "Anna", base_uid=1, exceptions=(_winter_mondays(),))
    resolver = DayResolver(person, {1: base, 2: person})
    assert _both_ways(resolver, ALL_SAINTS) == ()
    assert _both_ways(resolver, NEXT_MONDAY) == WINTER


def test_s24c2_a_persons_own_holidays_win_over_the_bases_one_off():
    """Claire (FR) on a DE-BY Standard: the base's working day typed for Allerheiligen
    does not make her work Toussaint; MS Project's derived exceptions win over the base's."""
    worked = CalendarException("Pour", ALL_SAINTS, ALL_SAINTS, working=True, intervals=WINTER)
    base = _site(worked)
    claire = Calendar(2, "Claire", base_uid=1, holiday_country="FR")
    calendars = {1: base, 2: claire}
    assert _both_ways(DayResolver(base, calendars), ALL_SAINTS) == WINTER
    assert _both_ways(DayResolver(claire, calendars), ALL_SAINTS) == ()
    # her own one-off exception is her wish
    own = replace(claire, exceptions=(worked,))
    assert _both_ways(DayResolver(own, {1: base, 2: own}), ALL_SAINTS) == WINTER
