"""Where the scheduler puts one dragged task, worked out from the schedule as it stands.

A drag changes one task: its start-no-earlier-than date (a move) or its
duration (a resize). Its predecessors keep their dates, so the task's new
dates follow from the bounds its links (and its summaries' links and
constraints) set, its constraint and its working time, as the forward pass
in app/domain/scheduling/forward.py and constraints.py computes them. Without
this, a task whose finish a finish-to-finish link holds grew at its start,
not at its end, and a pinned task dragged before its predecessor's finish
stayed where the link put it while the drag's box showed the drop date.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.scheduling.lags import shift
from app.domain.scheduling.network import (
    LAG_ELAPSED,
    LAG_NONE,
    LAG_PERCENT,
    LAG_PERCENT_ELAPSED,
    LAG_WORK,
)
from app.domain.task import ConstraintType, Task
from app.domain.task_clock import TaskClock
from app.domain.worktime import WorkTime, from_minutes, to_minutes

NEVER = -(1 << 62)  # no bound


def _lag(link: Link) -> tuple[int, float]:
    """The link's lag as the scheduler encodes it: (kind, value)."""
    if link.lag_percent is not None:
        return (LAG_PERCENT_ELAPSED if link.lag_elapsed else LAG_PERCENT), float(link.lag_percent)
    if link.lag_minutes:
        return (LAG_ELAPSED if link.lag_elapsed else LAG_WORK), link.lag_minutes
    return LAG_NONE, 0


class EarlyDates:
    """The early start and finish one task gets for a given duration and constraint."""

    def __init__(self, plan: Plan, schedule: Schedule, uid: int, clock: TaskClock) -> None:
        self._plan = plan
        self._schedule = schedule
        self._task = plan.task(uid)
        self._clock = clock
        self._bounds: tuple[int, int] | None = None

    def _own_calendar(self, task: Task) -> WorkTime:
        """The calendar lags run on: the task's own, else the project's (never its people's)."""
        plan = self._plan
        cal = plan.calendars.get(task.calendar_uid) if task.calendar_uid is not None else None
        return WorkTime.for_calendar(cal or plan.calendar(), plan.calendars)

    def _link_bounds(self, task: Task, start: int) -> tuple[int, int]:
        """(earliest start, earliest finish) the links into ``task`` allow, from ``start``."""
        plan, schedule = self._plan, self._schedule
        finish = NEVER
        lag_cal: WorkTime | None = None
        for link in plan.links_into(task.uid):
            pred = plan.task(link.predecessor)
            times = schedule.get(pred.uid)
            if times is None or not pred.active:
                continue
            if lag_cal is None:
                lag_cal = self._own_calendar(task)
            kind, value = _lag(link)
            dur = max(0, pred.duration_minutes)
            es, ef = to_minutes(times.start), to_minutes(times.finish)
            base = ef if link.type in (LinkType.FS, LinkType.FF) else es
            x = shift(lag_cal, base, kind, value, dur, False)
            if link.type in (LinkType.FS, LinkType.SS):
                start = max(start, x)
            else:
                finish = max(finish, x)
        return start, finish

    def _entry(self, summary: Task | None) -> int:
        """The bound a summary's links and start constraint put on all its subtasks."""
        if summary is None:
            return NEVER
        if summary.manual and summary.start is not None:
            return to_minutes(summary.start)
        bound, _ = self._link_bounds(summary, self._entry(self._plan.parent(summary.uid)))
        ctype, cdate = summary.constraint_type, summary.constraint_date
        if ctype in (ConstraintType.SNET, ConstraintType.MSO) and cdate is not None:
            bound = max(bound, to_minutes(cdate))
        return bound

    def bounds(self) -> tuple[int, int]:
        """(start bound, finish bound) of the task, in minutes (NEVER: none)."""
        if self._bounds is None:
            task = self._task
            self._bounds = self._link_bounds(task, self._entry(self._plan.parent(task.uid)))
        return self._bounds

    def links_hold(self, minutes: int, moment: datetime) -> bool:
        """Whether the task's links (or its summaries') keep it from starting at ``moment``."""
        start, fin = self.bounds()
        if fin != NEVER:
            start = max(start, self._start_from_finish(fin, minutes))
        return start > to_minutes(moment)

    def place(
        self,
        minutes: int,
        constraint: ConstraintType,
        constraint_date: datetime | None,
        *,
        keep_spans: bool,
    ) -> tuple[datetime, datetime]:
        """The task's (start, finish) for a duration and constraint, all else as it stands."""
        task, clock = self._task, self._clock
        cal = clock.calendar
        start, fin = self.bounds()
        if fin != NEVER:  # a finish-to-x link: start where that finish allows
            start = max(start, self._start_from_finish(fin, minutes))
        start = self._constrained(start, minutes, constraint, constraint_date)
        if task.leveling_delay_minutes > 0:  # elapsed minutes for an elapsed task (forward.py)
            delay = task.leveling_delay_minutes
            start = start + delay if task.elapsed else cal.at_start(cal.index(start) + delay)
        es = clock.start_at(from_minutes(start), minutes)
        ef = clock.finish(es, minutes, keep_spans=keep_spans)
        at_finish = fin != NEVER and to_minutes(es) == self._start_from_finish(fin, minutes)
        if at_finish and fin > to_minutes(ef):
            ef = from_minutes(fin)
        return es, ef

    def _start_from_finish(self, finish: int, minutes: int) -> int:
        if minutes == 0:
            return finish
        if self._clock.elapsed:
            return finish - minutes
        cal = self._clock.calendar
        return cal.at_start(cal.index(finish) - minutes)

    def _constrained(
        self, cand: int, minutes: int, ctype: ConstraintType, cdate: datetime | None
    ) -> int:
        """The start a constraint allows (MS Project rules, as the scheduler applies them)."""
        project_start = to_minutes(self._plan.project.start)
        if cdate is None or ctype in (ConstraintType.ASAP, ConstraintType.ALAP):
            return max(cand, project_start)
        d = to_minutes(cdate)
        if ctype is ConstraintType.SNET:
            return max(cand, d)
        if ctype is ConstraintType.FNET:
            return max(cand, self._start_from_finish(d, minutes))
        cand = max(cand, project_start)
        if ctype is ConstraintType.MSO:
            return d
        if ctype is ConstraintType.MFO:
            return self._start_from_finish(d, minutes)
        if ctype is ConstraintType.SNLT:
            return min(cand, d)
        if ctype is ConstraintType.FNLT:
            return min(cand, self._start_from_finish(d, minutes))
        return cand
