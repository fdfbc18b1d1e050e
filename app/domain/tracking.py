"""Update Project: % complete as the schedule says it should be through a date.

MS Project's Project > Update Project sets, for each task, the progress the
schedule planned by a date. Two ways, as there:

- ``PROPORTIONAL`` ("Set 0% - 100% complete"): a task finished by the date is
  100 % complete; a task under way gets the share of its working time that
  lies before the date, measured on the calendar it is scheduled on, to the
  minute (its Actual Duration stops at the date; the % complete is shown whole,
  as MS Project shows it); a task not started keeps what it has.
- ``ALL_OR_NOTHING`` ("Set 0% or 100% complete only"): finished by the date
  is 100 %, anything else keeps what it has.

A split task's pauses hold no work: its progress through a date is the work
of its parts before that date, so a task stopped Tuesday night and resuming
next week is as far on Friday as it was on Tuesday night (MS Project's
progress bar too stops at the pause and goes on in the next part).

Progress is never taken back. A task given progress gets its scheduled start
as actual start; a task made 100 % gets its scheduled finish as actual finish,
so the scheduler keeps both where they are. Summaries roll up from their
subtasks and are left alone; manually scheduled and inactive tasks too. A
milestone on or before the date is 100 % complete.

MS Project's other choice, "Reschedule uncompleted work to start after",
moves the work not done by a date after it (:func:`reschedule_uncompleted`):
a task with no work done (not started, or an actual start and 0 %: MS Project's
"no actual work recorded") is moved whole, its actual start taken back, with a
start-no-earlier-than constraint at the date; a task under way is split where
its % complete has brought it, the done part stays and the rest resumes after
the date (a pause from the progress point to the date, or a pause already
there made longer).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any

from app.domain.finished import is_finished
from app.domain.percent_shown import done_minutes, exact_percent
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.schedule import Schedule, TaskTimes
from app.domain.splits import (
    Split,
    TaskClocks,
    normalized,
    resume_offset,
    split_at,
    work_before,
)
from app.domain.task import ConstraintType, Task
from app.domain.worktime import WorkTime, to_minutes


class UpdateMode(Enum):
    """How Update Project sets % complete."""

    PROPORTIONAL = "0-100"  # Set 0% - 100% complete
    ALL_OR_NOTHING = "0/100"  # Set 0% or 100% complete only


@dataclass(frozen=True, slots=True)
class ProgressUpdate:
    """What Update Project sets on one task (each field its new value)."""

    uid: int
    percent_complete: float
    actual_start: datetime | None
    actual_finish: datetime | None
    constraint_type: ConstraintType
    constraint_date: datetime | None
    splits: tuple[Split, ...] | None = None  # None: the task's pauses stay as they are

    def changes(self, task: Task) -> dict[str, object]:
        """The fields whose value differs from ``task``'s, by field name."""
        new: dict[str, object] = {
            "percent_complete": self.percent_complete,
            "actual_start": self.actual_start,
            "actual_finish": self.actual_finish,
            "constraint_type": self.constraint_type,
            "constraint_date": self.constraint_date,
        }
        if self.splits is not None:
            new["splits"] = self.splits
        return {name: value for name, value in new.items() if getattr(task, name) != value}


def update_progress(
    plan: Plan,
    schedule: Schedule,
    through: datetime,
    mode: UpdateMode = UpdateMode.PROPORTIONAL,
    uids: Iterable[int] | None = None,
) -> list[ProgressUpdate]:
    """The tasks whose progress changes when work is complete through ``through``.

    ``through`` is a moment: for "through 15 Feb" pass the end of that day's
    work (:func:`end_of_day`), so all of its working time counts. ``uids``
    limits the update to those tasks (a summary stands for its subtasks);
    None: every task. Tasks that change nothing are not listed.
    """
    calendars = _Calendars(plan)
    updates: list[ProgressUpdate] = []
    for task, times in _trackable(plan, schedule, uids):
        update = _update(task, times, through, mode, calendars)
        if update.changes(task):
            updates.append(update)
    return updates


