"""What says, in an MS Project XML file, that leveling moved a task: its dates before leveling.

MS Project keeps a leveled task's <LevelingDelay> (written by mspdi_write_tasks, in
tenths of a minute with MS Project's <LevelingDelayFormat> codes) and, beside it,
the dates the task had before leveling, <PreLeveledStart> and <PreLeveledFinish>:
its Leveling Gantt draws them as the preleveled bar, and they mark the task as
one leveling touched even where leveling only split it (a split's gaps alone do not
say who made them). They are the task's dates in the plan with every leveling delay
and leveling split cleared (app.domain.leveling.without_leveling), scheduled again
only for a plan that has any.

A plan whose tasks cannot be scheduled without their leveling (the leveled one can)
still gets them, from what the leveled schedule knows (:func:`_from_leveled`): without
them a round trip read leveling's pauses as the user's, and Clear Leveling left them.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.errors import AppError
from app.domain.leveling import without_leveling
from app.domain.leveling_elapsed import could_start, delay_clock
from app.domain.leveling_resume import delay_is_pause, has_leveling
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule
from app.domain.splits import TaskClocks
from app.domain.task import Task

Dates = dict[int, tuple[datetime, datetime]]


def preleveled_dates(plan: Plan, summaries: set[int], leveled_schedule: Schedule) -> Dates:
    """Task UID -> its start and finish before leveling, for each leaf leveling delayed or
    split; {} for a plan leveling has not touched. ``leveled_schedule``: the plan's own,
    read when the plan cannot be scheduled without its leveling."""
    leveled = [t for t in plan.tasks if t.uid not in summaries and has_leveling(t)]
    if not leveled:
        return {}
    try:
        before = schedule(without_leveling(plan))
    except AppError:
        return _from_leveled(plan, leveled, leveled_schedule)
    out: Dates = {}
    for task in leveled:
        times = before.get(task.uid)
        if times is not None:
            out[task.uid] = (times.start, times.finish)
    return out


def _from_leveled(plan: Plan, leveled: list[Task], result: Schedule) -> Dates:
    """The dates before leveling as the leveled schedule tells them, each task on its own.

    Its start: where it could have started, its own delay earlier on the calendar the
    scheduler moved it on (app.domain.leveling_elapsed; a started task's delay is a
    pause, a manual task is never moved); its finish: its duration and its own pauses
    later. That span is what the reader takes to tell leveling's pauses from the user's
    (app.io.mspdi_preleveled), so they read back marked as from a schedule; only the
    start may be later than a schedule without leveling would say, where a predecessor's
    delay moved the task too. A task whose calendar has no room for that gets none.
    """
    clocks = TaskClocks(plan)
    out: Dates = {}
    for task in leveled:
        times = result.get(task.uid)
        if times is None:
            continue
        delay = task.leveling_delay_minutes
        try:
            start = times.start
            if delay > 0 and not task.manual and not delay_is_pause(task):
                start = could_start(delay_clock(clocks, task), start, delay)
            span = task.duration_minutes + sum(s.gap_minutes for s in task.splits if not s.leveling)
            out[task.uid] = (start, clocks.of(task).add(start, span))
        except AppError:
            continue
    return out


def preleveled_not_kept(plan: Plan, fmt: str) -> str:
    """The line that says MS Project XML gets no dates before leveling for the plan's leveled
    tasks because not even the leveled plan can be scheduled (:func:`preleveled_dates` needs
    its schedule); "" when it gets them or has none to get (``formats.not_kept``)."""
    if fmt != ".xml":
        return ""
    leveled = [t for t in plan.tasks if has_leveling(t) and not plan.is_summary(t.uid)]
    if not leveled:
        return ""
    try:
        schedule(plan)
    except AppError as exc:
        which = quoted(leveled[0].name, NAME_LIMIT) if len(leveled) == 1 else None
        tasks = which or counted(len(leveled), "task")
        return (
            f"{fmt} keeps no dates before leveling for {tasks} leveling moved, as the plan "
            f"cannot be scheduled ({exc}): MS Project draws no preleveled bar for "
            f"{'it' if which else 'them'}, and pauses leveling made read back as ordinary splits"
        )
    return ""
