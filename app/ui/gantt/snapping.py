"""The one snapping rule of bar drags: whole days, or whole hours where the timescale shows hours.

A drag shifts what it holds (the whole bar, or its finish) by the whole steps
between the step under the mouse where the button went down and the step
under it now, counted on the calendar as the timescale shows it. The time
of day is kept, so a bar lands on the date under the mouse at every zoom and
a 4-hour task dragged a day longer lasts a day and 4 hours (not a rounded
number of days). The step is the timescale's lower unit where that is the
hour (the hours zoom), else the day: MS Project moves bars by the minor unit,
but a week or month step would put a dragged start on a Monday or on the
1st, dates nobody means. The scheduler then places the result in working
time (see app/domain/task_clock.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.report.timescale import Timescale, Unit

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def drag_step(scale: Timescale) -> timedelta:
    """What a drag moves by at this scale: an hour where the timescale shows hours, else a day."""
    return HOUR if scale.level.bottom is Unit.HOUR else DAY


def step_of(moment: datetime, step: timedelta) -> datetime:
    """Start of the step (hour or day) holding ``moment``.

    ``moment`` comes from a pixel (floating point): it is rounded to the second
    first, so that a pixel on a boundary is not taken for the step before it.
    """
    moment = (moment + timedelta(microseconds=500_000)).replace(microsecond=0)
    if step == HOUR:
        return moment.replace(minute=0, second=0)
    return moment.replace(hour=0, minute=0, second=0)


def steps_between(press: datetime, now: datetime, step: timedelta) -> int:
    """Whole steps from the one under ``press`` to the one under ``now`` (negative: earlier)."""
    return (step_of(now, step) - step_of(press, step)) // step
