"""Tracking typed by hand: what an actual date or a new duration does to the others.

MS Project keeps Duration, Actual Duration, % Complete and the actual dates
consistent with each other (Actual Duration = Duration x % Complete); typing
one of them moves the others by these rules, which Gantry follows:

- **Actual Finish typed**: the task is finished. It is 100 % complete, it
  started at its actual start (its scheduled start when it had none), and
  its Duration becomes its Actual Duration: the working time from the actual
  start to the actual finish on the task's calendar (a split task's pauses
  not counted). A 5-day task finished two working days late reads 7d, and
  its work and cost follow the duration by its task type, as a typed
  duration moves them. A milestone is reached at a moment: its actual start
  is its actual finish.
- **Actual Start typed**: the task started there; its Duration stays. A
  finished task (with an actual finish) keeps its Actual Duration too, so its
  actual finish moves with the start: a 30d task started two days later
  finishes two working days later, still 30d. On a task not finished only the
  start moves (the scheduler puts the finish one duration after it).
- **Duration typed on a task with progress**: the Actual Duration (the work
  done) stays exactly, as MS Project keeps it, and % Complete becomes Actual
  Duration / Duration, unrounded (app/domain/percent_shown.py: 2d done of a task
  made 11d is 18.18... %, shown 18 %, and reads back 2d done, not 1.98d; 15d at
  87 % = 13.05d done, at 20d 65.25 %, shown 65 %; Remaining Duration = the new
  Duration - Actual Duration). A duration at or below the actual duration
  finishes the task: 100 %, its actual finish one new duration after its actual
  start. A finished task made longer is under way again (its actual finish
  taken back).

- **Actual Duration typed** (its sheet column, Update Tasks): % Complete becomes
  Actual Duration / Duration and a task with no actual start starts at its
  scheduled start; an actual duration at or beyond the duration finishes the task
  and becomes its duration.
- **Remaining Duration typed** (its sheet column, Update Tasks): the work done
  stays, the duration becomes Actual Duration + Remaining Duration and % Complete
  follows (on a task not started it is the new duration); no time remaining
  finishes the task. Neither is typed on a summary (MS Project's ActualDuration and
  RemainingDuration are read-only there).
  Both keep the durations typed exactly, as MS Project does: % Complete is kept
  unrounded (app/domain/percent_shown.py; 2d done of 9d is 22.22... %, shown 22 %),
  so Actual Duration reads back 2d and Remaining Duration 7d, not 1.98d and 7.02d.
- **A summary's % Complete typed**: the summary's actual duration (its
  subtasks' durations x the % typed) is handed to its subtasks in schedule
  order (earliest start first): each is made 100 % complete while the time
  left covers it, the one where it runs out gets the rest exactly (the whole
  minutes left as its actual duration, its % complete unrounded as above: 33 %
  of 8d past a 2d task leaves 307 minutes of a 4d one, 15.99 %, shown 16 %),
  the ones after it 0 %, each by the % complete rule above (actual dates as
  scheduled). The subtasks' durations weigh them as the summary's roll-up
  does, so the summary then reads the % typed (not a whole % of one subtask
  off it). A milestone subtask is reached when the done time goes past it.

The functions return the task fields to set, by name, for one undoable edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.domain.day_table import FIRST_YEAR, LAST_YEAR
from app.domain.errors import InputError
from app.domain.notation import LONGEST_MINUTES as LONGEST_MINUTES  # defined with the notation
from app.domain.notation import Duration
from app.domain.percent_shown import done_minutes, exact_percent
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule, TaskTimes
from app.domain.splits import normalized, total_gap, work_within
from app.domain.task import Task
from app.domain.tracking import typed_progress
from app.domain.worktime import WorkTime

# The task fields Update Tasks (the dialog and ``gantry progress``) may change.
UPDATE_TASKS_FIELDS = (
    "percent_complete",
    "actual_start",
    "actual_finish",
    "duration_minutes",
    "milestone",
    "start",
    "finish",
)


def task_clock(plan: Plan, task: Task) -> WorkTime:
    """The working time the scheduler runs ``task`` on: its own calendar (or the project's),
    narrowed to when its people work unless it ignores their calendars; calendar time for an
    elapsed duration. The engine's rule (:class:`app.domain.splits.TaskClocks`) for one task,
    looking at its own assignments only, so one edit in a large plan stays quick."""
    if task.elapsed:
        return WorkTime.continuous()
    # Imported here, as app.domain.splits does: the engine's modules import this one's imports.
    from app.domain.task_clock import TaskClock

    return TaskClock.of_task(plan, task).calendar


def actual_duration(task: Task) -> int:
    """The work done on ``task``, in its duration's minutes: Duration x % Complete, as the
    sheet's Actual Duration column shows it (:func:`done_minutes`)."""
    return done_minutes(task.duration_minutes, task.percent_complete)


def finish_after(task: Task, start: datetime, minutes: int, worktime: WorkTime) -> datetime:
    """Where ``minutes`` of ``task``'s duration, begun at ``start``, end on ``worktime``:
    a split task's pauses within that duration lengthen the span, as the scheduler lays it."""
    if minutes <= 0:
        return start
    gap = total_gap(normalized(task.splits, minutes), minutes)
    return worktime.add(start, minutes + gap)


def duration_between(task: Task, start: datetime, finish: datetime, worktime: WorkTime) -> int:
    """The duration of ``task`` run from ``start`` to ``finish`` on ``worktime`` (its pauses
    are not duration)."""
    span = max(0, worktime.between(start, finish))
    return work_within(task.splits, span) if task.splits else span


def typed_actual_finish(
    task: Task, times: TaskTimes | None, finish: datetime, worktime: WorkTime
) -> dict[str, Any]:
    """The fields an Actual Finish typed for ``task`` sets (see the module's rules).

    ``times``: its scheduled dates (None: not scheduled yet, its own start is
    used). Raises InputError when the finish is before the start.
    """
    fields = typed_progress(task, times, 100.0)
    if task.milestone and task.duration_minutes == 0:
        # a milestone is reached at a moment: it moves there whole, as in MS Project
        fields.update(actual_start=finish, actual_finish=finish)
        if task.manual:
            fields.update(start=finish, finish=finish)
        return fields
    start = fields.get("actual_start", task.actual_start)
    if start is None:
        start = task.start
    if start is not None and finish < start:
        raise InputError(f"actual finish {_moment(finish)} is before the start {_moment(start)}")
    fields["actual_finish"] = finish
    if start is None:
        return fields
    minutes = duration_between(task, start, finish, worktime)
    if minutes != task.duration_minutes:
        fields["duration_minutes"] = minutes
        if task.milestone != (minutes == 0):
            fields["milestone"] = minutes == 0
    if task.manual:  # the bar of a manually scheduled task is its own dates
        fields.update(start=start, finish=finish)
    return fields


def typed_actual_start(task: Task, start: datetime, worktime: WorkTime) -> dict[str, Any]:
    """The fields an Actual Start typed for ``task`` sets (see the module's rules)."""
    fields: dict[str, Any] = {"actual_start": start}
    if task.actual_finish is not None:  # finished: its actual duration stays, the finish moves
        fields["actual_finish"] = finish_after(task, start, task.duration_minutes, worktime)
    if task.manual:
        fields["start"] = start
        if task.finish is not None or "actual_finish" in fields:
            fields["finish"] = finish_after(task, start, task.duration_minutes, worktime)
    return fields


def typed_duration_progress(
    task: Task, times: TaskTimes | None, minutes: int, worktime: WorkTime
) -> dict[str, Any]:
    """What a new duration of ``minutes`` does to ``task``'s progress (see the module's rules).

    Only the progress fields (% complete, actual dates); the caller sets the
    duration itself. ``worktime``: the calendar the task runs on once its
    duration is set (continuous for an elapsed one). Nothing when the task has
    no progress or the duration stays.
    """
    if task.percent_complete <= 0 or minutes == task.duration_minutes:
        return {}
    done = actual_duration(task)
    if done < minutes:
        # exact, as MS Project keeps Actual Duration: 2d done reads back 2d at 11d, not
        # 1.98d; under a minute done stays that share of the new duration (still started)
        percent = (
            exact_percent(done, minutes)
            if done > 0
            else task.percent_complete * task.duration_minutes / minutes
        )
        if percent == task.percent_complete:
            return {}
        return typed_progress(task, times, percent)
    fields = typed_progress(task, times, 100.0)
    start = fields.get("actual_start", task.actual_start)
    if start is not None:
        fields["actual_finish"] = finish_after(task, start, minutes, worktime)
    return {k: v for k, v in fields.items() if getattr(task, k) != v}


def typed_span(task: Task, typed: Duration, what: str) -> int:
    """The minutes of an actual or remaining duration ``typed`` for ``task`` (``what``: its
    name in the message).

    InputError for a negative one, one longer than the years the day tables hold (the file
    could not even store some: past 2^63 minutes), or one of the other kind than the
    task's duration (elapsed time typed for a task on working time, or the other way
    round): its minutes would be read in the task's kind and mean another length.
    """
    if typed.minutes < 0:
        raise InputError(f"the {what} cannot be negative")
    if typed.minutes > LONGEST_MINUTES:
        raise InputError(
            f"the {what} of {quoted(task.name, NAME_LIMIT)} is too long to schedule (Gantry schedules from "
            f"{FIRST_YEAR} to {LAST_YEAR})"
        )
    if typed.elapsed != task.elapsed:
        kind = "an elapsed" if task.elapsed else "a working-time"
        other = "elapsed time (2ed)" if task.elapsed else "working time (2d)"
        raise InputError(
            f"{quoted(task.name, NAME_LIMIT)} has {kind} duration: type the {what} in {other}"
        )
    return typed.minutes


def typed_actual_duration(
    task: Task, times: TaskTimes | None, done: int, worktime: WorkTime
) -> dict[str, Any]:
    """The fields an Actual Duration of ``done`` minutes typed for ``task`` sets (see the
    module's rules): none of it, the task has not started (0 %, no actual dates)."""
    if done < 0:
        raise InputError("an actual duration cannot be negative")
    if done == 0:
        return typed_progress(task, times, 0.0)
    if done < task.duration_minutes:  # exact: the actual duration reads back as typed
        return typed_progress(task, times, exact_percent(done, task.duration_minutes))
    fields = typed_progress(task, times, 100.0)
    if done != task.duration_minutes:
        fields["duration_minutes"] = done
        if task.milestone:
            fields["milestone"] = False
    start = fields.get("actual_start", task.actual_start)
    if start is not None:
        fields["actual_finish"] = finish_after(task, start, done, worktime)
    return _manual_bar(task, fields, worktime)


def typed_remaining_duration(
    task: Task, times: TaskTimes | None, remaining: int, worktime: WorkTime
) -> dict[str, Any]:
    """The fields a Remaining Duration typed for ``task`` sets (see the module's rules): the
    duration becomes the work done plus ``remaining``, % complete follows."""
    if remaining < 0:
        raise InputError("a remaining duration cannot be negative")
    done = actual_duration(task)
    minutes = done + remaining
    fields: dict[str, Any] = {}
    if minutes != task.duration_minutes:
        fields["duration_minutes"] = minutes
        if task.milestone != (minutes == 0):
            fields["milestone"] = minutes == 0
    if done == 0:
        return _manual_bar(task, fields, worktime)  # not started: only the duration changes
    if remaining == 0:
        fields.update(typed_progress(task, times, 100.0))
        start = fields.get("actual_start", task.actual_start)
        if start is not None:
            fields["actual_finish"] = finish_after(task, start, minutes, worktime)
        return _manual_bar(task, fields, worktime)
    # exact: the work done and the remaining duration read back as they were typed
    fields.update(typed_progress(task, times, exact_percent(done, minutes)))
    return _manual_bar(task, fields, worktime)


def _manual_bar(task: Task, fields: dict[str, Any], worktime: WorkTime) -> dict[str, Any]:
    """``fields`` with, for a manually scheduled task whose duration they change, the finish
    of its bar one new duration after its start (the bar is its own dates, as
    :func:`typed_actual_start` keeps them): a finished task's actual finish and its bar's
    finish stay together."""
    minutes = fields.get("duration_minutes")
    if not task.manual or minutes is None:
        return fields
    start = fields.get("actual_start", task.actual_start) or task.start
    if start is not None:
        fields["finish"] = finish_after(task, start, minutes, worktime)
    return fields


def typed_summary_percent(
    plan: Plan, schedule: Schedule, uid: int, percent: float
) -> dict[int, dict[str, Any]]:
    """The fields a % complete typed for summary ``uid`` sets on each of its subtasks (and on
    the summary itself), by task uid; only tasks that change are listed (see the module's rules).

    Inactive subtasks are left out, as the roll-up leaves them out.
    """
    if not 0 <= percent <= 100:
        raise InputError(f"{percent:g}% is not a percentage between 0 and 100")
    leaves: list[tuple[datetime, datetime, int, Task, int]] = []
    for row, task in enumerate(plan.descendants(uid)):
        if not task.active or plan.is_summary(task.uid):
            continue
        times = schedule.get(task.uid)
        start = times.start if times is not None else (task.start or plan.project.start)
        finish = times.finish if times is not None else (task.finish or start)
        minutes = times.duration_minutes if times is not None else task.duration_minutes
        leaves.append((start, finish, row, task, max(0, minutes)))
    leaves.sort(key=lambda leaf: leaf[:3])
    total = sum(leaf[4] for leaf in leaves)
    left = total * percent / 100
    out: dict[int, dict[str, Any]] = {}
    for _start, _finish, _row, task, minutes in leaves:
        if minutes == 0:
            share = 100.0 if percent >= 100 or left > 0 else 0.0
        elif left >= minutes or percent >= 100:
            share = 100.0
        elif left <= 0:
            share = 0.0
        else:  # the exact share of the time left, as whole minutes done (an actual duration)
            share = exact_percent(round(left), minutes)
            if not 0 < share < 100:  # under a minute either side: under way all the same
                share = 100 * left / minutes
        left -= minutes
        fields = typed_progress(task, schedule.get(task.uid), share)
        changed = {k: v for k, v in fields.items() if getattr(task, k) != v}
        if changed:
            out[task.uid] = changed
    summary = plan.task(uid)
    if summary.percent_complete != percent:  # what the summary shows with no subtask duration
        out[uid] = {"percent_complete": percent}
    return out


def _moment(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")