def reschedule_uncompleted(
    plan: Plan, schedule: Schedule, after: datetime, uids: Iterable[int] | None = None
) -> list[ProgressUpdate]:
    """The work not done by ``after`` moved after it, as MS Project does.

    A task due to start before ``after`` with no progress (an actual start and 0 % is
    none) starts no earlier than ``after``; one whose date the user pinned (any
    constraint but ASAP, or an SNET already later) stays put. A task under way whose % complete stops
    before ``after`` is split there: its remaining work resumes after ``after``.
    Finished, manually scheduled and summary tasks are left alone.
    """
    clocks = TaskClocks(plan)
    updates: list[ProgressUpdate] = []
    for task, times in _trackable(plan, schedule, uids):
        update = _moved_after(task, _unchanged(task), times, after)
        if not update.changes(task):
            update = _split_after(task, times, after, clocks)
        if update.changes(task):
            updates.append(update)
    return updates


def dropped_actual_starts(plan: Plan, updates: Iterable[ProgressUpdate]) -> int:
    """How many of ``updates`` take back an actual start the user typed on a task with no
    work done (0 %): Reschedule uncompleted work moves such a task whole after the date, as
    MS Project does, and its actual start goes (:func:`_moved_after`)."""
    return sum(
        1 for u in updates if u.actual_start is None and plan.task(u.uid).actual_start is not None
    )


def dropped_starts_note(count: int) -> str:
    """What the window's status bar and undo text and ``gantry update --reschedule`` add
    when :func:`dropped_actual_starts` is not 0, so no typed date goes without a word."""
    if not count:
        return ""
    return f"{counted(count, 'typed actual start')} dropped (0 % complete: moved whole)"


def manual_left_alone(
    plan: Plan, schedule: Schedule, through: datetime, uids: Iterable[int] | None = None
) -> list[int]:
    """Manually scheduled leaf tasks in scope, not complete, due to start before ``through``.

    Update Project leaves them as they are; the window names how many, so a plan
    of manual tasks is not told only that there was nothing to update.
    """
    chosen = None if uids is None else scope_of(plan, uids)
    found: list[int] = []
    for task in plan.tasks:
        if not task.manual or not task.active or plan.is_summary(task.uid):
            continue
        if chosen is not None and task.uid not in chosen:
            continue
        times = schedule.get(task.uid)
        done = is_finished(task)
        if times is not None and not done and times.start < through:
            found.append(task.uid)
    return found


def end_of_day(plan: Plan, day: date) -> datetime:
    """``day`` at the project's default finish time (17:00 unless set otherwise).

    Update Project and the status date read a date this way, as MS Project
    reads a date typed without a time at its "Default end time".
    """
    return datetime.combine(day, plan.project.default_finish_time)


def early_status_note(plan: Plan, moment: datetime | None) -> str:
    """A word when the status date ``moment`` lies before the project start ("" otherwise):
    nothing can be done or due by then, so earned value, Mark on Track and the status report
    measure nothing; MS Project takes such a date too, so it is a warning, not a refusal."""
    start = plan.project.start
    if moment is None or moment >= start:
        return ""
    return (
        f"the status date is before the project start ({start:%a %Y-%m-%d}): nothing is due by it"
    )


# A status date more than this after the project finish is likely a mistyped year.
FAR_AFTER_FINISH = timedelta(days=365)


def status_date_note(plan: Plan, moment: datetime | None, finish: datetime | None) -> str:
    """A word on an unlikely status date ("" otherwise): before the project start
    (:func:`early_status_note`), or over a year after the project ``finish`` (a year
    mistyped: everything counts as due and late). A warning, as MS Project takes either."""
    early = early_status_note(plan, moment)
    if early or moment is None or finish is None or moment - finish <= FAR_AFTER_FINISH:
        return early
    return (
        f"the status date is over a year after the project finish ({finish:%a %Y-%m-%d}): "
        "everything unfinished counts as late"
    )


