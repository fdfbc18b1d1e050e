"""What :class:`app.domain.usage.Usage` lays out one by one: a summary's own people, a
person's booked spans for the over-allocation sweep, and the calendars' running minutes."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

import numpy as np

from app.domain.overallocation import booked_spans
from app.domain.plan import Plan
from app.domain.resource import Assignment
from app.domain.schedule import Schedule, TaskTimes
from app.domain.workload import DayCalendar, SplitParts, _Spread, entered_tasks
from app.domain.worktime import MINUTES_PER_DAY

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]


def person_bookings(
    plan: Plan, mine: list[Assignment], schedule: Schedule, parts: SplitParts
) -> list[tuple[datetime, datetime, float, int]]:
    """One person's booked spans, as :func:`app.domain.overallocation.overallocations`
    reads them: each task's span, a split task's parts, a contour's parts, no summaries."""
    booked: list[tuple[datetime, datetime, float, int]] = []
    cals: dict[int | None, DayCalendar] = {}
    # a pass over the plan, read only for the work done of contoured people
    entered = entered_tasks(plan) if any(a.contour.shaped for a in mine) else None
    for a in mine:
        booked.extend(booked_spans(plan, a, schedule.get(a.task_uid), parts, cals, entered))
    return booked


@dataclass(frozen=True, slots=True)
class Laid:
    """One assignment laid over days, with what it was laid from (reused while equal)."""

    assignment: Assignment
    key: tuple[object, ...]
    spreads: list[_Spread]


def summary_spreads(
    a: Assignment, times: TaskTimes | None, cal: DayCalendar, origin: date
) -> list[_Spread]:
    """A summary task's own assignment laid over the summary's span as a task's would be
    (a person's: their working time there at their units, as workload._spreads lays it)."""
    if times is None or not times.summary:
        return []
    work = float(a.work_minutes or round(times.duration_minutes * a.units))
    if work <= 0:
        return []
    s, f = times.start, times.finish
    ds, df = (s.date() - origin).days, (f.date() - origin).days
    head, tail, total = cal.span(s, f) if f > s else (0, 0, 0)
    if ds == df or total <= 0:
        return [_Spread(a.task_uid, ds, ds, work, 0.0, 0.0)]
    rate = work / total
    return [_Spread(a.task_uid, ds, df, head * rate, tail * rate, rate)]


def running_minutes(day_cals: list[DayCalendar], first_day: date, n_days: int) -> FloatArray:
    """Working minutes before each of the days first_day .. first_day + n_days, per calendar:
    the calendars' own work index at each midnight (the same sums as adding up each day's
    minutes, without asking for every day's intervals)."""
    base = first_day.toordinal() * MINUTES_PER_DAY
    midnights = [base + k * MINUTES_PER_DAY for k in range(n_days + 1)]
    cums = np.zeros((len(day_cals), n_days + 1), dtype=np.float64)
    for c, cal in enumerate(day_cals):
        at = np.fromiter(map(cal.worktime.index, midnights), np.int64, n_days + 1)
        cums[c] = at - at[0]
    return cums


def on_clock(plan: Plan, loose: Collection[int], task_uids: IntArray) -> BoolArray:
    """Which of the assignments (their tasks' ``task_uids``) are on an elapsed-duration task,
    laid around the clock (:mod:`app.domain.elapsed_laying`) rather than flat over their
    person's working time. ``loose``: the tasks that may lie off their people's hours
    (:func:`app.domain.overallocation.off_hours_tasks`), elapsed ones among them."""
    clock = [uid for uid in loose if plan.has_task(uid) and plan.task(uid).elapsed]
    if not clock:
        return np.zeros(len(task_uids), dtype=bool)
    out: BoolArray = np.isin(task_uids, np.array(clock, dtype=np.int64))
    return out
