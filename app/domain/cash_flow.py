"""The Cash Flow report: how much money goes out in each week, month or quarter, and in total
by each period's end (MS Project's Reports > Costs > Cash Flow).

The money is the one cost model's, laid over time as the Task Usage view's Cost detail lays
it (:mod:`app.domain.usage_details`): people's work priced each day at the rate in force,
a cost per use at the start, a task's fixed cost by its accrual (Start, Prorated, End),
cost items by their Accrue At, credits negative. So the Total row adds up to the plan's
total cost, the Budget's "Project total". Rows are the tasks down to an outline level
(1: the top-level tasks); the Total and Cumulative rows add the top-level tasks only, so
a subtask shown under its summary is not counted twice. A baseline's cost (baseline 0,
the Budget's Budget column) goes beside each row's total when the plan has one.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import Enum

import numpy as np

from app.domain.costs import CostReport
from app.domain.earned_value_curve import s_curve
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.usage import build_usage
from app.domain.usage_bookings import Bookings
from app.domain.usage_costs import CostUsage
from app.domain.usage_detail_rows import Detail
from app.domain.usage_details import UsageDetails
from app.domain.usage_periods import Periods, Scale, named_member, next_period, period_label
from app.domain.usage_tree import RowKind, build_usage_tree


class CashPeriod(Enum):
    """The length of one column of the report."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"

    @classmethod
    def named(cls, text: str) -> CashPeriod:
        """``week``, ``month``, ``quarter`` (or their plurals, any case); ValueError else."""
        return named_member(cls, text)


@dataclass(frozen=True, slots=True)
class CashFlowRow:
    """One task's money per period; ``depth`` 0 is a top-level task."""

    uid: int
    name: str
    depth: int
    summary: bool
    figures: tuple[float, ...]
    total: float
    baseline: float | None


BASELINE_CUMULATIVE = "Baseline cumulative"
BASELINE_BY_TASKS = "Baseline cumulative (tasks' own baselines)"


@dataclass(frozen=True, slots=True)
class CashFlow:
    """The report's columns (each period's first and last day, its heading) and rows."""

    period: CashPeriod
    starts: tuple[date, ...]
    ends: tuple[date, ...]
    labels: tuple[str, ...]
    rows: tuple[CashFlowRow, ...]
    totals: tuple[float, ...]
    cumulative: tuple[float, ...]
    total: float
    baseline_total: float | None  # None: no task has a baseline cost
    # the baseline's money spent by each period's end (its planned value, PV): None without one
    baseline_cumulative: tuple[float, ...] | None = None
    # the tasks' own baselines the cumulative row spreads, in all (None without a baseline)
    baseline_spread_total: float | None = None

    @property
    def baseline_by_tasks(self) -> bool:
        """Whether the Baseline cumulative row spreads another sum than the Baseline
        column's Total (the Budget): a summary's typed Baseline Cost counts in the Total as
        typed, while the row spreads its tasks' own baselines over their baseline dates."""
        spread, total = self.baseline_spread_total, self.baseline_total
        return spread is not None and total is not None and abs(spread - total) >= 0.005

    @property
    def baseline_cumulative_label(self) -> str:
        """The Baseline cumulative row's name, saying when it is the tasks' own baselines."""
        return BASELINE_BY_TASKS if self.baseline_by_tasks else BASELINE_CUMULATIVE

    @property
    def has_costs(self) -> bool:
        """Whether any money goes out at all (a plan with no rates and no fixed costs: no)."""
        return any(abs(v) >= 0.005 for v in self.totals)


def _quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def _quarter_end(start: date) -> date:
    """The last day of the quarter starting on ``start``."""
    month = start.month + 3
    following = date(start.year + 1, 1, 1) if month > 12 else date(start.year, month, 1)
    return following - timedelta(days=1)


def _columns(periods: Periods, period: CashPeriod) -> list[list[int]]:
    """Which usage periods (weeks or months) make each column: quarters gather months."""
    if period is not CashPeriod.QUARTER:
        return [[k] for k in range(len(periods))]
    groups: list[list[int]] = []
    last: date | None = None
    for k, start in enumerate(periods.starts):
        quarter = _quarter_start(start)
        if quarter != last:
            groups.append([])
            last = quarter
        groups[-1].append(k)
    return groups


def _label(periods: Periods, period: CashPeriod, first: int) -> str:
    start = periods.starts[first]
    if period is CashPeriod.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    return period_label(start, periods.scale)


