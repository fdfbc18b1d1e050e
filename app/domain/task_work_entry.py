"""A task's Work typed, as MS Project's Work and Entry tables take it.

MS Project spreads a task's typed work over its assignments in proportion to their work
and moves the duration or the units by the task type, effort driven or not (Microsoft's
"Change the task type": Fixed Units and Fixed Work, the duration changes; Fixed
Duration, the units). Gantry follows these rules:

- **Spread** over the task's people (work resources) in proportion to the work each
  plans (:func:`app.domain.actual_work_entry.people_work`), in whole minutes adding up
  to the work typed: 90h typed on 40h + 20h is 60h + 30h.
- **Fixed Units, Fixed Work**: each keeps their units and the duration changes by the
  share the work changed (5d becomes 7.5d), as a person's work raised by actual work
  does (:func:`app.domain.actual_work_entry.spread_work`). **Fixed Duration**: the
  duration stays and each person's units change by that share. A person's overtime stays
  theirs (under their new work): only the regular work makes the length
  (app/domain/overtime_work.py), so the share is the regular work's (80h typed on 40h
  with 8h overtime over 4d: 72h / 32h, 9d).
- **Progress**: the work done stays (entered actual work as it is, else the task's %
  complete of the old work); % complete becomes work done / new work, exactly. Work
  below the work done is refused (type Actual Work first); work equal to it finishes
  the task.
- A manually scheduled task's bar ends one new duration after its start.
- A duration moved by the work keeps the unit the task showed it in (MS Project's
  "Duration is entered in" for a new task): 6h typed on a new 1d? task reads 0.75d?.

Refused with one message, nothing changed: a summary (its work comes from its
subtasks), a task without people (MS Project keeps such work as the task's own, which
Gantry has no place for: its Work is its people's; assign someone), a task or milestone
whose people plan no work, and zero or negative work.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.actual_work_entry import (
    done_by_person,
    lasting,
    people_work,
    regular_growth,
    shares,
    spread_work,
)
from app.domain.assignment_work import Edit
from app.domain.errors import InputError
from app.domain.notation import auto_unit, format_work
from app.domain.percent_shown import exact_percent
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import TaskTimes
from app.domain.task import TaskType
from app.domain.tracking import typed_progress
from app.domain.tracking_edits import finish_after
from app.domain.worktime import WorkTime


def typed_task_work(
    plan: Plan, uid: int, times: TaskTimes | None, minutes: int, worktime: WorkTime
) -> Edit:
    """The task and assignments as ``minutes`` of work typed for task ``uid`` leave them
    (see the module's rules). ``worktime``: the calendar the task runs on."""
    task = plan.task(uid)
    name = quoted(task.name, NAME_LIMIT)
    if plan.is_summary(uid):
        raise InputError(f"the work of summary task {name} comes from its subtasks")
    people = people_work(plan, task, times)
    if not people:
        raise InputError(
            f"{name} has no people: its work is the work of the people on it "
            "(assign someone in the People column, then type its work)"
        )
    if minutes <= 0:
        raise InputError(
            "work must be more than zero; to take the people off, clear the People cell"
        )
    work = sum(w for _a, w in people)
    if work <= 0:
        what = "milestone" if task.milestone else "task"
        raise InputError(f"{what} {name} has no working time to hold work: give it a duration")
    if minutes == work:
        return task, []
    done = sum(done_by_person(plan, task, people, times).values())
    if done > minutes:
        had = format_work(round(done), plan.project)
        raise InputError(
            f"{name} has {had} of actual work: its work cannot be less (type Actual Work first)"
        )
    spread = spread_work(
        task, people, [a for a, _w in people], shares(minutes, [w for _a, w in people])
    )
    new_task = task
    fields: dict[str, Any] = {}
    if task.task_type is not TaskType.FIXED_DURATION and not task.milestone:
        growth = regular_growth(people, spread)  # overtime stays: the regular work grows
        duration = max(1, round(task.duration_minutes * growth))
        fields["duration_minutes"] = duration
        if task.duration_unit is None and duration != task.duration_minutes:
            # shown in the unit it was shown in (a new task's 1d?: 6h of work reads 0.75d?,
            # 12h 1.5d?), as MS Project keeps a task's unit; not by the new length's own
            fields["duration_unit"] = auto_unit(task.duration_minutes, plan.project, task.elapsed)
        if task.manual and task.start is not None:
            fields["finish"] = finish_after(task, task.start, duration, worktime)
        new_task = replace(task, **fields)
    if done > 0:
        percent = 100.0 if done >= minutes else exact_percent(done, minutes)
        progress = typed_progress(new_task, times, percent)
        if percent >= 100:  # finished one new duration after it started
            progress.pop("actual_finish", None)
            progress.update(lasting(new_task, progress, new_task.duration_minutes, worktime))
        fields.update(progress)
    return replace(task, **fields), [a for a in spread if a != plan.assignment(a.uid)]
