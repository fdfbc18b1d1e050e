"""Actual work typed into a Usage period or for one day (MS Project's Task Usage and Resource
Usage, Details > Actual Work; ``gantry progress --person --on``).

The person's actual work is then kept day by day (:mod:`app.domain.actual_days`): the days
they had done (typed before, or their actual work as the schedule laid it) keep theirs, and
the period's days hold the typed figure, in proportion to what they held, or evenly over the
person's working time in the period when they held none (a week's hours over its working
days, as MS Project lays a week typed), or over its days when it has none (a Saturday worked).
Their actual work is the sum; more than their work raises the work, as MS Project does; the
task's % complete follows its people's actual work over their work, as typing one person's
total does (:func:`app.domain.actual_work_entry.typed_assignment_actual_work`). The task's
actual start is the first day done when that is earlier (or it had none), and its duration
covers each person's days and the work they have left after them
(:mod:`app.domain.typed_days_span`), so its finish and successors follow; hours taken away
lay a span typed days grew anew from where the work now lies, never shorter than the people's
own length, so the bar and Usage agree. Hours typed inside a split's pause fill it there
(:mod:`app.domain.typed_gaps`).

Refused in one line, nothing changed: negative work, a task not scheduled, a summary's, a
material's or a cost item's row, and more than 24 hours on one day for one person (on all
their tasks' days typed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time

from app.domain.actual_days import check_day_hours, kept_actuals
from app.domain.actual_work_entry import (
    done_by_person,
    laid_percent,
    people_work,
    typed_assignment_actual_work,
)
from app.domain.assignment_work import Edit, person_on_leaf
from app.domain.edited_work import EditedWork, WorkPiece, day_pieces, edited_total, typed_into
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Assignment, ResourceType
from app.domain.schedule import Schedule, TaskTimes
from app.domain.splits import TaskClocks, may_be_split
from app.domain.task import Task
from app.domain.tracking_edits import task_clock
from app.domain.typed_days_span import covering_task
from app.domain.typed_gaps import gaps_filled
from app.domain.workload import _resource_calendar, own_pieces


def actual_typing_edit(
    plan: Plan, schedule: Schedule, assignment_uid: int, first: date, last: date, typed: float
) -> Edit:
    """The task and assignments as ``typed`` minutes of actual work typed into the person's
    days ``first``..``last`` leave them (the module's note); InputError saying why not."""
    a = plan.assignment(assignment_uid)
    task = person_on_leaf(plan, a, "actual work")
    name = quoted(task.name, NAME_LIMIT)
    who = quoted(plan.resource(a.resource_uid).name, NAME_LIMIT)
    if typed < 0:
        raise InputError("actual work cannot be negative")
    times = schedule.get(task.uid)
    if times is None:
        raise InputError(f"{name} is not scheduled: it has no days to record actual work on")
    days = done_days(plan, schedule, assignment_uid)
    inside = [p for p in days if first <= p.start.date() <= last]
    if typed <= 0:
        pieces: EditedWork = tuple(p for p in days if p not in inside and p.minutes > 0)
    else:
        wt = _resource_calendar(plan, plan.resource(a.resource_uid), {}).worktime
        project = plan.project
        start = datetime.combine(first, time.min)
        pieces = tuple(
            p
            for p in typed_into(
                days,
                wt,
                start,
                first,
                last,
                typed,
                project.default_start_time,
                project.minutes_per_day,
            )
            if p.minutes > 0
        )
    others = [
        p
        for b in plan.assignments_of_resource(a.resource_uid)
        if b.uid != a.uid
        for p in kept_actuals(b)
        if first <= p.start.date() <= last
    ]
    check_day_hours([p for p in pieces if first <= p.start.date() <= last], others, f"{who}")
    total = edited_total(pieces)
    new_task, changed = typed_assignment_actual_work(
        plan, assignment_uid, times, round(total), task_clock(plan, task)
    )
    mine = next((b for b in changed if b.uid == a.uid), a)
    mine = replace(mine, actual_work_minutes=total, actual_days=pieces)
    out = [b for b in changed if b.uid != a.uid]
    if mine != a:
        out.append(mine)
    if pieces:
        began = pieces[0].start
        if new_task.actual_start is None or (
            began < new_task.actual_start
            or (task.actual_start is None and new_task.actual_start == times.start)
        ):
            new_task = replace(new_task, actual_start=began)
        ended = pieces[-1].finish
        if new_task.actual_finish is not None and new_task.actual_finish < ended:
            new_task = replace(new_task, actual_finish=ended)
    before = plan.assignments_of_task(task.uid)
    now = {b.uid: b for b in out}
    after = [now.get(b.uid, b) for b in before]
    if new_task.splits and pieces:  # hours typed in a pause fill it (typed_gaps)
        began = new_task.actual_start or times.start
        new_task = gaps_filled(new_task, began, task_clock(plan, task), after)
    # the work left runs after the days; the span typed days grew follows them (typed_days_span)
    stretched = covering_task(plan, times, task, new_task, before, after)
    if stretched.duration_minutes != new_task.duration_minutes:
        stretched = _percent_on_span(plan, stretched, times, after)
    return stretched, out


def _percent_on_span(
    plan: Plan, task: Task, times: TaskTimes, people: Sequence[Assignment]
) -> Task:
    """``task`` (its duration just stretched or shrunk over its people's typed days) with its
    % complete laid anew on that span: the point by which its people have done the actual
    work typed (a delayed person's share of the span done changes with its length)."""
    pct = task.percent_complete
    if not 0 < pct < 100:
        return task
    span = replace(times, duration_minutes=task.duration_minutes)
    work = [
        (b, b.work_minutes or round(task.duration_minutes * b.units))
        for b in people
        if plan.resource(b.resource_uid).type is ResourceType.WORK
    ]
    done = round(sum(b.actual_work_minutes for b, _w in work))
    return replace(task, percent_complete=laid_percent(plan, task, work, span, done))


def done_days(plan: Plan, schedule: Schedule, assignment_uid: int) -> EditedWork:
    """A person's actual work on a task day by day: as kept, else their actual work (as
    entered, or their share of % complete) as the first of their work as laid now."""
    a = plan.assignment(assignment_uid)
    kept = kept_actuals(a)
    if kept:
        return kept
    task = plan.task(a.task_uid)
    times = schedule.get(task.uid)
    if times is None:
        return ()
    people = people_work(plan, task, times)
    done = done_by_person(plan, task, people, times).get(a.uid, 0.0)
    if done <= 0:
        return ()
    cal = _resource_calendar(plan, plan.resource(a.resource_uid), {})
    parts: tuple[tuple[datetime, datetime], ...] = ((times.start, times.finish),)
    if may_be_split(task):
        parts = TaskClocks(plan).parts(task, times) or parts
    work = float(a.work_minutes or round(times.duration_minutes * a.units))
    laid = day_pieces(own_pieces(plan, a, work, parts, times, cal), cal.worktime)
    out: list[WorkPiece] = []
    left = float(done)
    for p in laid:
        if left <= 0:
            break
        if p.minutes <= 0:
            continue
        take = min(p.minutes, left)
        out.append(WorkPiece(p.start, p.finish, take))
        left -= take
    if left > 0.5 and out:  # more done than laid: the rest on the last day
        last = out[-1]
        out[-1] = WorkPiece(last.start, last.finish, last.minutes + left)
    return tuple(out)


def refuse_no_person(task_name: str, person: str) -> InputError:
    """The error for a person not on a task."""
    return InputError(
        f"{quoted(person, NAME_LIMIT)} is not on {quoted(task_name, NAME_LIMIT)}: "
        "assign them first (People column)"
    )
