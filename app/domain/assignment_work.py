"""An assignment's work typed directly (MS Project's Assignment Information > Work).

As in MS Project, what moves follows the task type: with fixed units or fixed work
the task's duration becomes the new work at the person's units (the other people's
work or units then follow the new duration as for a typed duration,
:func:`app.domain.assigning.rebalance_for_duration`); with fixed duration, or on a
milestone, the duration stays and the person's units become work / duration.
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.assigning import rebalance_for_duration
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.resource import Assignment, ResourceType
from app.domain.task import Task, TaskType


def work_edit(plan: Plan, assignment_uid: int, work_minutes: int) -> tuple[Task, list[Assignment]]:
    """The task and the assignments changed by giving one assignment ``work_minutes``.

    Raises InputError for work that cannot be set: none or negative, on a material or
    cost item, on a summary task, or on a task that has no working time to hold it.
    """
    a = plan.assignment(assignment_uid)
    task = plan.task(a.task_uid)
    res = plan.resource(a.resource_uid)
    if res.type is not ResourceType.WORK:
        kind = (
            "a material: type its quantity in Units"
            if res.type is ResourceType.MATERIAL
            else ("a cost item: type its amount in Cost")
        )
        raise InputError(f"'{res.name}' is {kind}; work is measured for people only")
    if plan.is_summary(task.uid):
        raise InputError(f"the work on summary task '{task.name}' comes from its subtasks")
    if work_minutes <= 0:
        raise InputError(
            f"work must be more than zero; to take '{res.name}' off '{task.name}', "
            "use Remove from task"
        )
    keeps_duration = task.task_type is TaskType.FIXED_DURATION or task.milestone or a.units <= 0
    if keeps_duration:
        if task.duration_minutes <= 0:
            raise InputError(f"'{task.name}' has no working time to hold work; give it a duration")
        units = work_minutes / task.duration_minutes
        return task, [replace(a, units=units, work_minutes=work_minutes)]
    duration = max(1, round(work_minutes / a.units))
    new_task = replace(task, duration_minutes=duration)
    out: list[Assignment] = []
    for b in rebalance_for_duration(plan, task.uid, duration):
        out.append(replace(a, work_minutes=work_minutes) if b.uid == a.uid else b)
    return new_task, [b for b in out if b != plan.assignment(b.uid)]