def _trackable(
    plan: Plan, schedule: Schedule, uids: Iterable[int] | None
) -> Iterator[tuple[Task, TaskTimes]]:
    """Automatic, active leaf tasks in scope, with their scheduled times."""
    chosen = None if uids is None else scope_of(plan, uids)
    for task in plan.tasks:
        if chosen is not None and task.uid not in chosen:
            continue
        if task.manual or not task.active or plan.is_summary(task.uid):
            continue
        times = schedule.get(task.uid)
        if times is not None and not times.summary:
            yield task, times


def scope_of(plan: Plan, uids: Iterable[int]) -> set[int]:
    """The tasks ``uids`` and, for a summary among them, all its subtasks."""
    chosen: set[int] = set()
    for uid in uids:
        chosen.add(uid)
        chosen.update(t.uid for t in plan.descendants(uid))
    return chosen


def _unchanged(task: Task) -> ProgressUpdate:
    return ProgressUpdate(
        task.uid,
        task.percent_complete,
        task.actual_start,
        task.actual_finish,
        task.constraint_type,
        task.constraint_date,
    )


def _update(
    task: Task, times: TaskTimes, through: datetime, mode: UpdateMode, calendars: _Calendars
) -> ProgressUpdate:
    same = _unchanged(task)
    if is_finished(task):
        return same  # done already (its dates are history)
    if times.finish <= through:
        return ProgressUpdate(
            task.uid,
            100.0,
            task.actual_start or times.start,
            times.finish,
            task.constraint_type,
            task.constraint_date,
        )
    if mode is UpdateMode.ALL_OR_NOTHING or times.start >= through:
        return same
    worktime = calendars.of(task)
    parts = calendars.parts(task, times) if task.splits else ()
    if parts:  # the pauses hold no work: done is what the parts before ``through`` hold
        total = work_before(parts, worktime, times.finish)
        done = work_before(parts, worktime, through)
    else:
        total = worktime.between(times.start, times.finish)
        done = worktime.between(times.start, through)
    if total <= 0 or done <= 0 or done >= total:
        return same
    # The work done is the working time through the date, to the minute, as MS Project sets
    # Actual Duration (2d of a 3d task through its second evening): the % complete is kept
    # exact (66.67) and shown whole (67 %), so the actual duration, finish of the done part,
    # actual cost and earned value all stop at the date, not a rounded percent past it.
    percent = exact_percent(done, total)
    if percent <= task.percent_complete:
        return same
    return ProgressUpdate(
        task.uid,
        percent,
        task.actual_start or times.start,
        None,
        task.constraint_type,
        task.constraint_date,
    )


def _moved_after(
    task: Task, update: ProgressUpdate, times: TaskTimes, through: datetime
) -> ProgressUpdate:
    """Start no earlier than ``through`` a task due to start by then that has no progress.

    An actual start with 0 % is no progress: MS Project moves a task with no actual work
    recorded whole after the date, so its actual start goes.
    """
    if update.percent_complete > 0 or update.actual_finish is not None or times.start >= through:
        return update
    ctype, cdate = task.constraint_type, task.constraint_date
    movable = ctype is ConstraintType.ASAP or (
        ctype is ConstraintType.SNET and (cdate is None or cdate < through)
    )
    if not movable:
        return update  # a date the user pinned wins over Update Project
    return ProgressUpdate(
        task.uid,
        update.percent_complete,
        None,
        None,
        ConstraintType.SNET,
        through,
    )


