"""The base calendars a blank plan starts with, as in MS Project's blank project: Standard,
24 Hours and Night Shift. Only a plan made new gets them (File > New); a plan read from a
file keeps the calendars the file has."""

from __future__ import annotations

from app.domain.calendar import Calendar, Interval, standard_calendar

TWENTY_FOUR_HOURS = "24 Hours"
NIGHT_SHIFT = "Night Shift"

_WHOLE_DAY: tuple[Interval, ...] = ((0, 24 * 60),)
# MS Project's Night Shift: 23:00 to 08:00 with the hour from 03:00 off, from Monday night
# to Saturday morning: Monday has only the hour before midnight, Saturday only the morning.
_LATE: Interval = (23 * 60, 24 * 60)
_EARLY: tuple[Interval, ...] = ((0, 3 * 60), (4 * 60, 8 * 60))
_NIGHT_WEEK: tuple[tuple[Interval, ...], ...] = (
    (_LATE,),  # Monday
    (*_EARLY, _LATE),
    (*_EARLY, _LATE),
    (*_EARLY, _LATE),
    (*_EARLY, _LATE),  # Friday
    _EARLY,  # Saturday morning
    (),  # Sunday
)


def twenty_four_hours(uid: int) -> Calendar:
    """Every minute of every day working: equipment, a round-the-clock task."""
    return Calendar(uid=uid, name=TWENTY_FOUR_HOURS, week=(_WHOLE_DAY,) * 7)


def night_shift(uid: int) -> Calendar:
    """23:00-03:00 and 04:00-08:00, Monday night to Saturday morning (40 hours a week)."""
    return Calendar(uid=uid, name=NIGHT_SHIFT, week=_NIGHT_WEEK)


def new_plan_calendars() -> dict[int, Calendar]:
    """A blank plan's calendars by uid: Standard (the project calendar), 24 Hours, Night
    Shift."""
    return {1: standard_calendar(1), 2: twenty_four_hours(2), 3: night_shift(3)}
