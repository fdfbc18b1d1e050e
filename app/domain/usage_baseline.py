"""The Usage views' Baseline Work and Baseline Cost rows (MS Project's Format > Details >
Baseline Work, Baseline Cost): baseline 0 laid over time, per row and period.

An assignment's baseline (:func:`app.domain.baseline_people.people_baselines`) is laid as
planned value lays it: its Baseline Work from its baseline start to its finish on its
person's calendar, shaped by the contour or the periods typed then; its Baseline Cost in
proportion to that work, whole at the start or the finish for a resource whose Accrue At
is Start or End (a cost item's evenly over its span on the project's calendar when it
accrues prorated). A task's rows sum its people's (work: people alone, as its Work row),
plus what of its baseline its people do not hold: its own Baseline Fixed Cost at its
baseline start, finish or over its span (its Fixed Cost Accrual when saved, else now), and
any work or cost left (no people, or people taken off since) evenly over its baseline
span. A person's, a summary's and a group's rows sum their rows'.

Baseline days before or after the view's day axis fall in its first or last day, so a
row's figures add up to its baseline whatever the timescale shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np

from app.domain.baseline import AssignmentBaselineEntry, BaselineEntry
from app.domain.baseline_people import baseline_of, people_baselines
from app.domain.contours import WorkContour, span_pieces
from app.domain.costs import CostReport
from app.domain.edited_work import laid_pieces
from app.domain.plan import Plan
from app.domain.resource import ResourceType
from app.domain.task import CostAccrual
from app.domain.usage_periods import Periods
from app.domain.usage_tree import RowKind, UsageTree
from app.domain.workload import (
    DayCalendar,
    _day_minutes_row,
    _lay,
    _piece_spreads,
    _resource_calendar,
    _Spread,
)

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]
    # figures on some days of the axis: the days' indexes (a day may repeat) and the figures
    Days = tuple[IntArray, FloatArray]

BASELINE_INDEX = 0  # MS Project's Baseline Work and Cost are baseline 0's
_TINY = 1e-6


class BaselineLaying:
    """Baseline 0 of ``plan`` laid over a usage's day axis (``first_day``, ``n_days``):
    each assignment's and each task's own Baseline Work and Cost per day, worked out when
    first asked and kept."""

    def __init__(self, plan: Plan, costs: CostReport | None, first_day: date, n_days: int) -> None:
        self.plan = plan
        self.first_day = first_day
        self.n_days = n_days
        self.base = baseline_of(plan, BASELINE_INDEX)
        self._entries: dict[int, AssignmentBaselineEntry] = (
            people_baselines(plan, self.base, costs) if self.base is not None else {}
        )
        self._tasks: dict[int, BaselineEntry] = (
            {e.task_uid: e for e in self.base.entries} if self.base is not None else {}
        )
        self._people = {r.uid: r for r in plan.resources}
        self._cals: dict[int | None, DayCalendar] = {}
        self._project_cal = DayCalendar(plan, None)
        self._laid: dict[int, tuple[Days, Days]] = {}
        self._own: dict[int, tuple[Days, Days]] = {}
        self._contours: dict[int, WorkContour] | None = None  # read when first asked

    # ------------------------------------------------------------------ assignments

    def assignment_days(self, uid: int) -> tuple[Days, Days]:
        """An assignment's Baseline Work (minutes, a material's units) and Baseline Cost on
        the days of the axis it falls on (none without a baseline)."""
        got = self._laid.get(uid)
        if got is None:
            got = self._laid[uid] = self._lay_assignment(uid)
        return got

    def _lay_assignment(self, uid: int) -> tuple[Days, Days]:
        e = self._entries.get(uid)
        res = self._people.get(e.resource_uid) if e is not None else None
        if e is None or res is None or e.start is None or e.finish is None:
            return _NO_DAYS, _NO_DAYS
        if res.type is ResourceType.COST:
            cost = self._accrued(e.start, e.finish, e.cost, res.accrue_at, self._project_cal)
            return _NO_DAYS, cost
        cal = _resource_calendar(self.plan, res, self._cals)
        work = self._work_days(e, cal)
        total = float(work[1].sum())
        if res.accrue_at is not CostAccrual.PRORATED or total <= _TINY:
            accrual = res.accrue_at if total > _TINY else CostAccrual.PRORATED
            return work, self._accrued(e.start, e.finish, e.cost, accrual, cal)
        return work, (work[0], work[1] * (e.cost / total))

    def _work_days(self, e: AssignmentBaselineEntry, cal: DayCalendar) -> Days:
        """An assignment's baseline work per day: by its contour (or typed periods) then."""
        start, finish = e.start or datetime.min, e.finish or datetime.min  # both set: the caller's
        work = float(e.work_minutes)
        if work <= 0:
            return _NO_DAYS
        if e.edited_work and e.contour is WorkContour.CONTOURED:
            pieces = laid_pieces(e.edited_work, cal.worktime, start, work)
        else:
            contour = e.contour if e.laid else self._contour_now(e)
            if not contour.shaped:  # flat: evenly over its working time (most people)
                return self._accrued(start, finish, work, CostAccrual.PRORATED, cal)
            pieces = span_pieces(((start, finish),), cal.worktime, work, contour, 1.0)
        if not pieces:  # no working time of theirs in the span: on its first day
            return self._folded([_Spread(0, 0, 0, work, 0.0, 0.0)], start.date(), cal)
        origin = pieces[0][0].date()
        return self._folded(_piece_spreads(0, pieces, cal, origin), origin, cal)

    def _contour_now(self, e: AssignmentBaselineEntry) -> WorkContour:
        """A baseline that keeps no shape: an MS Project file's four figures are laid by the
        person's contour now (Flat for work typed since: its periods are not the
        baseline's); a task's baseline shared among its people, flat."""
        if self._contours is None:
            own = {x.assignment_uid for x in self.base.assignments} if self.base else set()
            self._contours = {a.uid: a.contour for a in self.plan.assignments if a.uid in own}
        contour = self._contours.get(e.assignment_uid, WorkContour.FLAT)
        return WorkContour.FLAT if contour is WorkContour.CONTOURED else contour

    # ------------------------------------------------------------------ tasks

    def task_own_days(self, task_uid: int, held: tuple[float, float]) -> tuple[Days, Days]:
        """What of a task's baseline its rows' people do not hold, per day: ``held`` is
        its people's Baseline Work and Cost in all (the module's note)."""
        got = self._own.get(task_uid)
        if got is None:
            got = self._own[task_uid] = self._lay_task(task_uid, held)
        return got

    def _lay_task(self, task_uid: int, held: tuple[float, float]) -> tuple[Days, Days]:
        e = self._tasks.get(task_uid)
        if e is None or e.start is None or e.finish is None or not self.plan.has_task(task_uid):
            return _NO_DAYS, _NO_DAYS
        task = self.plan.task(task_uid)
        cal = self._project_cal
        accrual = e.fixed_cost_accrual or task.fixed_cost_accrual
        cost = self._accrued(e.start, e.finish, e.fixed_cost, accrual, cal)
        if self.plan.is_summary(task_uid):  # its subtasks' rows hold the rest
            return _NO_DAYS, cost
        work_left = e.work_minutes - held[0]
        cost_left = e.cost - e.fixed_cost - held[1]
        work = _NO_DAYS
        if abs(work_left) > 0.5:
            work = self._accrued(e.start, e.finish, work_left, CostAccrual.PRORATED, cal)
        if abs(cost_left) > 0.005:
            more = self._accrued(e.start, e.finish, cost_left, CostAccrual.PRORATED, cal)
            cost = (np.concatenate((cost[0], more[0])), np.concatenate((cost[1], more[1])))
        return work, cost

    def held(self, assignment_uids: list[int]) -> tuple[float, float]:
        """The Baseline Work (people's) and Cost of these assignments in all."""
        work = cost = 0.0
        for uid in assignment_uids:
            e = self._entries.get(uid)
            if e is None:
                continue
            res = self._people.get(e.resource_uid)
            if res is not None and res.type is ResourceType.WORK:
                work += e.work_minutes
            cost += e.cost
        return work, cost

    # ------------------------------------------------------------------ laying

    def _accrued(
        self,
        start: datetime,
        finish: datetime,
        amount: float,
        accrual: CostAccrual,
        cal: DayCalendar,
    ) -> Days:
        """``amount`` at ``start`` (Start), at ``finish`` (End) or evenly over the working
        time between them (Prorated; a span without any: at the start)."""
        if not amount:
            return _NO_DAYS
        if accrual is CostAccrual.END:
            at = (finish - timedelta(minutes=1)).date() if finish > start else finish.date()
            return self._folded([_Spread(0, 0, 0, amount, 0.0, 0.0)], at, cal)
        day = start.date()
        head, tail, total = cal.span(start, finish) if finish > start else (0, 0, 0)
        last = (finish.date() - day).days
        if accrual is CostAccrual.START or total <= 0 or last <= 0:
            return self._folded([_Spread(0, 0, 0, amount, 0.0, 0.0)], day, cal)
        rate = amount / total
        return self._folded([_Spread(0, 0, last, head * rate, tail * rate, rate)], day, cal)

    def _folded(self, spreads: list[_Spread], origin: date, cal: DayCalendar) -> Days:
        """Spreads laid from ``origin`` moved onto the axis, days beyond it at its ends."""
        n = self.n_days
        if not spreads or n <= 0:
            return _NO_DAYS
        span = max(max(sp.last for sp in spreads) + 1, 1)
        if span == 1:  # all on one day: no calendar to read
            day = min(max((origin - self.first_day).days, 0), n - 1)
            return np.array([day], dtype=np.int64), np.array([sum(sp.head for sp in spreads)])
        minutes = _day_minutes_row(cal, origin, span)
        days = _lay(spreads, minutes)
        offset = (origin - self.first_day).days
        at = np.arange(offset, offset + span, dtype=np.int64)
        if offset < 0 or offset + span > n:  # beyond the axis: at its ends
            at = np.minimum(np.maximum(at, 0), n - 1)
        return at, days


