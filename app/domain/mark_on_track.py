"""Mark on Track (MS Project's Task > Mark on Track, "Update as Scheduled" in Project 2007).

For each selected task, progress up to the status date exactly as scheduled:
the task started at its scheduled start, and its % complete is the share of
its working time that lies before the status date (100 % when it was due to
finish by then, its scheduled finish its actual finish). A summary stands for
its subtasks. It is Update Project's "Set 0% - 100% complete" on the
selection (:func:`app.domain.tracking.update_progress`), so the two never
disagree; as there, progress is never taken back (a task further along than
the schedule keeps its progress) and manually scheduled tasks are left to the
sheet. Tasks scheduled to start at or after the status date are not started
and stay as they are; the result names them so the window can say so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.finished import is_finished
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.tracking import (
    ProgressUpdate,
    UpdateMode,
    end_of_day,
    manual_left_alone,
    scope_of,
    update_progress,
)


@dataclass(frozen=True, slots=True)
class MarkOnTrack:
    """What Mark on Track does: the task changes, and the tasks it leaves and why."""

    through: datetime
    updates: tuple[ProgressUpdate, ...]
    not_started: tuple[int, ...]  # due to start at or after ``through``: unchanged
    manual: tuple[int, ...]  # manually scheduled, due to start before ``through``: unchanged


def status_moment(plan: Plan, today: date) -> datetime:
    """Where Mark on Track measures progress: the status date, else the end of ``today``'s work
    (as Update Project reads a day)."""
    status = plan.project.status_date
    return status if status is not None else end_of_day(plan, today)


def mark_on_track(
    plan: Plan, schedule: Schedule, uids: Iterable[int], through: datetime
) -> MarkOnTrack:
    """The progress changes that put the tasks ``uids`` (summaries: their subtasks) on track
    through ``through``; tasks that change nothing are not listed."""
    chosen = list(uids)
    scope = scope_of(plan, chosen)
    updates = update_progress(plan, schedule, through, UpdateMode.PROPORTIONAL, chosen)
    changed = {u.uid for u in updates}
    later: list[int] = []
    for task in plan.tasks:
        if task.uid not in scope or task.uid in changed or task.manual or not task.active:
            continue
        if plan.is_summary(task.uid):
            continue
        times = schedule.get(task.uid)
        done = is_finished(task)
        if times is not None and not done and times.start >= through:
            later.append(task.uid)
    manual = manual_left_alone(plan, schedule, through, chosen)
    return MarkOnTrack(through, tuple(updates), tuple(later), tuple(manual))
