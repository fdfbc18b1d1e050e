"""Which calendar a task's duration runs on, counted as the scheduler counts it.

Every place that measures a duration from dates someone typed or dragged (a Finish
typed in the sheet, in Task Information or in a client's returned workbook, a bar
dragged in the chart) measures it here, so that the dates it shows are the dates
the scheduler then gives the task. As in MS Project (and
app/domain/scheduling/network.py): the task's own calendar, else the project's;
a task with work resources runs on their calendars (the union of them, within the
task's own calendar when it has one) unless "Scheduling ignores resource
calendars" is ticked; when its people work on different calendars each assignment
runs its own span on its own calendar and the task lasts from the first start to
the last finish. Teresa works Monday to Wednesday: her task typed to finish on a
Wednesday ends that Wednesday, its duration counted on her days.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.domain.plan import Plan
from app.domain.resource import ResourceType
from app.domain.scheduling.calendar_blame import task_named
from app.domain.scheduling.network import resources_worktime
from app.domain.task import Task, TaskType
from app.domain.worktime import WorkTime, from_minutes, to_minutes


@dataclass(frozen=True, slots=True)
class TaskClock:
    """Where a task's work starts and ends on the calendars the scheduler uses for it.

    ``spans``: (calendar, minutes of work) of each assignment when the people
    work on different calendars, else empty.
    """

    calendar: WorkTime
    spans: tuple[tuple[WorkTime, int], ...] = ()
    elapsed: bool = False
    # The plan and task, to name them when the calendar cannot hold the work (a leaver's
    # calendar, a bar dragged past their last day): "task 1.2 'Build', worked by ...".
    plan: Plan | None = field(default=None, compare=False, repr=False)
    task: Task | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, plan: Plan, uid: int) -> TaskClock:
        """The clock of task ``uid`` (its calendars read from the plan as it is now)."""
        return cls.of_task(plan, plan.task(uid))

    @classmethod
    def of_task(cls, plan: Plan, task: Task) -> TaskClock:
        """The clock of ``task`` as given (its fields may differ from the plan's: a row being
        edited), on the calendars of ``plan`` and the people assigned to it there."""
        uid = task.uid
        by_uid: dict[int | None, WorkTime] = {}

        def worktime(cal_uid: int | None) -> WorkTime:
            found = by_uid.get(cal_uid)
            if found is None:
                cal = plan.calendars.get(cal_uid) if cal_uid is not None else None
                found = WorkTime.for_calendar(cal or plan.calendar(), plan.calendars)
                by_uid[cal_uid] = found
            return found

        own = worktime(task.calendar_uid) if task.calendar_uid is not None else None
        people: list[tuple[int | None, int]] = []  # (calendar uid, span) per assignment
        if not task.ignore_resource_calendar:
            for a in plan.assignments_of_task(uid):
                if a.units <= 0:
                    continue
                person = plan.resource(a.resource_uid)
                if person.type is ResourceType.WORK:
                    span = (
                        round((a.work_minutes - a.overtime_work_minutes) / a.units)
                        if a.work_minutes > 0
                        else -1
                    )
                    people.append((person.calendar_uid, span))
        if not people:
            return cls(own or worktime(None), (), task.elapsed, plan, task)
        cal_uids = {c for c, _ in people}
        calendar = resources_worktime(own, cal_uids, worktime)
        spans: tuple[tuple[WorkTime, int], ...] = ()
        distinct = {id(worktime(c)) for c in cal_uids}
        if (
            len(distinct) > 1
            and task.task_type is not TaskType.FIXED_DURATION
            and task.actual_start is None
            and not task.elapsed  # elapsed time runs on no one's calendar (the engine's rule)
        ):
            spans = tuple(
                (
                    WorkTime.intersection(own, worktime(c)) if own else worktime(c),
                    span if span >= 0 else task.duration_minutes,
                )
                for c, span in people
            )
        return cls(calendar, spans, task.elapsed, plan, task)

    def start_at(self, moment: datetime, minutes: int) -> datetime:
        """Where a task of ``minutes`` placed no earlier than ``moment`` starts."""
        with self._named():
            t = to_minutes(moment)
            if minutes == 0:  # a milestone sits where work just ended, else at the next start
                cal = self.calendar
                w = cal.index(t)
                return from_minutes(t if cal.at_end(w) == t else cal.at_start(w))
            if self.spans:
                return from_minutes(min(c.next_start(t) for c, _ in self.spans))
            if self.elapsed:  # around the clock: where it is placed, working time or not
                return moment
            return from_minutes(self.calendar.next_start(t))

    def after_work(self, moment: datetime, minutes: int) -> datetime:
        """Where ``minutes`` of working time after ``moment`` end, as a start (a leveling delay)."""
        with self._named():
            cal = self.calendar
            return from_minutes(cal.at_start(cal.index(to_minutes(moment)) + minutes))

    def finish(self, start: datetime, minutes: int, *, keep_spans: bool = False) -> datetime:
        """The finish of ``minutes`` of work starting at ``start``.

        ``keep_spans``: each assignment keeps its own span (a moved bar); else
        every assignment runs ``minutes`` (a new duration: work follows it).
        """
        with self._named():
            if minutes == 0:
                return start
            if self.spans:
                t = to_minutes(start)
                return from_minutes(
                    max(
                        c.at_end(c.index(t) + (d if keep_spans else minutes)) for c, d in self.spans
                    )
                )
            if self.elapsed:
                return start + timedelta(minutes=minutes)
            return self.calendar.add(start, minutes)

    def minutes_until(self, start: datetime, finish: datetime) -> int:
        """The duration that makes a task starting at ``start`` finish by ``finish``."""
        with self._named():
            if self.elapsed and not self.spans:
                return round((finish - start).total_seconds() / 60)
            if self.spans:
                return min(c.between(start, finish) for c, _ in self.spans)
            return self.calendar.between(start, finish)

    def _named(self) -> AbstractContextManager[None]:
        """Errors of a calendar that cannot hold the work name the task (and the person)."""
        if self.plan is None or self.task is None:
            return nullcontext()
        return task_named(self.plan, self.task)