def baseline_days(plan: Plan) -> tuple[date, date] | None:
    """The first and last day baseline 0 lays anything on (None: no baseline): what a
    usage's day axis reaches for its Baseline rows to lie in their own periods."""
    base = baseline_of(plan, BASELINE_INDEX)
    if base is None:
        return None
    moments = [m for e in base.entries for m in (e.start, e.finish) if m is not None]
    moments += [m for a in base.assignments for m in (a.start, a.finish) if m is not None]
    if not moments:
        return None
    return min(moments).date(), max(moments).date()


def by_period(days: Days, periods: Periods) -> FloatArray:
    """Figures on days of the axis summed into ``periods`` (their bounds: days of the same
    axis); a day before the first period or after the last in that one."""
    n = len(periods)
    at, values = days
    if not n or not len(at):
        return np.zeros(n)
    k = np.searchsorted(periods.bounds, at, side="right") - 1
    k = np.minimum(np.maximum(k, 0), n - 1)
    out: FloatArray = np.bincount(k, weights=values, minlength=n)[:n].astype(np.float64)
    return out


_NO_DAYS: Days = (np.zeros(0, dtype=np.int64), np.zeros(0))


class BaselineRows:
    """The Baseline Work and Baseline Cost of every row of a usage outline, per period.

    ``laying``: None without the plan (every figure 0). ``counted(row, child)``: whether a child's figures add to its row's (inactive work
    adds to no person nor active summary: :meth:`UsageDetails._counted_in`)."""

    def __init__(
        self,
        tree: UsageTree,
        periods: Periods,
        laying: BaselineLaying | None,
        counted: Callable[[int, int], bool],
    ) -> None:
        self.tree = tree
        self.periods = periods
        self.laying = laying
        self._counted = counted
        self._memo: dict[tuple[int, bool], FloatArray] = {}
        self._by_task: dict[int, list[int]] | None = None

    def values(self, row: int, cost: bool) -> FloatArray:
        """Row ``row``'s Baseline Cost (``cost``) or Baseline Work per period."""
        key = (row, cost)
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = self._compute(row, cost)
        return got

    def _compute(self, row: int, cost: bool) -> FloatArray:
        tree, laying = self.tree, self.laying
        if laying is None or laying.base is None:
            return np.zeros(len(self.periods))
        kind = tree.kind[row]
        if kind == RowKind.ASSIGNMENT:
            uid = tree.usage.assignments[tree.ref[row]].uid
            return by_period(laying.assignment_days(uid)[cost], self.periods)
        if kind == RowKind.COST_ASSIGNMENT:
            if not cost:
                return np.zeros(len(self.periods))
            uid = tree.costs.assignments[tree.ref[row]].uid
            return by_period(laying.assignment_days(uid)[1], self.periods)
        out = np.zeros(len(self.periods))
        for child in tree.children(row):
            if not self._counted(row, child):
                continue
            material = tree.kind[child] == RowKind.ASSIGNMENT and not self._worker(child)
            if not cost and material and kind != RowKind.RESOURCE:
                continue  # a material's quantity is no work of its task's (its Work row's)
            out = out + self.values(child, cost)
        if kind == RowKind.TASK:
            task_uid = tree.usage.tasks[tree.ref[row]].uid
            own = laying.task_own_days(task_uid, laying.held(self._task_people(laying, task_uid)))
            out = out + by_period(own[cost], self.periods)
        return out

    def _worker(self, row: int) -> bool:
        u = self.tree.usage
        res = u.resources[u.resource_row_of(self.tree.ref[row])]
        return res.type is ResourceType.WORK

    def _task_people(self, laying: BaselineLaying, task_uid: int) -> list[int]:
        """The task's assignments (people, materials, cost items) that are in the plan now."""
        if self._by_task is None:
            self._by_task = {}
            for a in laying.plan.assignments:
                self._by_task.setdefault(a.task_uid, []).append(a.uid)
        return self._by_task.get(task_uid, [])
