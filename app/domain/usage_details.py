"""The detail rows of the usage views: what MS Project's Format > Details adds under each row.

Work is the view's own figure (:meth:`app.domain.usage_tree.UsageTree.values`). The others:

* Overallocation: a person's work beyond their capacity (max units in force that day x
  the working time of their calendar), day by day, summed over the period; only in the
  periods the over-allocation rules flag (:meth:`app.domain.usage.Usage.overallocated`,
  the red cells), so the figure and the red agree.
* Remaining Availability: a person's capacity in the period less their work, not below 0.
* Cost: each assignment's cost as the cost model prices it (``CostReport.assignments``;
  a cost item's assignment its own money) laid as its work is: a cost per use at its first
  period, the rest in proportion to its work per period, all at the first or the last
  period for a resource whose Accrue At is Start or End. A person's, a task's or a group's
  cost sums its rows'.
  A task's cost adds its own fixed cost to its people's: all in the period of its start or
  of its finish when its Fixed Cost Accrual is Start or End, else spread over its days in
  proportion to the project calendar's working time (MS Project prorates it over the
  task's duration); a summary's own fixed cost too, on top of its subtasks'.
* Actual Work: each person's actual work (typed, or their share of the task's % complete,
  as the cost model reads it) as the first of their work (Gantry keeps no timephased
  actuals: the done part is where the work starts, as MS Project spreads actual work
  entered as a total, and as earned value reads it).
* Actual Cost: each assignment's actual cost (``CostReport.assignments``) as the first of
  its Cost row, so done work pays the rates in force when it was done, a cost per use and
  a Start accrual fall at the start, an End one when finished; a task's adds the part of
  its own fixed cost already incurred, as the first of its fixed cost.
* Baseline Work, Baseline Cost: baseline 0 laid over time as planned value lays it
  (:mod:`app.domain.usage_baseline`).
* Cumulative Work, Remaining Cumulative Work, Cumulative Cost: running totals of the Work
  and Cost rows (:mod:`app.domain.usage_cumulative`).
* Peak Units: the highest units a person is booked at within the period (MS Project's
  timephased Peak Units; :class:`app.domain.usage_bookings.Bookings`), in percent.

Overallocation, Remaining Availability and Peak Units are a person's own rows' (blank
elsewhere, as a task has no capacity); Actual Work counts people's work only, as the Work
of a task does.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np

from app.domain.cost_pricing import fixed_cost_actual, priced_task, rate_at
from app.domain.costs import CostReport
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import CostAccrual
from app.domain.usage_baseline import BaselineLaying, BaselineRows
from app.domain.usage_bookings import Bookings
from app.domain.usage_cumulative import BASE, around, running_total
from app.domain.usage_detail_rows import BASELINED, Detail
from app.domain.usage_periods import Periods, Scale
from app.domain.usage_tree import MONEY, RowKind, UsageTree
from app.domain.workload import DayCalendar, _resource_calendar, max_units_on

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]


PERCENT = "%"  # the unit of Peak Units' figures (150.0: booked at 150 %)


def detail_unit(detail: Detail, row_unit: str) -> str:
    """What a detail's figures count: money for Cost, percent for Peak Units, else the row's
    own unit (work)."""
    if detail is Detail.PEAK_UNITS:
        return PERCENT
    money = (Detail.COST, Detail.ACTUAL_COST, Detail.BASELINE_COST, Detail.CUMULATIVE_COST)
    return MONEY if detail in money else row_unit


def first_of(figures: FloatArray, done: float) -> FloatArray:
    """The first ``done`` of a row's ``figures`` per period (its work or cost from the
    start); more done than the row holds: the rest in its last period with any."""
    out = np.zeros(len(figures))
    if done <= 0 or not len(figures):
        return out
    reached = np.minimum(np.cumsum(figures), done)
    out[:] = np.diff(reached, prepend=0.0)
    if done > reached[-1] + 1e-9:
        held = np.flatnonzero(figures)
        out[int(held[-1]) if len(held) else -1] += done - reached[-1]
    return out


def percent_text(value: float) -> str:
    """A Peak Units figure as MS Project writes it: ``150%``."""
    return f"{value:,.0f}%"


class UsageDetails:
    """The detail figures of one outline over one timescale, per row, worked out on demand
    and kept (the view asks row by row as it scrolls). ``bookings`` (of the plan and
    schedule the tree shows) gives Peak Units and the dates a task's fixed cost falls on;
    without it those are left out."""

    def __init__(
        self,
        tree: UsageTree,
        periods: Periods,
        costs: CostReport | None,
        bookings: Bookings | None = None,
    ) -> None:
        self.tree = tree
        self.periods = periods
        self._costs = costs
        self._bookings = bookings
        self._memo: dict[tuple[int, Detail], FloatArray] = {}
        self._capacity: dict[int, FloatArray] | None = None
        self._cals: dict[int | None, DayCalendar] = {}  # people's calendars, by calendar uid
        self._over = tree.usage.overallocated(periods)
        self._baseline: BaselineRows | None = None
        self._around: UsageDetails | None = None  # the days before and after the periods

    def unit(self, row: int, detail: Detail) -> str:
        """The unit of a row's detail figures."""
        return detail_unit(detail, self.tree.unit(row))

    def values(self, row: int, detail: Detail) -> FloatArray:
        """Row ``row``'s figures of ``detail`` in every period (zeros where it has none)."""
        key = (row, detail)
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = self._compute(row, detail)
        return got

    # ------------------------------------------------------------------ the figures

    def _compute(self, row: int, detail: Detail) -> FloatArray:
        tree = self.tree
        n = len(self.periods)
        if detail is Detail.WORK:
            return tree.values(row, self.periods)
        kind = tree.kind[row]
        base = BASE.get(detail)
        if base is not None:
            return self._running_total(row, detail, base)
        if detail in BASELINED:
            return self._baseline_rows().values(row, detail is Detail.BASELINE_COST)
        if detail in (Detail.OVERALLOCATION, Detail.AVAILABILITY, Detail.PEAK_UNITS):
            person = tree.person(row)
            if person < 0:
                return np.zeros(n)
            if detail is Detail.PEAK_UNITS:
                return self._peak_units(person)
            return self._person_against_capacity(person, detail is Detail.OVERALLOCATION)
        if kind in (RowKind.ASSIGNMENT, RowKind.COST_ASSIGNMENT):
            if detail is Detail.COST:
                return self._assignment_cost(row)
            if detail is Detail.ACTUAL_COST:
                return self._assignment_actual_cost(row)
            return self._assignment_actual(row)
        if kind == RowKind.COST_ITEM and detail is not Detail.ACTUAL_COST:
            cost_item = tree.values(row, self.periods)
            return cost_item if detail is Detail.COST else np.zeros(n)
        out = np.zeros(n)
        if kind == RowKind.TASK and detail is Detail.COST:
            out += self._fixed_cost(row)
        elif kind == RowKind.TASK and detail is Detail.ACTUAL_COST:
            task = tree.usage.tasks[tree.ref[row]]
            if self._bookings is not None:  # a summary's % complete: rolled up, as priced
                task = priced_task(task, self._bookings.schedule.get(task.uid))
            out += first_of(self._fixed_cost(row), fixed_cost_actual(task))
        for child in tree.children(row):
            if self._counted_in(row, child):
                out = out + self.values(child, detail)
        return out

    def _running_total(self, row: int, detail: Detail, base: Detail) -> FloatArray:
        """A Cumulative row: ``base``'s figures added up, with those before and after the
        periods shown (:mod:`app.domain.usage_cumulative`)."""
        if self._around is None:
            outer = around(self.periods, self.tree.usage.n_days)
            self._around = UsageDetails(self.tree, outer, self._costs, self._bookings)
        before, _, after = self._around.values(row, base).tolist()
        return running_total(self.values(row, base), before, after, detail)

    def _counted_in(self, row: int, child: int) -> bool:
        """Whether ``child``'s figures add to ``row``'s: inactive work (an inactive task's, or
        under an inactive summary) adds to no person and to no active summary, as the work
        and the cost report leave it out; an inactive summary keeps its subtasks' figures."""
        tree = self.tree
        u = tree.usage
        kind, ref = tree.kind[child], tree.ref[child]
        if kind == RowKind.ASSIGNMENT:
            live = bool(u.counted[ref])
        elif kind == RowKind.TASK:
            live = bool(u.task_counted[ref])
        else:
            return True
        parent_kind = tree.kind[row]
        if live or parent_kind != RowKind.TASK:
            return live
        return not bool(u.task_counted[tree.ref[row]])

    def _baseline_rows(self) -> BaselineRows:
        """Baseline 0 laid over this outline's periods (the plan read from ``bookings``)."""
        if self._baseline is None:
            u = self.tree.usage
            plan = self._bookings.plan if self._bookings is not None else None
            laying = None
            if plan is not None:
                laying = BaselineLaying(plan, self._costs, u.first_day, u.n_days)
            self._baseline = BaselineRows(self.tree, self.periods, laying, self._counted_in)
        return self._baseline

    def _peak_units(self, person: int) -> FloatArray:
        """A person's Peak Units per period, in percent."""
        if self._bookings is None:
            return np.zeros(len(self.periods))
        uid = self.tree.usage.resources[person].uid
        peaks: FloatArray = self._bookings.peaks(uid, self.periods) * 100.0
        return peaks

    def _fixed_cost(self, row: int) -> FloatArray:
        """A task's own fixed cost laid over its periods by its accrual (the module's note).

        An inactive task's too: its own Cost keeps it (the sheet, the Budget), as its work's;
        it adds to no active summary nor the project (:meth:`_counted_in`)."""
        n, periods = len(self.periods), self.periods
        out = np.zeros(n)
        task = self.tree.usage.tasks[self.tree.ref[row]]
        times = self._bookings.schedule.get(task.uid) if self._bookings is not None else None
        if not task.fixed_cost or times is None or not n:
            return out
        u = self.tree.usage
        first = (times.start.date() - u.first_day).days
        last = ((times.finish - timedelta(minutes=1)).date() - u.first_day).days
        last = max(first, last)
        bounds = periods.bounds

        def period_of(day: int) -> int:
            return int(np.clip(np.searchsorted(bounds, day, side="right") - 1, 0, n - 1))

        accrual = task.fixed_cost_accrual
        if accrual is not CostAccrual.PRORATED:
            out[period_of(first if accrual is CostAccrual.START else last)] = task.fixed_cost
            return out
        axis = self._day_axis()
        lo, hi = max(first, 0), min(last + 1, u.n_days)
        minutes = u.working_minutes(axis)[0][lo:hi]  # the project calendar's
        if hi <= lo or minutes.sum() <= 0:
            out[period_of(first)] = task.fixed_cost
            return out
        days = np.zeros(u.n_days)
        days[lo:hi] = task.fixed_cost * minutes / minutes.sum()
        cum = np.concatenate(([0.0], np.cumsum(days)))
        spread: FloatArray = np.diff(cum[np.clip(bounds, 0, u.n_days)])
        return spread

    def _work(self, row: int) -> FloatArray:
        return self.values(row, Detail.WORK)

    def _assignment_cost(self, row: int) -> FloatArray:
        """An assignment's cost laid as its work is (see the module's note)."""
        tree, n = self.tree, len(self.periods)
        if tree.kind[row] == RowKind.COST_ASSIGNMENT:
            return tree.values(row, self.periods)  # a cost item's money, as it accrues
        u = tree.usage
        a = u.assignments[tree.ref[row]]
        priced = self._costs.assignments.get(a.uid) if self._costs is not None else None
        work = self._work(row)
        worked = np.flatnonzero(np.abs(work) > 1e-9)
        if priced is None or not priced.cost or not len(worked):
            return np.zeros(n)
        res = u.resources[u.resource_row_of(tree.ref[row])]
        task = u.tasks[u.task_row_of(a.task_uid)]
        per_use = rate_at(res, task.start, a.rate_table).cost_per_use
        if res.type is ResourceType.WORK:
            per_use *= a.units
        per_use = min(per_use, priced.cost)
        out = np.zeros(n)
        first, last = int(worked[0]), int(worked[-1])
        out[first] += per_use
        rest = priced.cost - per_use
        if res.accrue_at is CostAccrual.START:
            out[first] += rest
        elif res.accrue_at is CostAccrual.END:
            out[last] += rest
        else:
            priced_work = self._priced_work(row, res, work)
            out += rest * priced_work / priced_work.sum()
        return out

    def _priced_work(self, row: int, res: Resource, work: FloatArray) -> FloatArray:
        """A person's (or material's) work per period weighted by the rates in force in it:
        the work itself when one rate covers all of it (the common case, no day pass);
        else each day's work at that day's rates (regular and overtime in the assignment's
        proportion), so a month after a raise costs its hours at the new rate (MS Project's
        timephased cost), summed per period."""
        a = self.tree.usage.assignments[self.tree.ref[row]]
        tables = res.rate_tables
        entries = tables[a.rate_table] if a.rate_table < len(tables) else ()
        changes = sorted({e.start for e in entries if e.start is not None})
        if not changes:
            return work
        u = self.tree.usage
        days = u.assignment_values(self.tree.ref[row], self._day_axis())
        worked = np.flatnonzero(days)
        if not len(worked):
            return work
        # the day each rate takes over whole (a change during a day: from the next one;
        # that day itself is priced in its hours before and after the change, below)
        begin, end = int(worked[0]), int(worked[-1])
        cuts = [(c.date() - u.first_day).days + (c.time() > time.min) for c in changes]
        cuts = [begin, *(k for k in cuts if begin < k <= end), u.n_days]
        mid_day = sorted(
            {
                k
                for c in changes
                if c.time() > time.min and begin <= (k := (c.date() - u.first_day).days) <= end
            }
        )
        if len(cuts) == 2 and not mid_day:
            return work
        total = float(days.sum())
        overtime = min(float(a.overtime_work_minutes), total) / total
        price = np.zeros(u.n_days)
        for lo, hi in pairwise(cuts):
            if hi <= lo:
                continue
            entry = rate_at(
                res, datetime.combine(u.first_day + timedelta(days=lo), time()), a.rate_table
            )
            price[lo:hi] = (1.0 - overtime) * entry.standard_rate + overtime * entry.overtime_rate
        for k in mid_day:
            day = u.first_day + timedelta(days=k)
            blended = self._day_price(a, res, day, changes, overtime)
            if blended is not None:
                price[k] = blended
        cum = np.concatenate(([0.0], np.cumsum(days * price)))
        weighted: FloatArray = np.diff(cum[np.clip(self.periods.bounds, 0, u.n_days)])
        return weighted if weighted.sum() > 0 else work

    def _day_price(
        self, a: Assignment, res: Resource, day: date, changes: list[datetime], overtime: float
    ) -> float | None:
        """The price of an hour on a day a rate changes during: each stretch of the day
        between changes at its own rates, weighted by the person's working time in it
        within their task's span (MS Project prices the hours after a raise at the new rate
        from that moment); None without the schedule or any working time that day."""
        if self._bookings is None:
            return None
        times = self._bookings.schedule.get(a.task_uid)
        if times is None:
            return None
        plan = self._bookings.plan
        cal = _resource_calendar(plan, res, self._cals)
        start = max(datetime.combine(day, time.min), times.start)
        finish = min(datetime.combine(day + timedelta(days=1), time.min), times.finish)
        inside = [c for c in changes if start < c < finish]
        weighed = total = 0.0
        for lo, hi in pairwise([start, *inside, finish]):
            minutes = cal.between(lo, hi) if hi > lo else 0.0
            entry = rate_at(res, lo, a.rate_table)
            price = (1.0 - overtime) * entry.standard_rate + overtime * entry.overtime_rate
            weighed += minutes * price
            total += minutes
        return weighed / total if total > 0 else None

    def _assignment_actual(self, row: int) -> FloatArray:
        """A person's assignment's actual work, as the first of its work."""
        tree, n = self.tree, len(self.periods)
        if tree.kind[row] != RowKind.ASSIGNMENT or tree.unit(row) != "h":
            return np.zeros(n)
        a = tree.usage.assignments[tree.ref[row]]
        priced = self._costs.assignments.get(a.uid) if self._costs is not None else None
        done = float(a.actual_work_minutes if priced is None else priced.actual_work_minutes)
        return first_of(self._work(row), done)

    def _assignment_actual_cost(self, row: int) -> FloatArray:
        """An assignment's actual cost, as the first of its cost (the module's note)."""
        tree = self.tree
        ref = tree.ref[row]
        cost_item = tree.kind[row] == RowKind.COST_ASSIGNMENT
        uid = (tree.costs if cost_item else tree.usage).assignments[ref].uid
        priced = self._costs.assignments.get(uid) if self._costs is not None else None
        if priced is None or not priced.actual_cost:
            return np.zeros(len(self.periods))
        return first_of(self.values(row, Detail.COST), priced.actual_cost)

    def _person_against_capacity(self, person: int, over: bool) -> FloatArray:
        """A person's work beyond capacity (``over``) or capacity left, per period."""
        bounds = self.periods.bounds
        work_days, capacity_days = self._days(person)
        if over:
            beyond = np.maximum(work_days - capacity_days, 0.0)
            cum = np.concatenate(([0.0], np.cumsum(beyond)))
            figures: FloatArray = np.diff(cum[bounds])
            return np.where(self._over[person], figures, 0.0)
        cum_work = np.concatenate(([0.0], np.cumsum(work_days)))
        cum_cap = np.concatenate(([0.0], np.cumsum(capacity_days)))
        left: FloatArray = np.maximum(np.diff(cum_cap[bounds]) - np.diff(cum_work[bounds]), 0.0)
        return left

    def _days(self, person: int) -> tuple[FloatArray, FloatArray]:
        """A person's work and capacity (minutes) on every day of the usage's day axis."""
        u = self.tree.usage
        axis = self._day_axis()
        work = u.resource_values(person, axis)
        minutes = u.working_minutes(axis)[u.resource_calendar[person]]
        res = u.resources[person]
        if res.availability:
            units = np.array([max_units_on(res, day) for day in axis.starts], dtype=np.float64)
        else:
            units = np.full(u.n_days, res.max_units, dtype=np.float64)
        return work, minutes * units

    def _day_axis(self) -> Periods:
        """Every day of the usage's day axis, a period each."""
        u = self.tree.usage
        return Periods(
            Scale.DAYS,
            tuple(u.first_day + timedelta(days=k) for k in range(u.n_days)),
            np.arange(u.n_days + 1, dtype=np.int64),
        )
