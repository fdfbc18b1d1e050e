"""Move incomplete or completed parts of tasks to the status date (MS Project 2013's Task >
Move > Incomplete Parts to Status Date, Completed Parts to Status Date).

Both act on the tasks given (a summary stands for its subtasks) and return the
:class:`~app.domain.tracking.ProgressUpdate` of each task they change, as Update Project
does, so the window applies them as one undo step.

- Incomplete parts: the work a task was scheduled to do before the status date and did
  not do goes after it. This is Update Project's "Reschedule uncompleted work to start
  after" the status date on the selection (:func:`app.domain.tracking.reschedule_uncompleted`,
  one rule for both): a task with no progress starts no earlier than the status date, a
  task under way is split at its progress and its remaining work resumes after the date.
- Completed parts: work recorded as done after the status date cannot have been done yet,
  so the done part moves back to end at the status date. A finished task moves whole (its
  actual start and finish); a task under way moves its actual start back and pauses where
  its progress stops, so its remaining work stays where it was scheduled. A task whose
  done part ends by the status date is left as it is.

Manually scheduled, inactive and summary tasks are left alone, as Update Project leaves them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from app.domain.finished import is_finished
from app.domain.percent_shown import done_minutes
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.splits import Split, TaskClocks, normalized, split_at
from app.domain.tracking import ProgressUpdate, reschedule_uncompleted, scope_of
from app.domain.worktime import from_minutes, to_minutes


def incomplete_parts_to_status(
    plan: Plan, schedule: Schedule, status: datetime, uids: Iterable[int]
) -> list[ProgressUpdate]:
    """The work of tasks ``uids`` not done by ``status`` moved to start after it (Update
    Project's rescheduling of uncompleted work, on these tasks)."""
    return reschedule_uncompleted(plan, schedule, status, list(uids))


def completed_parts_to_status(
    plan: Plan, schedule: Schedule, status: datetime, uids: Iterable[int]
) -> list[ProgressUpdate]:
    """The done part of tasks ``uids`` that ends after ``status`` moved back to end at it."""
    clocks = TaskClocks(plan)
    chosen = scope_of(plan, uids)
    updates: list[ProgressUpdate] = []
    for task in plan.tasks:
        if task.uid not in chosen or task.manual or not task.active:
            continue
        if plan.is_summary(task.uid) or task.percent_complete <= 0:
            continue
        times = schedule.get(task.uid)
        if times is None or times.summary:
            continue
        duration = times.duration_minutes
        finished = is_finished(task) or task.milestone
        done = duration if finished else done_minutes(duration, task.percent_complete)
        if done <= 0 and not task.milestone:
            continue
        clock = clocks.of(task)
        splits = normalized(task.splits, duration)
        start = clock.index(to_minutes(times.start))
        done_end = start + _span_of_done(splits, done)
        back = done_end - clock.index(to_minutes(status))
        if back <= 0:
            continue  # the done part ends by the status date already
        actual_start = from_minutes(clock.at_start(start - back))
        actual_finish = task.actual_finish
        pauses = splits
        if finished:  # moved whole: it ends at the status date
            actual_finish = from_minutes(clock.at_end(done_end - back))
            if task.milestone:
                actual_start = actual_finish
        else:  # the remaining work stays: a pause grows where the done part now ends
            pauses = split_at(splits, duration, _span_of_done(splits, done), back)
        updates.append(
            ProgressUpdate(
                task.uid,
                task.percent_complete,
                actual_start,
                actual_finish,
                task.constraint_type,
                task.constraint_date,
                pauses if pauses != task.splits else None,
            )
        )
    return [u for u in updates if u.changes(plan.task(u.uid))]


def _span_of_done(splits: tuple[Split, ...], done: int) -> int:
    """Span offset where ``done`` minutes of work end: the pauses before it, not one that
    begins exactly there (the done part ends where that pause starts)."""
    return done + sum(s.gap_minutes for s in splits if s.after_minutes < done)
