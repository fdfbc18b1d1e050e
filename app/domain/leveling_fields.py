"""MS Project's Leveling Delay, Preleveled Start and Preleveled Finish task fields.

The task sheet's columns, the printout and the Leveling Gantt (its preleveled bars)
read them here.

Preleveled Start and Finish are where each task was before leveling moved anything. MS
Project stores them when it levels; Gantry keeps no dates of its own (a plan stores
what the user typed), so they are the plan scheduled with every leveling delay and
leveling split taken out (:func:`app.domain.leveling.without_leveling`), as
app/io/mspdi_write_leveling.py writes them to MS Project XML. A plan leveling has
not touched has none (MS Project's "NA"), nor has one that cannot be scheduled
without its leveling (a loop of links only its delays kept apart cannot happen, but a
task that no longer fits its constraints can).

A delay typed into the Leveling Delay column is elapsed time when it says so
(``3ed``, or a bare ``3``: the field's unit, as MS Project reads it) and working time
otherwise (``3d``); Gantry keeps working minutes (app.domain.leveling_elapsed), so an
elapsed delay becomes the working minutes it covers from where the task could start.
"""

from __future__ import annotations

import re
from datetime import datetime

from app.domain.errors import AppError, InputError
from app.domain.leveling import without_leveling
from app.domain.leveling_elapsed import could_start, delay_clock, working_delay
from app.domain.leveling_resume import delay_is_pause, done_minutes, has_leveling
from app.domain.notation import parse_duration
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule as schedule_plan
from app.domain.splits import TaskClocks
from app.domain.worktime import from_minutes, to_minutes

Dates = dict[int, tuple[datetime, datetime]]

_BARE = re.compile(r"^\d+(?:[.,]\d+)?$")  # a number without a unit: elapsed days


def dates_before_leveling(plan: Plan) -> Dates:
    """Each task's start and finish before leveling, by uid; {} when leveling has delayed
    or split no task (MS Project's "NA") or the plan cannot be scheduled without it."""
    if not any(has_leveling(t) for t in plan.tasks):
        return {}
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


def typed_delay(plan: Plan, schedule: Schedule, uid: int, text: str) -> int:
    """The working minutes of leveling delay ``text`` typed for task ``uid`` means.

    Empty or ``0``: none. Raises InputError for what is no delay (a negative one, one
    that is no duration), naming what was typed.
    """
    typed = text.strip()
    if not typed:
        return 0
    if typed.startswith("-"):
        raise InputError(f"{quoted(typed)}: a leveling delay cannot be negative")
    if _BARE.match(typed):
        typed += "ed"
    length = parse_duration(typed, plan.project, what="a leveling delay")
    if not length.elapsed or length.minutes == 0:
        return length.minutes
    task = plan.task(uid)
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
