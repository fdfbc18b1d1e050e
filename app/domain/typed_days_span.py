"""A task's span once its people's actual work is typed day by day (:mod:`app.domain.actual_days`).

A person's work left is laid after the last day they typed, so a day typed late (Aisha's
Wednesday on a task planned Monday to Friday, or a day in March) carries their remaining
work past the task's planned finish. MS Project's task finishes with its latest assignment:
the task's duration is stretched at the time the day is typed, as a Delay stretches it
(:func:`app.domain.assignment_delay.stretched_duration`), so the task's Finish, the project's
finish, successors and the critical path follow as the scheduler runs, and the duration
kept in .gantry, MS Project XML and the workbook carries the span to the next reader (a
file read back, or ``gantry schedule`` from scratch, lays the same).

A day's hours typed, changed or cleared (the Usage band, ``gantry progress --on``) lay a
span typed days had grown anew from where the work now lies: the task lasts until its
people's typed days and the work left after them end, never shorter than their own length,
so the bar, Usage and the successors agree (a mistyped day cleared puts the task back as it
was before it; a day cleared never stretches anything); undo puts back the length as it
was. An edit of the work (a person's Work or Remaining Work typed) does the same
(:func:`covered_edit`). A total typed (Assignment Information, the Tracking table's Actual
Work, % complete 0), which drops the days, leaves the task's length as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from app.domain.actual_days import kept_actuals, with_actuals
from app.domain.assignment_work import assignment_need
from app.domain.day_calendar import DayCalendar, _resource_calendar
from app.domain.delay_laying import working_delay
from app.domain.notation import LONGEST_MINUTES
from app.domain.plan import Plan
from app.domain.resource import Assignment, ResourceType
from app.domain.schedule import TaskTimes
from app.domain.splits import normalized, total_gap, working_parts
from app.domain.task import Task
from app.domain.task_clock import TaskClock
from app.domain.tracking_edits import duration_between, finish_after, task_clock
from app.domain.workload import own_pieces


def typed_days_reach(
    plan: Plan,
    task: Task,
    times: TaskTimes,
    people: Sequence[Assignment],
    unbegun: bool = False,
) -> int | None:
    """The duration ``task`` (begun at its actual start, else as scheduled in ``times``)
    needs so that each of ``people`` with actual work kept day by day is done within it:
    their days, then their work left after the last; None when none keeps days.
    ``unbegun``: the schedule laid it as a task not yet begun (:func:`_people_finish`)."""
    typed = [a for a in people if kept_actuals(a)]
    if not typed or task.elapsed or task.milestone:
        return None
    clock = task_clock(plan, task)
    start = task.actual_start or times.start
    finish = finish_after(task, start, task.duration_minutes, clock)
    if unbegun:
        finish = max(finish, _people_finish(plan, task, start))
    span = replace(times, start=start, finish=finish, duration_minutes=task.duration_minutes)
    # a split task's people work in its parts, as Usage lays them (not across its pauses)
    parts = working_parts(task.splits, task.duration_minutes, start, finish, clock)
    parts = parts or ((start, finish),)
    cals: dict[int | None, DayCalendar] = {}
    end: datetime | None = None
    for a in typed:
        res = plan.resource(a.resource_uid)
        if res.type is not ResourceType.WORK:
            continue
        cal = _resource_calendar(plan, res, cals)
        work = float(a.work_minutes or round(task.duration_minutes * a.units))
        rest = own_pieces(plan, replace(a, actual_days=()), work, parts, span, cal)
        laid = with_actuals(kept_actuals(a), rest, cal.worktime, work, parts)
        last = max((p[1] for p in laid if p[2] > 0), default=None)
        if last is not None and (end is None or last > end):
            end = last
    if end is None:
        return None
    return min(LONGEST_MINUTES, duration_between(task, start, end, clock))


def _people_finish(plan: Plan, task: Task, start: datetime) -> datetime:
    """Where the schedule ends ``task``'s span from ``start`` before it is begun: when its
    people work on different calendars each runs the duration on their own (Jonas's week off
    carries his part past the days the people work between them), so a day typed lays the
    others' work within that span, not squeezed into fewer of their days; else its clock's."""
    clock = TaskClock.of_task(plan, replace(task, actual_start=None))
    minutes = task.duration_minutes
    return clock.finish(start, minutes + total_gap(normalized(task.splits, minutes), minutes))


def covering_task(
    plan: Plan,
    times: TaskTimes,
    old_task: Task,
    new_task: Task,
    before: Sequence[Assignment],
    after: Sequence[Assignment],
    work_edited: bool = True,
) -> Task:
    """``new_task`` with its duration long enough for its people's typed days and the work
    they have left (``after``: its assignments once typed; ``before``: as they were, with
    ``old_task``): stretched when the latest person ends past it. ``work_edited`` (their work
    changed, days kept; or a day's hours typed or cleared): laid anew, to no less than its
    people's own length, when typed days had stretched it; otherwise never shorter than it
    was."""
    duration = new_task.duration_minutes
    unbegun = old_task.actual_start is None
    old_reach = typed_days_reach(plan, old_task, times, before, unbegun) if work_edited else None
    if old_reach is not None and abs(old_reach - old_task.duration_minutes) <= 1:
        # stretched (or just covered) by its days: laid anew from its people's own length
        own = max((round(_own_reach(plan, a)) for a in after), default=0)
        if 0 < own < duration:
            duration = own
    base = replace(new_task, duration_minutes=duration)
    reach = typed_days_reach(plan, base, times, after, unbegun)
    if reach is None:
        return base
    return replace(base, duration_minutes=max(duration, reach))


def _own_reach(plan: Plan, a: Assignment) -> float:
    """Working minutes from the task's start to where ``a`` is done without typed days: its
    Delay, then its own length (0 for a material or a cost item: the task's length holds)."""
    if plan.resource(a.resource_uid).type is not ResourceType.WORK:
        return 0.0
    mpd = plan.project.minutes_per_day
    return working_delay(a.laid_delay, a.delay_elapsed, mpd) + assignment_need(plan, a)


def covered_edit(
    plan: Plan, old_task: Task, edit: tuple[Task, list[Assignment]]
) -> tuple[Task, list[Assignment]]:
    """``edit`` (the task and assignments as an edit of ``old_task``'s people leaves them: a
    Work raised, Remaining Work typed) with the task's duration covering its people's typed
    days and the work they have left after them, as :func:`covering_task` does when a day is
    typed. Unchanged when no one on the task keeps days, or it has no actual start (a task
    whose people typed days has begun: its span starts there, the schedule is not needed)."""
    new_task, changed = edit
    before = plan.assignments_of_task(old_task.uid)
    now = {b.uid: b for b in changed}
    after = [now.get(b.uid, b) for b in before]
    start = new_task.actual_start
    if start is None or not any(kept_actuals(b) for b in [*before, *after]):
        return edit
    clock = task_clock(plan, old_task)
    finish = finish_after(old_task, start, old_task.duration_minutes, clock)
    times = TaskTimes(start, finish, old_task.duration_minutes, start, finish, start, finish)
    return covering_task(plan, times, old_task, new_task, before, after), changed
