"""Overtime work on an assignment (MS Project's Overtime Work and Regular Work fields).

As in MS Project, overtime is part of an assignment's work, done beyond the person's
regular hours: entering it keeps the work and shortens the time the work takes. Only
the regular work (work - overtime) is laid on the person's calendar at their units, so
it makes the assignment's length; the overtime is spread over that same span
(:func:`app.domain.contours.assignment_pieces`). mspdiassignmentfields.xml shows the rule:
23 h of work, 20 h of it overtime, at 25 % last 3 h / 25 % = 12 h (08:55 to 13:55 the
next day), and 80 h with 9 h overtime at 100 % make its task's 71 h.

Typing overtime moves what the task type lets move, as a typed work does
(:mod:`app.domain.assignment_work`): with fixed units or fixed work the task lasts as
long as its longest assignment's regular work needs at its units (40 h with 8 h
overtime at 100 %: 4 days, not 5); with fixed duration (or on a milestone) the duration
and the work stay and the person's units become regular work / duration.
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.assignment_work import Edit, assignment_need, delay_of, person_on_leaf
from app.domain.errors import InputError
from app.domain.notation import format_work
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Assignment, ResourceType
from app.domain.task import Task, TaskType
from app.domain.workload import entered_tasks

FIELD = "Overtime Work"


def regular_work(a: Assignment) -> int:
    """The assignment's regular work (MS Project's Regular Work): work less overtime."""
    return max(0, a.work_minutes - a.overtime_work_minutes)


def task_overtime(plan: Plan, task: Task) -> int:
    """A task's overtime work: its people's (a summary's: its subtasks' and its own)."""
    uids = [task.uid, *(t.uid for t in plan.descendants(task.uid))]
    return sum(
        a.overtime_work_minutes
        for uid in uids
        for a in plan.assignments_of_task(uid)
        if a.overtime_work_minutes and plan.resource(a.resource_uid).type is ResourceType.WORK
    )


def _keeps_duration(task: Task) -> bool:
    return task.task_type is TaskType.FIXED_DURATION or task.milestone


def overtime_edit(plan: Plan, assignment_uid: int, overtime_minutes: int) -> Edit:
    """The task and the assignments changed by giving one assignment ``overtime_minutes``.

    Raises InputError (naming the field) for overtime below zero or as much as the
    assignment's work (some must be regular: it makes the length), on a material or cost
    item, or on a summary task.
    """
    a = plan.assignment(assignment_uid)
    task = person_on_leaf(plan, a, FIELD)
    if overtime_minutes < 0:
        raise InputError(f"{FIELD} cannot be negative; type 0 for none")
    if not a.work_minutes:  # none stored: the work it plans, duration x units, as shown
        a = replace(a, work_minutes=round(task.duration_minutes * a.units))
    if overtime_minutes > 0 and overtime_minutes >= a.work_minutes:
        project = plan.project
        raise InputError(
            f"{FIELD} must be less than the work of "
            f"{quoted(plan.resource(a.resource_uid).name, NAME_LIMIT)} on "
            f"{quoted(task.name, NAME_LIMIT)} ({format_work(a.work_minutes, project)}): "
            f"{format_work(overtime_minutes, project)} leaves no regular work"
        )
    if overtime_minutes == a.overtime_work_minutes:
        return task, []
    new = replace(a, overtime_work_minutes=overtime_minutes, edited_work=())
    if _keeps_duration(task) or a.units <= 0:
        if task.duration_minutes > 0 and a.units > 0:
            units = regular_work(new) / (task.duration_minutes * a.contour.mean)
            new = replace(new, units=units)
        return task, [new]
    entered = entered_tasks(plan)
    needs = [
        assignment_need(plan, new if b.uid == a.uid else b, entered) + delay_of(plan, b)
        for b in plan.assignments_of_task(task.uid)
        if plan.resource(b.resource_uid).type is ResourceType.WORK
    ]
    duration = max(1, round(max(needs, default=0.0)))
    new_task = (
        task if duration == task.duration_minutes else replace(task, duration_minutes=duration)
    )
    return new_task, [new]
