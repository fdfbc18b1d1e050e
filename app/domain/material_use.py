"""How much of a material each task consumes per day, in the material's own unit.

A material's assignment units are a quantity for the whole task (``Cement[10]`` = 10 t).
As MS Project's Resource Graph does for materials, the quantity is spread over the
task's working time the way a person's work is, so a week holds the share of the task
that falls in it. A split task's pauses consume nothing: the quantity lies in its
working parts only (:func:`app.domain.workload.split_parts`, through the per-task shape).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.workload import workload_by_task

if TYPE_CHECKING:
    from app.domain.workload import FloatArray


def material_by_task(
    plan: Plan, schedule: Schedule, resource_uid: int, first_day: date, n_days: int
) -> dict[int, FloatArray]:
    """Quantity of one material consumed per day (``n_days`` from ``first_day``), by task.

    Each task's quantity is shared out over all its working days, also those outside
    the window; a task without working time (a milestone) takes it all on its start day.
    """
    import numpy as np

    # Shape over the whole plan and the window, so a task the window cuts keeps its share.
    lo = min(first_day, schedule.start.date())
    hi = max(first_day + timedelta(days=n_days - 1), schedule.finish.date())
    span = (hi - lo).days + 1
    offset = (first_day - lo).days
    shape = workload_by_task(plan, schedule, resource_uid, lo, span)
    out: dict[int, FloatArray] = {}
    for a in plan.assignments_of_resource(resource_uid):
        times = schedule.get(a.task_uid)
        if times is None or times.summary or a.units <= 0:
            continue
        row = shape.get(a.task_uid)
        total = float(row.sum()) if row is not None else 0.0
        if row is not None and total > 0:
            whole = row * (a.units / total)
        else:
            whole = np.zeros(span, dtype=np.float64)
            whole[(times.start.date() - lo).days] = a.units
        got = whole[offset : offset + n_days]
        if got.any():
            out[a.task_uid] = got
    return out
