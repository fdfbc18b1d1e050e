"""The shares of a task's baseline cost incurred at one moment, as the baseline saved them.

MS Project's BCWP is the task's % complete of its timephased baseline cost: what it earns
once started (a cost per use, a person who accrues at Start, a fixed cost at Start), once
finished (at End) and along the way (the rest) is split as the baseline cost was split,
not as the task costs now. A fixed cost typed since, a person's remaining work grown, a
rate raised: none of it moves earned value (nor planned value), only the actual cost.

:func:`baseline_mix` gives these shares for the tasks whose baseline keeps their people
(each assignment's Baseline Cost, what Gantry saves and MS Project XML carries); a
baseline that keeps none (saved before Gantry kept assignment baselines) leaves the task
to its current shares (:func:`app.domain.earned_value_parts.cost_accruals`).
"""

from __future__ import annotations

from app.domain.baseline import AssignmentBaselineEntry, Baseline, BaselineEntry
from app.domain.cost_pricing import rate_at
from app.domain.earned_value_parts import Accruals, balanced
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import CostAccrual, Task


def baseline_mix(
    plan: Plan, base: Baseline | None, accruals: dict[int, Accruals]
) -> dict[int, Accruals]:
    """Each baselined task's shares incurred at one moment, measured in its baseline cost.

    ``accruals``: the current shares (:func:`~app.domain.earned_value_parts.cost_accruals`);
    a task whose cost is cancelled to 0 by a credit keeps those (its shares are money).
    Left out (their current shares stand): tasks of a baseline keeping no assignments, a
    baseline cost of 0, summaries. A task all of whose baseline cost ran evenly maps to ().
    """
    if base is None or not base.assignments:
        return {}
    people: dict[int, list[AssignmentBaselineEntry]] = {}
    for a in base.assignments:
        people.setdefault(a.task_uid, []).append(a)
    resources = {r.uid: r for r in plan.resources}
    now = {a.uid: a for a in plan.assignments}
    out: dict[int, Accruals] = {}
    for entry in base.entries:
        uid = entry.task_uid
        if not entry.cost or not plan.has_task(uid) or plan.is_summary(uid):
            continue
        if balanced(accruals.get(uid, ())):
            continue
        task = plan.task(uid)
        out[uid] = _task_mix(task, entry, people.get(uid, ()), resources, now)
    return out


def _task_mix(
    task: Task,
    entry: BaselineEntry,
    people: list[AssignmentBaselineEntry] | tuple[()],
    resources: dict[int, Resource],
    now: dict[int, Assignment],
) -> Accruals:
    """One task's shares of its baseline cost: each person's cost per use at the start and
    the rest of their baseline cost at their Accrue At, its baseline fixed cost at the
    accrual saved with it (the task's accrual now when the baseline kept none)."""
    prorated, start = CostAccrual.PRORATED, CostAccrual.START
    whole = entry.cost
    shares: list[tuple[float, CostAccrual]] = []
    for saved in people:
        res = resources.get(saved.resource_uid)
        if res is None or saved.cost <= 0:
            continue
        use = min(saved.cost, _per_use(res, saved, now.get(saved.assignment_uid), entry, task))
        if use > 0:
            shares.append((use / whole, start))
        if res.accrue_at is not prorated and saved.cost > use:
            shares.append(((saved.cost - use) / whole, res.accrue_at))
    accrual = entry.fixed_cost_accrual or task.fixed_cost_accrual
    if entry.fixed_cost and accrual is not prorated:
        shares.append((entry.fixed_cost / whole, accrual))
    return tuple(shares)


def _per_use(
    res: Resource,
    saved: AssignmentBaselineEntry,
    current: Assignment | None,
    entry: BaselineEntry,
    task: Task,
) -> float:
    """A baselined assignment's cost per use: the rate in force at the baseline's start,
    once per unit for a person (its units as saved; as now when the baseline kept only its
    four figures), once for a material; a cost item has none."""
    if res.type is ResourceType.COST:
        return 0.0
    table = current.rate_table if current is not None else 0
    per_use = rate_at(res, entry.start or task.start, table).cost_per_use
    if not per_use or res.type is not ResourceType.WORK:
        return per_use
    units = saved.units if saved.laid or current is None else current.units
    return per_use * units
