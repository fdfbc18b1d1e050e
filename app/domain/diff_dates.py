"""Which tasks' scheduled dates moved between two plans, and by how much.

:func:`app.domain.diff.diff_plans` compares what a user entered, never what the
scheduler computes, so a plan leveled and saved as a GanttProject file (which
keeps each task's start, not its leveling delay) showed no change at all. A
project manager reviewing two versions asks which tasks moved: both plans are
scheduled (the caller does it, the same way for both) and every task they share,
summaries aside (they roll up their subtasks), is compared by start and finish.

A move is measured in working time on the task's calendar in the new plan (its
own, else the project's), as MS Project measures Finish Variance and as the status
report's Finish var. does, so the two documents an auditor reconciles say the same
slip: a person's vacation that holds the task back is a slip, not time off the count.
An elapsed task counts on the same calendar. And in calendar days between the dates.
A date that lands on the same working moment (Friday 17:00 and Monday 08:00 on both
plans' calendars) is not a move.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from app.domain.plan import Plan
from app.domain.schedule import Schedule, ScheduleTimes
from app.domain.task import Task
from app.domain.worktime import WorkTime, from_minutes, to_minutes


@dataclass(frozen=True, slots=True)
class DateShift:
    """One date before and after: ``working`` minutes later (negative: earlier) on the
    task's calendar, ``days`` calendar days between the two dates."""

    old: datetime
    new: datetime
    working: int
    days: int

    @property
    def moved(self) -> bool:
        return self.old != self.new


@dataclass(frozen=True, slots=True)
class DateMove:
    """A task whose scheduled start or finish moved from one plan to the other."""

    uid: int
    name: str
    start: DateShift
    finish: DateShift

    @property
    def later(self) -> bool:
        """Whether the task ends up later (its finish, else its start, moved forward)."""
        shift = self.finish if self.finish.moved else self.start
        return shift.new > shift.old


def shift_between(old: datetime, new: datetime, clock: WorkTime) -> DateShift:
    """``old`` -> ``new`` measured on ``clock`` and in calendar days."""
    return DateShift(old, new, clock.between(old, new), (new.date() - old.date()).days)


def _spans(schedule: Schedule) -> dict[int, tuple[int, int, bool]]:
    """uid -> (start, finish in minutes, summary) of every scheduled task, without building
    each task's TaskTimes where the schedule hands its columns over (a 10k-task plan)."""
    times = schedule.times
    spans = times.spans() if isinstance(times, ScheduleTimes) else None
    if spans is not None:
        rows = zip(spans.uids, spans.start, spans.finish, spans.summary, strict=True)
        return {uid: (start, finish, summary) for uid, start, finish, summary in rows}
    return {uid: (to_minutes(t.start), to_minutes(t.finish), t.summary) for uid, t in times.items()}


class TaskCalendars:
    """The working time a task's move is measured on: its own calendar, else the project's
    (MS Project's Finish Variance; the status report's), each built once."""

    def __init__(self, plan: Plan) -> None:
        self._plan = plan
        self._built: dict[int | None, WorkTime] = {}

    def of(self, task: Task) -> WorkTime:
        uid = task.calendar_uid if task.calendar_uid in self._plan.calendars else None
        found = self._built.get(uid)
        if found is None:
            plan = self._plan
            cal = plan.calendars[uid] if uid is not None else plan.calendar()
            found = self._built[uid] = WorkTime.for_calendar(cal, plan.calendars)
        return found


def date_moves(old: Plan, old_times: Schedule, new: Plan, new_times: Schedule) -> list[DateMove]:
    """The tasks both plans hold whose scheduled start or finish moved, in ``new``'s order.

    Summaries (in either plan) are left out: their dates are their subtasks'.
    """
    return list(_moves(old, old_times, new, new_times))


def _moves(old: Plan, old_times: Schedule, new: Plan, new_times: Schedule) -> Iterator[DateMove]:
    before, after = _spans(old_times), _spans(new_times)
    old_clocks, new_clocks = TaskCalendars(old), TaskCalendars(new)
    for task in new.tasks:
        a, b = before.get(task.uid), after.get(task.uid)
        if a is None or b is None or a[2] or b[2] or a[:2] == b[:2]:
            continue
        if not old.has_task(task.uid):
            continue
        clock = new_clocks.of(task)
        start = shift_between(from_minutes(a[0]), from_minutes(b[0]), clock)
        finish = shift_between(from_minutes(a[1]), from_minutes(b[1]), clock)
        if start.working == 0 and finish.working == 0:
            # the same working moment on the new calendar: a move only if the old one says so
            was = old_clocks.of(old.task(task.uid))
            if was.between(start.old, start.new) == 0 and was.between(finish.old, finish.new) == 0:
                continue
        yield DateMove(task.uid, task.name, start, finish)


def project_finish_shift(
    old: Plan, old_times: Schedule, new: Plan, new_times: Schedule
) -> DateShift:
    """The project's finish, ``old`` -> ``new``, measured on ``new``'s project calendar."""
    clock = WorkTime.for_calendar(new.calendar(), new.calendars)
    return shift_between(old_times.finish, new_times.finish, clock)


def project_start_shift(
    old: Plan, old_times: Schedule, new: Plan, new_times: Schedule
) -> DateShift:
    """The project's start, ``old`` -> ``new``, measured as :func:`project_finish_shift`."""
    clock = WorkTime.for_calendar(new.calendar(), new.calendars)
    return shift_between(old_times.start, new_times.start, clock)
