"""A plan calendar's working minutes per day and between moments (:class:`DayCalendar`),
and the calendar a person's work is laid on (:func:`_resource_calendar`): what the
workload, Usage, over-allocation and costs lay an assignment's work over."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.calendar import Calendar, Interval
from app.domain.errors import PlanError
from app.domain.plan import Plan
from app.domain.resource import Resource
from app.domain.worktime import MINUTES_PER_DAY, WorkTime, to_minutes


class DayCalendar:
    """Working minutes of one plan calendar per day and between moments.

    A thin view over :class:`app.domain.worktime.WorkTime` (holidays,
    recurring exceptions and base calendars included), shaped for day buckets.
    """

    def __init__(self, plan: Plan, calendar_uid: int | None) -> None:
        chain = _calendar_chain(plan, calendar_uid)
        self._wt = WorkTime.for_calendar(chain[0], plan.calendars)
        self._minutes: dict[date, int] = {}

    @classmethod
    def clock(cls) -> DayCalendar:
        """Every minute working time: the clock an elapsed task's people work on."""
        out = cls.__new__(cls)
        out._wt, out._minutes = WorkTime.continuous(), {}
        return out

    @property
    def worktime(self) -> WorkTime:
        """The calendar's working time itself (to place a split task's parts on it)."""
        return self._wt

    def intervals(self, day: date) -> tuple[Interval, ...]:
        """Working intervals of a day, minutes from midnight."""
        return tuple(self._wt.working_intervals(day))

    def day_minutes(self, day: date) -> int:
        """Working minutes in a day."""
        got = self._minutes.get(day)
        if got is None:
            got = self._minutes[day] = self._wt.minutes_on(day)
        return got

    def minutes_before(self, moment: datetime) -> int:
        """Working minutes of the moment's day that lie before the moment."""
        m = moment.hour * 60 + moment.minute
        return sum(max(0, min(m, hi) - lo) for lo, hi in self._wt.working_intervals(moment.date()))

    def between(self, a: datetime, b: datetime) -> int:
        """Working minutes from ``a`` to ``b`` (0 when b <= a)."""
        return max(0, self._wt.between(a, b))

    def work_index(self, moment: datetime) -> int:
        """Working minutes from the calendar's origin up to a moment (differences are durations)."""
        return self._wt.index(to_minutes(moment))

    def span(self, a: datetime, b: datetime) -> tuple[int, int, int]:
        """Working minutes from ``a`` to the end of its day, from ``b``'s midnight to ``b``, and in all."""
        index = self._wt.index
        ia, ib = index(to_minutes(a)), index(to_minutes(b))
        a_next = index((a.toordinal() + 1) * MINUTES_PER_DAY)
        b_midnight = index(b.toordinal() * MINUTES_PER_DAY)
        return a_next - ia, ib - b_midnight, ib - ia


def _calendar_chain(plan: Plan, uid: int | None) -> list[Calendar]:
    """A calendar followed by its bases (the project calendar when uid is None or unknown)."""
    cal = plan.calendars.get(uid if uid is not None else plan.project.calendar_uid)
    if cal is None:
        cal = plan.calendar()
    chain = [cal]
    seen = {cal.uid}
    while chain[-1].base_uid is not None and chain[-1].base_uid not in seen:
        base = plan.calendars.get(chain[-1].base_uid)
        if base is None:
            break
        chain.append(base)
        seen.add(base.uid)
    return chain


def _resource_calendar(
    plan: Plan, res: Resource, cache: dict[int | None, DayCalendar]
) -> DayCalendar:
    """A person's day calendar; the project's when theirs has no working time at all.

    MS Project saves such calendars for budget resources, which hold no real
    work: their assignments are then spread over the project's working days
    rather than refused.
    """
    key = res.calendar_uid if res.calendar_uid in plan.calendars else None
    cal = cache.get(key)
    if cal is None:
        try:
            cal = DayCalendar(plan, key)
        except PlanError:
            cal = cache.get(None) or DayCalendar(plan, None)
        cache[key] = cal
    return cal