def cash_flow(
    plan: Plan, schedule: Schedule, costs: CostReport, period: CashPeriod, level: int = 1
) -> CashFlow:
    """The Cash Flow of a scheduled plan by ``period``, its tasks down to outline ``level``."""
    usage = build_usage(plan, schedule)
    tree = build_usage_tree(usage, CostUsage(plan, schedule, usage), True)
    periods = usage.periods(Scale.WEEKS if period is CashPeriod.WEEK else Scale.MONTHS)
    details = UsageDetails(tree, periods, costs, Bookings(plan, schedule))
    groups = _columns(periods, period)
    starts = tuple(
        _quarter_start(periods.starts[g[0]])
        if period is CashPeriod.QUARTER
        else periods.starts[g[0]]
        for g in groups
    )
    ends = tuple(
        _quarter_end(start) if period is CashPeriod.QUARTER else periods.last_day(g[-1])
        for start, g in zip(starts, groups, strict=True)
    )
    labels = tuple(_label(periods, period, g[0]) for g in groups)
    has_baseline = bool(costs.task_baseline_cost)
    rows: list[CashFlowRow] = []
    firsts = np.array([g[0] for g in groups], dtype=np.intp)  # each column's first period
    totals = np.zeros(len(groups), dtype=np.float64)
    baseline_total = 0.0
    task_rows = [r for r in range(len(tree)) if tree.kind[r] == RowKind.TASK]
    depth_of = {r: int(tree.depth[r]) for r in task_rows}
    for i, r in enumerate(task_rows):
        depth = depth_of[r]
        if depth >= level:
            continue
        money = details.values(r, Detail.COST)
        figures = np.add.reduceat(money, firsts) if len(firsts) else money[:0]
        uid = int(tree.uid[r])
        later = task_rows[i + 1] if i + 1 < len(task_rows) else None
        baseline = costs.task_baseline_cost.get(uid) if has_baseline else None
        if depth == 0:
            totals += figures
            baseline_total += baseline or 0.0
        rows.append(
            CashFlowRow(
                uid=uid,
                name=tree.name(r),
                depth=depth,
                summary=later is not None and depth_of[later] > depth,
                figures=tuple(figures.tolist()),
                total=float(figures.sum()),
                baseline=baseline,
            )
        )
    # A baseline finishing after the plan (a plan ahead of schedule, or descoped): columns
    # on to the baseline's finish, so finance sees the whole planned curve; none spent there
    more = _baseline_columns(plan, period, starts, ends) if has_baseline else []
    if more:
        starts += tuple(m[0] for m in more)
        ends += tuple(m[1] for m in more)
        labels += tuple(m[2] for m in more)
        pad = (0.0,) * len(more)
        rows = [replace(row, figures=row.figures + pad) for row in rows]
        totals = np.concatenate([totals, np.zeros(len(more))])
    running = np.cumsum(totals)
    planned, spread = (
        _planned_by(plan, schedule, costs, starts, ends) if has_baseline else (None, None)
    )
    return CashFlow(
        period=period,
        starts=starts,
        ends=ends,
        labels=labels,
        rows=tuple(rows),
        totals=tuple(totals.tolist()),
        cumulative=tuple(running.tolist()),
        total=float(totals.sum()),
        baseline_total=baseline_total if has_baseline else None,
        baseline_cumulative=planned,
        baseline_spread_total=spread,
    )


def _baseline_columns(
    plan: Plan, period: CashPeriod, starts: tuple[date, ...], ends: tuple[date, ...]
) -> list[tuple[date, date, str]]:
    """The columns (first day, last day, heading) after ``ends``' last, up to the finish of
    the baseline planned value is measured by (the project's Earned Value baseline)."""
    base = plan.baselines.get(plan.project.ev_baseline)
    finishes = [e.finish for e in base.entries if e.finish is not None] if base else []
    if not finishes or not ends or max(finishes).date() <= ends[-1]:
        return []
    last = max(finishes).date()
    scale = Scale.WEEKS if period is CashPeriod.WEEK else Scale.MONTHS
    more: list[tuple[date, date, str]] = []
    day = ends[-1] + timedelta(days=1)
    while day <= last:
        if period is CashPeriod.QUARTER:
            end = _quarter_end(day)
            label = f"Q{(day.month - 1) // 3 + 1} {day.year}"
        else:
            end = next_period(day, scale) - timedelta(days=1)
            label = period_label(day, scale)
        more.append((day, end, label))
        day = end + timedelta(days=1)
    return more


def _planned_by(
    plan: Plan,
    schedule: Schedule,
    costs: CostReport,
    starts: tuple[date, ...],
    ends: tuple[date, ...],
) -> tuple[tuple[float, ...], float]:
    """Baseline 0's cost planned by the end of each period: the S-curve's PV (the Budget
    view's curve), read day by day, so a baseline that runs later than the plan shows it;
    and all it plans, to its last baseline finish (the tasks' own baselines, spread)."""
    curve = s_curve(plan, schedule, costs, datetime.combine(starts[0], time()), 1, 0)
    figures = []
    for end in ends:
        k = bisect_right(curve.dates, end) - 1
        figures.append(round(curve.pv[k], 2) if k >= 0 else 0.0)
    return tuple(figures), round(curve.pv[-1], 2) if curve.pv else 0.0
