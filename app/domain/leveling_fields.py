"""MS Project's Leveling Delay, Preleveled Start and Preleveled Finish task fields.

The task sheet's columns, the printout and the Leveling Gantt (its preleveled bars)
read them here.

Preleveled Start and Finish are where each task was before leveling moved anything. MS
Project stores them when it levels, and later edits leave them as they were until it
levels again; Gantry keeps no dates of its own (a plan stores what the user typed), so
they are the plan scheduled with every leveling delay and leveling split taken out
(:func:`app.domain.leveling.without_leveling`), as app/io/mspdi_write_leveling.py writes
them to MS Project XML, and kept, as MS Project keeps them, while the plan's leveling
stays what it was (a new schedule of 10k tasks at each edit took 0.3 s, twice: the sheet
and the chart). A plan leveling has not touched has none (MS Project's "NA"), nor has a
task added since (MS Project's NA too), nor a plan that cannot be scheduled without its
leveling (a task that no longer fits its constraints).

A delay typed into the Leveling Delay column is elapsed time when it says so
(``3ed``, or a bare ``3``: the field's unit, as MS Project reads it) and working time
otherwise (``3d``); Gantry keeps working minutes (app.domain.leveling_elapsed), so an
elapsed delay becomes the working minutes it covers from where the task could start.
An elapsed-duration task's delay is kept in elapsed minutes: there working time typed
becomes the elapsed time it spans on the task's calendar from where it could start.
"""

from __future__ import annotations

import re
import weakref
from datetime import datetime, timedelta

from app.domain.errors import AppError, InputError
from app.domain.leveling import without_leveling
from app.domain.leveling_elapsed import could_start, delay_clock, working_clock, working_delay
from app.domain.leveling_resume import delay_is_pause, done_minutes, has_leveling, leveling_pauses
from app.domain.notation import parse_duration
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule as schedule_plan
from app.domain.splits import TaskClocks
from app.domain.task import Task
from app.domain.worktime import from_minutes, to_minutes

Dates = dict[int, tuple[datetime, datetime]]

# a number without a unit (grouped or not, any decimal mark): elapsed days
_BARE = re.compile(r"^\d+(?:[.,' \u00a0\u202f]\d+)*$")


# Each plan's dates before leveling with the leveling they were worked out for, by id(plan)
# (a Plan compares by value: no dict key), dropped with the plan.
_KEPT: dict[int, tuple[weakref.ref[Plan], tuple[object, ...], Dates]] = {}


def dates_before_leveling(plan: Plan) -> Dates:
    """Each task's start and finish before leveling, by uid; {} when leveling has delayed
    or split no task (MS Project's "NA") or the plan cannot be scheduled without it.

    Worked out again only when the plan's leveling changed since (a delay or a leveling
    pause, a task leveled or cleared); the mapping returned is shared: never change it.
    """
    leveling = tuple(
        (t.uid, t.leveling_delay_minutes, leveling_pauses(t))
        for t in plan.tasks
        if (t.leveling_delay_minutes or t.splits) and has_leveling(t)  # most tasks: neither
    ) + tuple(  # people leveling delayed one by one (app.domain.leveling_assignments)
        (-a.uid, a.leveling_delay_minutes, ()) for a in plan.assignments if a.leveling_delay_minutes
    )
    if not leveling:
        return {}
    kept = _KEPT.get(id(plan))
    if kept is not None and kept[0]() is plan and kept[1] == leveling:
        return kept[2]
    dates = _scheduled_without_leveling(plan)
    key = id(plan)
    _KEPT[key] = (weakref.ref(plan, lambda _ref: _KEPT.pop(key, None)), leveling, dates)
    return dates


def _scheduled_without_leveling(plan: Plan) -> Dates:
    """Each task's dates in the plan scheduled without its leveling ({}: it cannot be)."""
    try:
        before = schedule_plan(without_leveling(plan))
    except AppError:
        return {}
    out: Dates = {}
    for task in plan.tasks:
        times = before.get(task.uid)
        if times is not None:
            out[task.uid] = (times.start, times.finish)
    return out


def typed_delay(
    plan: Plan,
    schedule: Schedule,
    uid: int,
    text: str,
    *,
    group: str | None = None,
    decimal: str = ".",
) -> int:
    """The working minutes of leveling delay ``text`` typed for task ``uid`` means.

    Empty or ``0``: none. Raises InputError for what is no delay (a negative one, one
    that is no duration), naming what was typed. ``group`` and ``decimal``: the reader's
    number marks, as :func:`app.domain.notation.parse_duration` takes them.
    """
    typed = text.strip()
    if not typed:
        return 0
    if typed.startswith("-"):
        raise InputError(f"{quoted(typed)}: a leveling delay cannot be negative")
    if _BARE.match(typed):
        typed += "ed"
    length = parse_duration(
        typed, plan.project, what="a leveling delay", group=group, decimal=decimal
    )
    if length.minutes == 0:
        return 0
    task = plan.task(uid)
    if task.elapsed:  # its delay is elapsed time: working time typed is the span it covers
        return (
            length.minutes
            if length.elapsed
            else _elapsed_span(plan, schedule, task, length.minutes)
        )
    if not length.elapsed:
        return length.minutes
    clock = delay_clock(TaskClocks(plan), task)
    if delay_is_pause(task) and task.actual_start is not None:
        # a started task's delay pauses its work left, from where its done work ends
        stopped = clock.at_end(clock.index(to_minutes(task.actual_start)) + done_minutes(task))
        return working_delay(clock, from_minutes(stopped), length.minutes)
    times = schedule.get(uid)
    if times is None:
        start = task.start or plan.project.start
    else:  # where it could start without the delay it has now
        start = could_start(clock, times.start, task.leveling_delay_minutes)
    return working_delay(clock, start, length.minutes)


def _elapsed_span(plan: Plan, schedule: Schedule, task: Task, working: int) -> int:
    """The elapsed minutes ``working`` minutes of ``task``'s calendar span from where the
    task (elapsed, its delay elapsed time) could start without the delay it has."""
    times = schedule.get(task.uid)
    if times is None:
        could = task.start or plan.project.start
    else:
        could = times.start - timedelta(minutes=task.leveling_delay_minutes)
    landed = working_clock(TaskClocks(plan), task).add(could, working)
    return round((landed - could).total_seconds() / 60)