def _split_after(
    task: Task, times: TaskTimes, after: datetime, clocks: TaskClocks
) -> ProgressUpdate:
    """A task under way split at its progress point, its remaining work resuming after ``after``.

    The pause is counted on the calendar the task's pauses count on; a pause that
    begins where the done work ends grows instead of a second one being added.
    """
    same = _unchanged(task)
    if is_finished(task) or task.milestone:
        return same
    duration = times.duration_minutes
    done = done_minutes(duration, task.percent_complete)  # the sheet's Actual Duration
    if done <= 0 or done >= duration:
        return same
    calendar = clocks.of(task)
    begun = calendar.index(to_minutes(times.start))
    through = calendar.index(to_minutes(after))
    splits = _unspent(normalized(task.splits, duration), done, through - begun)
    resume = begun + resume_offset(splits, done)
    gap = through - resume
    if gap <= 0:
        return same  # the remaining work goes on after the date already
    moved = split_at(splits, duration, resume_offset(splits, done), gap)
    # The done part stays: a task with progress but no actual start gets its scheduled one.
    return replace(same, splits=moved, actual_start=task.actual_start or times.start)


def _unspent(splits: tuple[Split, ...], done: int, through: int) -> tuple[Split, ...]:
    """``splits`` without the pauses in the work not done yet that end by span offset
    ``through`` (the date the remaining work moves after): that time passed with no work
    (rain on days gone by), so the remaining work resumes after the date as one block, as
    MS Project's Reschedule Uncompleted Work moves it, not paused again for days that
    are over. A pause in the work done stays where it was."""
    out: list[Split] = []
    paused = 0  # the pauses' minutes before this one, kept or not
    for s in splits:
        ends = s.after_minutes + paused + s.gap_minutes
        paused += s.gap_minutes
        if s.after_minutes > done and ends <= through:
            continue
        out.append(s)
    return tuple(out)


class _Calendars:
    """The working time each task's progress is measured on: the scheduler's calendar for
    the task (its own or the project's, within its people's), as split tasks' pauses
    count on it (:class:`app.domain.splits.TaskClocks`)."""

    def __init__(self, plan: Plan) -> None:
        self._clocks = TaskClocks(plan)

    def parts(self, task: Task, times: TaskTimes) -> tuple[tuple[datetime, datetime], ...]:
        """A split task's working parts as scheduled (() when not split)."""
        return self._clocks.parts(task, times)

    def of(self, task: Task) -> WorkTime:
        """The working time ``task``'s progress is measured on."""
        return self._clocks.of(task)


def typed_progress(task: Task, times: TaskTimes | None, percent: float) -> dict[str, Any]:
    """The fields a % complete typed for ``task`` sets, as MS Project sets them.

    Above 0 % the task has started: it keeps its actual start, or takes its
    scheduled one (so it stays where it began when its predecessors move);
    at 100 % it also finishes where it was scheduled to. Below 100 % an actual
    finish is taken back, and at 0 % the actual start too. Summaries roll up
    from their subtasks and get only the percentage. ``times``: the task's
    scheduled dates (None: not scheduled, no actual dates are made up).
    """
    changes: dict[str, Any] = {"percent_complete": percent}
    if percent <= 0:
        changes.update(actual_start=None, actual_finish=None)
        return changes
    if percent < 100:
        changes["actual_finish"] = None
    if times is None or times.summary:
        return changes
    if task.actual_start is None:
        changes["actual_start"] = times.start
    if percent >= 100 and task.actual_finish is None:
        changes["actual_finish"] = times.finish
    return changes


def cleared_actual_finish(task: Task, times: TaskTimes | None) -> dict[str, Any]:
    """The fields an Actual Finish taken back (NA) sets on a finished ``task``, as MS Project.

    The task is started with no work known done: its actual start stays (its scheduled
    start if it had none), 0 %, all of its duration left; not 99 % (2.97d of 3d done), an
    actual duration known only from the finish just taken back. A task not finished: {}.
    """
    if not is_finished(task):
        return {}
    scheduled = times.start if times is not None and not times.summary else None
    return {
        "percent_complete": 0.0,
        "actual_finish": None,
        "actual_start": task.actual_start or scheduled,
    }
