"""Where a task stands at the status date: MS Project's Status field and its "Late Tasks" rule.

MS Project gives every task a Status at the project's status date:

* Complete: 100 % complete (or given an actual finish).
* Future task: due to start after the status date.
* On schedule: the work done reaches the status date ("complete through"
  is on or after it).
* Late: it should be further along: not started although due to, or its
  progress stops before the status date.

The Late Tasks filter and the status report's late tasks are the Late ones
among the active tasks without subtasks (:func:`is_late_work`): a summary's
Status rolls up its subtasks, which count themselves, so it is never late
work of its own. "Complete through" is the start
plus % complete of the duration; here the same test reads the other way
round: the % complete the schedule expects at the status date (the share
of the task's working time before it; given the plan's
:class:`~app.domain.splits.TaskClocks`, on the calendar the task runs on (Teresa, Mon-Wed,
is not behind on a Thursday), else on the project calendar; a split task's pauses hold
none of it, nor, given the clocks, the wait of a task under way for its links)
against the % complete entered. Update Project keeps
whole percents, so a task one point short of the expected share is not late.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from app.domain.finished import is_finished
from app.domain.schedule import TaskTimes
from app.domain.splits import TaskClocks, work_before, working_parts
from app.domain.started import has_started
from app.domain.task import Task
from app.domain.workload import DayCalendar
from app.domain.worktime import WorkTime

# Percentage points a task may lag the expected share and still be on schedule
# (Update Project rounds to whole percents).
TOLERANCE = 1.0


class TaskStatus(Enum):
    """MS Project's Status field."""

    COMPLETE = "Complete"
    ON_SCHEDULE = "On schedule"
    LATE = "Late"
    FUTURE = "Future task"


def is_done(task: Task) -> bool:
    """Finished: 100 % complete or given an actual finish."""
    return is_finished(task)


def is_started(task: Task) -> bool:
    """Work has begun: an actual start or finish, or some % complete (app.domain.started)."""
    return has_started(task)


def expected_percent(
    times: TaskTimes,
    status_date: datetime,
    calendar: DayCalendar,
    task: Task | None = None,
    clocks: TaskClocks | None = None,
) -> float:
    """The % complete the schedule plans for a task by ``status_date`` (0..100).

    The share of the task's working time that lies before the status date; a
    milestone (no working time) is due at its date. Given ``task``, a split
    task's pauses hold no work: nothing more is due during them; given ``clocks`` too,
    nor while a task under way waits for its links (the parts the Gantt draws).
    """
    if status_date <= times.start:
        return 0.0
    if status_date >= times.finish:
        return 100.0
    waiting = clocks.waiting_parts(task, times) if clocks and task else ()
    if clocks and task and waiting:
        clock = clocks.of(task)
        whole = work_before(waiting, clock, times.finish)
        if whole > 0:
            return 100.0 * work_before(waiting, clock, status_date) / whole
    # the task's own clock (its people's days and holidays) when the plan's are given
    own = clocks.of(task) if clocks and task and not times.summary else None
    if task is not None and task.splits and not times.summary:
        wt = WorkTime.continuous() if task.elapsed else own or calendar.worktime
        parts = working_parts(task.splits, times.duration_minutes, times.start, times.finish, wt)
        whole = work_before(parts, wt, times.finish)
        if parts and whole > 0:
            return 100.0 * work_before(parts, wt, status_date) / whole
    measure: WorkTime | DayCalendar = own or calendar
    total = max(0, measure.between(times.start, times.finish))
    if total <= 0:
        return 100.0
    return 100.0 * max(0, measure.between(times.start, status_date)) / total


def task_status(
    task: Task,
    times: TaskTimes,
    status_date: datetime,
    calendar: DayCalendar,
    clocks: TaskClocks | None = None,
) -> TaskStatus:
    """The Status of one task at ``status_date`` (``clocks``: :func:`expected_percent`)."""
    if is_done(task):
        return TaskStatus.COMPLETE
    if times.start >= status_date and not is_started(task):
        return TaskStatus.FUTURE
    expected = expected_percent(times, status_date, calendar, task, clocks)
    if task.percent_complete + TOLERANCE < expected:
        return TaskStatus.LATE
    return TaskStatus.ON_SCHEDULE


def is_late_work(
    task: Task,
    times: TaskTimes,
    status_date: datetime,
    calendar: DayCalendar,
    clocks: TaskClocks | None = None,
) -> bool:
    """Whether a task is late work, as the Late Tasks filter and the status report count it:
    an active task without subtasks whose Status is Late."""
    if times.summary or not task.active:
        return False
    return task_status(task, times, status_date, calendar, clocks) is TaskStatus.LATE
