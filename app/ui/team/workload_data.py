"""The Team view's workload chart for one person: work (or a material's use) per day or
week, stacked by task, with the person's capacity and the overtime part."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import numpy as np

from app.domain.material_use import material_by_task
from app.domain.plan import Plan
from app.domain.pool_load import PoolPlan
from app.domain.resource import ResourceType
from app.domain.workload import weekly as weekly_sum
from app.domain.workload import workload, workload_by_task
from app.ui.document import Document
from app.ui.team.other_plans_load import other_plans_days, other_plans_span
from app.ui.team.workload_chart import WorkloadChart

_MAX_STACKS = 12  # more tasks than this in one chart are grouped as "other"


def fill_chart(
    chart: WorkloadChart,
    document: Document,
    uid: int | None,
    weekly: bool,
    others: Sequence[PoolPlan] = (),
) -> None:
    """Show person ``uid``'s workload in ``chart`` by week (``weekly``) or day, with a
    stack per other plan of ``others`` that books their namesake; the axis runs from the
    earliest to the latest day of this plan and of those plans' tasks booking them."""
    plan = document.plan
    res = plan.resource(uid) if uid is not None else None
    if res is None or res.type is ResourceType.COST:
        note = (
            f"{res.name} is a cost item: it is not measured in time, so it has no "
            "workload; its amount per task is in the Cost column above."
            if res is not None
            else ""
        )
        chart.set_data([], 7, [], np.zeros(0), note=note)
        return
    sched = document.schedule
    material = res.type is ResourceType.MATERIAL
    first, last = sched.start.date(), sched.finish.date()
    # the axis covers the other plans' work of the person too (before or after this plan)
    elsewhere_span = None if material else other_plans_span(res.name, others)
    if elsewhere_span is not None:
        first, last = min(first, elsewhere_span[0]), max(last, elsewhere_span[1])
    n = (last - first).days + 1
    capacity: np.ndarray | None = None
    if material:
        # As MS Project's Resource Graph: a material's consumption in its own unit.
        per_task = material_by_task(plan, sched, res.uid, first, n)
        scale = 1.0
    else:
        per_task = workload_by_task(plan, sched, res.uid, first, n)
        capacity = workload(plan, sched, [res.uid], first, last).capacity[0]
        scale = 60.0  # minutes to hours
    elsewhere = [] if material else other_plans_days(res.name, first, n, others)
    if weekly:
        elsewhere = [(label, weekly_sum(first, v)[1]) for label, v in elsewhere]
        periods = weekly_sum(first, np.zeros(n))[0]
        if capacity is not None:
            capacity = weekly_sum(first, capacity)[1]
        per_task = {t: weekly_sum(first, v)[1] for t, v in per_task.items()}
    else:
        periods = [first + timedelta(days=k) for k in range(n)]
    ordered = sorted(per_task.items(), key=lambda kv: -float(kv[1].sum()))
    stacks = [(plan.task(t).name, v / scale) for t, v in ordered[:_MAX_STACKS]]
    if len(ordered) > _MAX_STACKS:
        rest = sum((v for _, v in ordered[_MAX_STACKS:]), np.zeros(len(periods)))
        stacks.append(("other tasks", rest / scale))
    stacks += [(label, v / scale) for label, v in elsewhere]  # read only, on top
    unit = (res.material_label.strip() or "units") if material else "hours"
    overtime = None if material else overtime_minutes(plan, res.uid, per_task, len(periods))
    chart.set_data(
        periods,
        7 if weekly else 1,
        stacks,
        None if capacity is None else capacity / 60.0,
        unit,
        overtime_hours=None if overtime is None else overtime / 60.0,
    )


def overtime_minutes(
    plan: Plan, resource_uid: int, per_task: dict[int, np.ndarray], n: int
) -> np.ndarray:
    """A person's work per period that is scheduled as overtime (minutes).

    An assignment's Overtime Work is part of its work, spread like the rest of it (as its
    cost is): each task's row times the share of the person's work there that is overtime.
    """
    work: dict[int, float] = {}
    extra: dict[int, float] = {}
    for a in plan.assignments_of_resource(resource_uid):
        work[a.task_uid] = work.get(a.task_uid, 0.0) + a.work_minutes
        if a.overtime_work_minutes > 0:
            extra[a.task_uid] = extra.get(a.task_uid, 0.0) + a.overtime_work_minutes
    out = np.zeros(n)
    for task_uid, row in per_task.items():
        if task_uid in extra and work[task_uid] > 0:
            out += row * min(1.0, extra[task_uid] / work[task_uid])
    return out
