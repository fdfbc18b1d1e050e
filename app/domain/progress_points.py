"""Where a progress line bends at each row: the tasks' progress points at a line's date.

MS Project's progress line runs down the chart at its date and, at each task that is
under way or should have started by then, reaches out to the task's progress point,
an elongated V lying on its side: pointing left the task is behind, right ahead,
none at all on schedule. A finished task, a task due to start after the date and a
task not worked on yet that is not due are not connected: the line passes their rows
straight at its date. Summary rows are connected as other tasks (their rolled-up
% complete along their span), as MS Project draws the line to every row's progress
bar, and an inactive task (which drives nothing) is not.

A progress point is "complete through": the start plus the % complete of the task's
working time, counted on the calendar the task runs on (a split task's pauses and a
task under way waiting for its links hold no work, as the Gantt draws its parts). In
relation to the baseline plan the point lies along the baseline bar instead, and a
task is due once its baseline start is before the date; a task the baseline does not
hold is not connected.

A line drawn at an earlier date reads the % complete entered now, as MS Project's
does: it keeps no history of progress.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from app.domain.baseline import BaselineEntry
from app.domain.finished import COMPLETE, is_finished
from app.domain.plan import Plan
from app.domain.schedule import Schedule, TaskTimes
from app.domain.splits import TaskClocks, work_before, working_parts
from app.domain.task import Task
from app.domain.worktime import WorkTime

Parts = Sequence[tuple[datetime, datetime]]


def complete_through(parts: Parts, clock: WorkTime, percent: float) -> datetime:
    """The moment ``percent`` of the work in ``parts`` is done, walking them on ``clock``
    (a part without working time, a milestone's, holds none)."""
    minutes = [max(0, clock.between(a, b)) for a, b in parts]
    total = sum(minutes)
    if total <= 0:
        return parts[0][0]
    left = round(total * max(0.0, min(percent, COMPLETE)) / COMPLETE)
    for (a, b), m in zip(parts, minutes, strict=True):
        if left <= m:
            return b if left == m else clock.add(a, left)
        left -= m
    return parts[-1][1]


def percent_through(parts: Parts, clock: WorkTime, moment: datetime) -> float:
    """The % complete whose complete-through moment is ``moment`` (the inverse of
    :func:`complete_through`, whole numbers): the share of the work in ``parts`` done
    before it; a moment in a pause or a night counts the work before it."""
    total = sum(max(0, clock.between(a, b)) for a, b in parts)
    if total <= 0:
        return COMPLETE if moment >= parts[-1][1] else 0.0
    done = work_before(parts, clock, moment)
    return float(round(max(0.0, min(1.0, done / total)) * COMPLETE))


class ProgressPoints:
    """The progress points of a plan's rows at any date (build once per plan state).

    ``baseline``: in relation to the baseline plan (Baseline, index 0) instead of the
    actual plan. ``tasks`` (by uid) and ``clocks``: the caller's for this plan state.
    """

    def __init__(
        self,
        plan: Plan,
        schedule: Schedule,
        baseline: bool = False,
        tasks: Mapping[int, Task] | None = None,
        clocks: TaskClocks | None = None,
    ) -> None:
        self._plan = plan
        self._schedule = schedule
        self._baseline = baseline
        # ``tasks`` by uid and ``clocks``: a caller's own for this plan state, not built again
        self._tasks = tasks if tasks is not None else {t.uid: t for t in plan.tasks}
        base = plan.baselines.get(0) if baseline else None
        self._base: Mapping[int, BaselineEntry] = (
            {e.task_uid: e for e in base.entries} if base is not None else {}
        )
        self._clocks: TaskClocks | None = clocks
        self._project_clock: WorkTime | None = None
        self._points: dict[int, datetime | None] = {}  # a row's point, its date aside
        self._dues: dict[int, datetime | None] = {}  # when a row's task is due (see _due)

    def vertices(self, at: datetime, uids: Iterable[int]) -> dict[int, datetime]:
        """The progress point of each of ``uids`` the line at ``at`` connects (a row left out
        keeps the line straight at ``at``)."""
        out: dict[int, datetime] = {}
        dues = self._dues
        for uid in uids:
            due = dues[uid] if uid in dues else dues.setdefault(uid, self._due(uid))
            if due is None or due > at:
                continue
            point = self.point(uid)
            if point is not None:
                out[uid] = point
        return out

    def _due(self, uid: int) -> datetime | None:
        """When a connectable task starts (None: never connected: finished, inactive, not
        scheduled, or missing from the baseline)."""
        task = self._tasks.get(uid)
        times = self._schedule.get(uid)
        if task is None or times is None or not task.active:
            return None
        if self._percent(task, times) >= COMPLETE or (not times.summary and is_finished(task)):
            return None
        if self._baseline:
            entry = self._base.get(uid)
            return None if entry is None or entry.start is None else entry.start
        return times.start

    def point(self, uid: int) -> datetime | None:
        """Where a row's task is complete through (None: no point: see :meth:`_due`)."""
        if uid in self._points:
            return self._points[uid]
        task = self._tasks.get(uid)
        times = self._schedule.get(uid)
        point: datetime | None = None
        if task is not None and times is not None:
            percent = self._percent(task, times)
            if self._baseline:
                entry = self._base.get(uid)
                if entry is not None and entry.start is not None and entry.finish is not None:
                    parts = ((entry.start, max(entry.start, entry.finish)),)
                    point = complete_through(parts, self._clock(task, times), percent)
            else:
                point = complete_through(
                    self._parts(task, times), self._clock(task, times), percent
                )
        self._points[uid] = point
        return point

    def percent_at(self, uid: int, moment: datetime) -> float | None:
        """The % complete that puts a row's progress point at ``moment`` (:meth:`point`'s
        inverse: a drag of the progress bar's edge); None when the row has no point."""
        task = self._tasks.get(uid)
        times = self._schedule.get(uid)
        if task is None or times is None:
            return None
        if self._baseline:
            entry = self._base.get(uid)
            if entry is None or entry.start is None or entry.finish is None:
                return None
            parts: Parts = ((entry.start, max(entry.start, entry.finish)),)
        else:
            parts = self._parts(task, times)
        return percent_through(parts, self._clock(task, times), moment)

    def _percent(self, task: Task, times: TaskTimes) -> float:
        """The % complete the row's bar shows (a summary's rolled up)."""
        return max(0.0, min(COMPLETE, task.percent_complete or times.percent_complete))

    def _clocks_of(self) -> TaskClocks:
        if self._clocks is None:
            self._clocks = TaskClocks(self._plan)
        return self._clocks

    def _clock(self, task: Task, times: TaskTimes) -> WorkTime:
        """The calendar a task's work is counted on; a summary's, the project's."""
        if times.summary:
            if self._project_clock is None:
                plan = self._plan
                self._project_clock = WorkTime.for_calendar(plan.calendar(), plan.calendars)
            return self._project_clock
        return self._clocks_of().of(task)

    def _parts(self, task: Task, times: TaskTimes) -> Parts:
        """The task's working parts, as the Gantt draws them."""
        if times.summary:
            return ((times.start, times.finish),)
        clocks = self._clocks_of()
        if task.actual_start is not None and task.actual_finish is None:
            waiting = clocks.waiting_parts(task, times)
            if waiting:
                return waiting
        if task.splits:
            parts = working_parts(
                task.splits, times.duration_minutes, times.start, times.finish, clocks.of(task)
            )
            if parts:
                return parts
        return ((times.start, times.finish),)
