"""Earned value as MS Project defines it, per task, per WBS branch and over time.

* BCWS (planned value, PV): baseline cost scheduled up to the status date,
  the baseline cost spread evenly over the baseline's working time. A split
  task plans nothing during its pauses: when its baseline spans its duration
  and its pauses, the cost is spread over the working parts only. The cost of
  a person whose work is contoured (Back Loaded, Bell...) follows their work,
  as MS Project's timephased cost does (rate x the work booked in each
  period): their share of the task's cost is laid over the baseline span by
  :func:`app.domain.contours.contour_pieces`, the pieces the Usage view lays
  their work in; the rest of the task's cost stays even (:func:`cost_shapes`).
* BCWP (earned value, EV): baseline cost x % complete, of the work done up to the
  status date (MS Project's BCWP and ACWP are timephased and count nothing recorded
  after it): a task's done work lies from its actual start over its actual duration
  (:mod:`app.domain.earned_value_done`), and what of it lies after the status date is
  not earned yet, so last week's figures read again give last week's EV.
* A share of a task's cost incurred at one moment (a person whose Accrue At is Start or
  End, a fixed cost accrued at the start or the end: :func:`cost_accruals`) is planned
  whole at the baseline's start or finish, and earned whole once the task has started
  (Start) or is finished (End), as its actual cost accrues.
  These shares are the baseline's (:mod:`app.domain.earned_value_mix`: each person's
  Baseline Cost, the Baseline Fixed Cost), so a cost changed since (a fixed cost typed,
  remaining work added, a rate raised) moves neither PV nor EV, only AC and the forecast.
* ACWP (actual cost, AC): the actual cost up to the status date, laid over the done
  work as EV is (the Actual Cost field, the cost breakdown's Actual, stays all of it).
* BAC: the baseline cost. CPI = EV / AC, SPI = EV / PV,
  EAC = AC + (BAC - EV) / CPI, ETC = EAC - AC, VAC = BAC - EAC,
  CV = EV - AC, SV = EV - PV.
* Until CPI can be worked out (nothing spent, or nothing earned yet) EAC is
  the task's current cost (MS Project's Cost field, the Budget view's
  Forecast), as MS Project's EAC field reads: a task not started whose
  estimate went up since the baseline forecasts its new cost, not its budget.

Summaries add up PV and EV of their active children (ratios are recomputed from
the sums); their AC is their actual cost (the Actual column: the children's
plus the summary's own fixed cost and assignments) less what of it was spent after
the status date; their BAC is their own
baseline cost when the baseline holds them (what the Budget column shows: a
subtask deleted since does not lower it) and their cost their own current
cost. As in MS Project an inactive task counts in no summary (its own row
keeps its figures, as its costs do). A summary with a cost of its own now
(fixed cost, people on the summary itself) also plans and earns its own share
of the budget: its baseline cost less its active children's, spread over its
baseline span and earned by its % complete rolled up from its subtasks (what
its own actual cost follows, as in MS Project), its done share placed over its own span.
The baseline read is the project's "Baseline for Earned Value calculations" (File >
Options > Advanced, ``Project.ev_baseline``; baseline 0 unless set) unless another index is
given; a task earns by its % Complete, or by its Physical % Complete when its Earned Value
method (its own, else the project's: app/domain/earned_value_method.py) says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from app.domain.actual_days import done_through
from app.domain.costs import CostReport, priced_task
from app.domain.earned_value_curve import SCurve, SCurveCache, s_curve
from app.domain.earned_value_figures import (
    ZERO,
    EarnedValue,
    own_spent,
    summary_earned_value,
    summary_own_bac,
    summary_own_earned_value,
    task_earned_value,
)
from app.domain.earned_value_mix import baseline_mix
from app.domain.earned_value_parts import Accruals, Shape, cost_accruals, cost_shapes, shape_key
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.splits import TaskClocks
from app.domain.workload import DayCalendar

# The names other modules import from here (the figures, the parts and the curve live in
# the earned_value_* modules beside this one).
__all__ = [
    "ZERO",
    "Accruals",
    "EarnedValue",
    "SCurve",
    "SCurveCache",
    "Shape",
    "actual_to_date",
    "cost_accruals",
    "cost_shapes",
    "earned_value",
    "own_spent",
    "project_earned_value",
    "s_curve",
    "shape_key",
    "summary_earned_value",
    "summary_own_bac",
    "summary_own_earned_value",
    "task_earned_value",
]


def earned_value(
    plan: Plan,
    schedule: Schedule,
    costs: CostReport,
    status_date: datetime,
    baseline_index: int | None = None,
) -> dict[int, EarnedValue]:
    """Earned value of every task (summaries rolled up) at a status date, against baseline
    ``baseline_index`` (None: the project's "Baseline for Earned Value calculations")."""
    # The baseline, not the current schedule, says what was planned; the schedule gives a
    # summary's rolled-up % complete, which earns its own share.
    if baseline_index is None:
        baseline_index = plan.project.ev_baseline
    base = plan.baselines.get(baseline_index)
    method = plan.project.ev_method
    entries = {e.task_uid: e for e in base.entries} if base is not None else {}
    cal = DayCalendar(plan, None)
    parents = plan.parent_uids()
    is_parent = {p for p in parents.values() if p is not None}
    own: dict[int, EarnedValue] = {}
    clocks = TaskClocks(plan)
    task_cost, task_actual = costs.task_cost, costs.task_actual_cost
    shapes = cost_shapes(plan, costs)
    planned = cost_shapes(plan, costs, base) if base is not None else shapes  # PV's
    accruals = cost_accruals(plan, costs)
    mix = baseline_mix(plan, base, accruals)  # what EV and PV split the budget by
    times = schedule.get
    typed = done_through(plan.assignments, status_date)  # hours kept on their days by then
    for t in plan.tasks:
        if t.uid in is_parent:
            own[t.uid] = ZERO
            continue
        ac = task_actual.get(t.uid, 0.0)
        cost = task_cost.get(t.uid, 0.0)
        own[t.uid] = task_earned_value(
            t,
            entries.get(t.uid),
            ac,
            status_date,
            cal,
            clocks,
            cost,
            shapes.get(t.uid, ()),
            accruals.get(t.uid, ()),
            times(t.uid) if (ac or t.percent_complete) and t.uid not in typed else None,
            method,
            planned.get(t.uid, ()),
            mix.get(t.uid),
        )
    total = dict(own)
    # The active children's baseline, current and actual costs, and their actual cost
    # spent after the status date, added last child first.
    kids_bac = dict.fromkeys(is_parent, 0.0)
    kids_cost = dict.fromkeys(is_parent, 0.0)
    kids_actual = dict.fromkeys(is_parent, 0.0)
    kids_late = dict.fromkeys(is_parent, 0.0)
    for t in reversed(plan.tasks):  # a summary's children are all added before it is read
        uid = t.uid
        if uid in is_parent:
            entry, cost, actual = (
                entries.get(uid),
                task_cost.get(uid, 0.0),
                task_actual.get(uid, 0.0),
            )
            own_bac = summary_own_bac(entry, kids_bac[uid], cost, kids_cost[uid])
            spent = own_spent(actual, kids_actual[uid])
            mine = summary_own_earned_value(
                priced_task(t, times(uid)) if own_bac or spent else t,
                entry,
                own_bac,
                status_date,
                cal,
                clocks,
                times(uid) if spent or own_bac else None,
                spent,
            )
            late = kids_late[uid] + (spent - mine.ac)
            total[uid] = summary_earned_value(total[uid], entry, cost, actual, mine, late)
        p = parents[uid]
        if p is not None and t.active:
            total[p] = total[p] + total[uid]
            entry = entries.get(uid)
            if entry is not None:
                kids_bac[p] += entry.cost
            kids_cost[p] += task_cost.get(uid, 0.0)
            spent_here = task_actual.get(uid, 0.0)
            kids_actual[p] += spent_here
            kids_late[p] += spent_here - total[uid].ac
    return total


def project_earned_value(
    plan: Plan, values: dict[int, EarnedValue], tops: Iterable[int] | None = None
) -> EarnedValue:
    """The whole project's figures (sum of the top-level tasks; ``tops``: their uids in
    plan order, when the caller has them).

    An inactive task adds its budget only (the Budget card, ``CostReport.budget``,
    sums every top-level task's baseline, as a summary keeps the baseline of a
    subtask switched off since): its PV, EV, AC and cost count nowhere, as in the costs.
    """
    if tops is None:
        tops = [t.uid for t in plan.tasks if t.outline_level == 1]
    out = ZERO
    for uid in tops:
        value = values.get(uid, ZERO)
        if plan.has_task(uid) and not plan.task(uid).active:
            value = EarnedValue(value.bac, 0.0, 0.0, 0.0)
        out = out + value
    return out


def actual_to_date(
    plan: Plan, costs: CostReport, values: dict[int, EarnedValue], tops: Iterable[int] | None = None
) -> float:
    """The project's actual cost up to the status date (its ACWP, as the cards and the status
    report show it): its actual cost less what its active top-level tasks (``tops``, as
    :func:`project_earned_value` takes them) spent after the status date; the actual cost
    itself to the last bit when nothing was."""
    if tops is None:
        tops = [t.uid for t in plan.tasks if t.outline_level == 1]
    actual = costs.task_actual_cost
    late = 0.0
    for uid in tops:
        value = values.get(uid)
        if value is not None and plan.has_task(uid) and plan.task(uid).active:
            late += actual.get(uid, 0.0) - value.ac
    return costs.total_actual_cost - late
