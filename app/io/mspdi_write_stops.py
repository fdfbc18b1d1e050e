"""Stop and Resume of the rows of an MS Project XML file, as MS Project writes them.

MS Project writes, on every task under way, where its work done stops (<Stop>) and where
the work left resumes (<Resume>) (the shared files: assignment-assignments-*,
mspditimephasedsegments.xml, Software-Development.xml):

- a task under way: Stop is its actual start plus its Actual Duration in working time on
  its calendar, at the end of the work done (20 h from Monday 08:00: Wednesday 12:00);
  Resume the moment work goes on (Wednesday 13:00, after lunch; the same moment when the
  stop falls inside working time), after a pause that starts right there (a split);
- a task done: both its actual finish; a task not started: neither;
- a summary under way, and the project summary row (UID 0): the earliest Stop of the
  active tasks below it, and that task's Resume, a task not started counting at its start
  (mspdiresource.xml's UID 0: the project's start, its one started task a day later).

The reader takes a Stop and Resume apart in working time as a pause at the work done
(mspdi_splits.read_splits): the writer's are apart only where the task has that pause.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.costs import parent_rows
from app.domain.percent_shown import done_minutes
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.splits import resume_offset
from app.domain.task import Task
from app.domain.worktime import WorkTime, from_minutes, to_minutes
from app.io.mspdi_write_actuals import NO_DATES, Actuals, Dates

_Stop = tuple[datetime, datetime]


def stop_dates(
    plan: Plan, result: Schedule, summaries: set[int], actuals: Actuals
) -> tuple[dict[int, Dates], Dates]:
    """Each started row's (Stop, Resume) by UID, and the project summary row's."""
    if not actuals.by_uid:
        return {}, NO_DATES  # nothing started (most plans)
    tasks = plan.tasks
    parents = parent_rows(tasks)
    earliest: list[_Stop | None] = [None] * len(tasks)  # below each summary
    top: _Stop | None = None
    by_uid: dict[int, Dates] = {}
    worktimes: dict[int | None, WorkTime] = {}
    for i in range(len(tasks) - 1, -1, -1):  # a summary's subtasks come before it here
        task = tasks[i]
        actual_start, actual_finish = actuals.by_uid.get(task.uid, NO_DATES)
        if task.uid in summaries:
            key = earliest[i]
            if actual_finish is not None:
                by_uid[task.uid] = (actual_finish, actual_finish)
            elif actual_start is not None and key is not None:
                by_uid[task.uid] = key
        else:
            times = result.get(task.uid)
            if times is None:
                continue
            if actual_finish is not None:
                key = (actual_finish, actual_finish)
            elif actual_start is not None:
                key = _leaf_stop(plan, task, actual_start, worktimes)
            else:  # not started: counts at its start for the summaries above it
                key = (times.start, times.start)
            if actual_start is not None or actual_finish is not None:
                by_uid[task.uid] = key
            if task.active and (top is None or key < top):
                top = key
        up = parents[i]
        if up < 0 or not task.active or key is None:
            continue
        known = earliest[up]
        if known is None or key < known:
            earliest[up] = key
    start, finish = actuals.project
    if finish is not None:
        return by_uid, (finish, finish)
    return by_uid, (top if start is not None and top is not None else NO_DATES)


def _leaf_stop(
    plan: Plan, task: Task, start: datetime, worktimes: dict[int | None, WorkTime]
) -> _Stop:
    """Where a task under way stopped and resumes: its Actual Duration (Duration x %
    Complete, as written: mspdi_progress) worked from ``start`` on its calendar."""
    done = done_minutes(task.duration_minutes, task.percent_complete)
    if done <= 0:
        return (start, start)
    wt = _worktime(plan, task, worktimes)
    first = wt.index(to_minutes(start))
    before = sum(s.gap_minutes for s in task.splits if 0 < s.after_minutes < done)
    stop = from_minutes(wt.at_end(first + done + before))
    resume = from_minutes(wt.at_start(first + resume_offset(task.splits, done)))
    return (stop, resume)


def _worktime(plan: Plan, task: Task, memo: dict[int | None, WorkTime]) -> WorkTime:
    """The time a task works in: around the clock for an elapsed one, else its calendar's
    (its own, or the project's), found once per calendar."""
    key = -1 if task.elapsed else task.calendar_uid
    found = memo.get(key)
    if found is None:
        if task.elapsed:
            found = WorkTime.continuous()
        elif task.calendar_uid is not None and task.calendar_uid in plan.calendars:
            found = WorkTime.for_calendar(plan.calendars[task.calendar_uid], plan.calendars)
        else:
            found = WorkTime.for_calendar(plan.calendar(), plan.calendars)
        memo[key] = found
    return found
