"""Cost items in the usage views: what each cost resource's assignments cost per period.

MS Project lists cost resources (travel, licences, a subcontract) in Resource
Usage with money where people have hours. An assignment of one costs what it
says (``Assignment.cost``), incurred as the item accrues: all at its task's
start, all at its finish, or prorated over the task's working time on the
project calendar. The money never joins a person's or a task's work.

Periods are answered the way :class:`app.domain.usage.Usage` answers them: each
assignment is a first and last day, the money of those two days and a rate per
working minute between, read against the project calendar's running minutes
on the usage table's own day axis.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np

from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.task import CostAccrual
from app.domain.usage import Periods, Usage
from app.domain.workload import DayCalendar, inactive_tasks

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]


class CostUsage:
    """Cost items, their assignments (grouped by item, in plan order) and their money per period.

    ``resource_order`` is the plan's resource order as ``(is_cost, index)`` pairs:
    an index in ``usage.resources`` (people and materials) or in ``resources`` here.
    """

    def __init__(self, plan: Plan, schedule: Schedule, usage: Usage) -> None:
        self.resources: tuple[Resource, ...] = tuple(
            r for r in plan.resources if r.type is ResourceType.COST
        )
        row = {r.uid: i for i, r in enumerate(self.resources)}
        kept = {r.uid: i for i, r in enumerate(usage.resources)}
        order: list[tuple[bool, int]] = []
        for r in plan.resources:
            if r.uid in row:
                order.append((True, row[r.uid]))
            elif r.uid in kept:
                order.append((False, kept[r.uid]))
        self.resource_order: tuple[tuple[bool, int], ...] = tuple(order)
        by_res: list[list[Assignment]] = [[] for _ in self.resources]
        for a in plan.assignments:
            i = row.get(a.resource_uid)
            if i is not None:
                by_res[i].append(a)
        self.assignments: tuple[Assignment, ...] = tuple(a for mine in by_res for a in mine)
        counts = [len(mine) for mine in by_res]
        self._hi = np.cumsum(np.array(counts, dtype=np.int64)).astype(np.int64)
        self._lo = self._hi - np.array(counts, dtype=np.int64)
        self.assignment_total: FloatArray = np.array(
            [a.cost for a in self.assignments], dtype=np.float64
        )
        # money on an inactive task (or under an inactive summary) adds nothing to its item
        inactive = inactive_tasks(plan)
        self._counted = np.array([a.task_uid not in inactive for a in self.assignments], dtype=bool)
        counted = np.where(self._counted, self.assignment_total, 0.0)
        self.resource_total: FloatArray = np.array(
            [counted[lo:hi].sum() for lo, hi in zip(self._lo, self._hi, strict=True)],
            dtype=np.float64,
        )
        self._by_task: dict[int, list[int]] = {}
        for j, a in enumerate(self.assignments):
            self._by_task.setdefault(a.task_uid, []).append(j)
        self._tasks = usage.tasks
        n = len(self.assignments)
        self._first = np.zeros(n, dtype=np.int64)
        self._last = np.zeros(n, dtype=np.int64)
        self._head = np.zeros(n, dtype=np.float64)
        self._tail = np.zeros(n, dtype=np.float64)
        self._rate = np.zeros(n, dtype=np.float64)
        self._cum = np.zeros(usage.n_days + 1, dtype=np.float64)
        if n:
            self._lay(plan, schedule, usage, by_res)

    def _lay(
        self, plan: Plan, schedule: Schedule, usage: Usage, by_res: list[list[Assignment]]
    ) -> None:
        """Each assignment's money on days, as its item accrues."""
        cal = DayCalendar(plan, None)
        origin, n_days = usage.first_day, usage.n_days
        minutes = [cal.day_minutes(origin + timedelta(days=k)) for k in range(n_days)]
        self._cum[1:] = np.cumsum(np.array(minutes, dtype=np.float64))
        j = 0
        for res, mine in zip(self.resources, by_res, strict=True):
            for a in mine:
                self._lay_one(j, a, res.accrue_at, schedule, cal, origin, n_days)
                j += 1

    def _lay_one(
        self,
        j: int,
        a: Assignment,
        accrual: CostAccrual,
        schedule: Schedule,
        cal: DayCalendar,
        origin: date,
        n_days: int,
    ) -> None:
        times = schedule.get(a.task_uid)
        if times is None or not a.cost:
            self._first[j] = self._last[j] = -1  # nothing on any day
            return
        s, f = times.start, times.finish
        last_moment = f - timedelta(minutes=1) if f > s else s
        ds = min(max((s.date() - origin).days, 0), n_days - 1)
        df = min(max((last_moment.date() - origin).days, 0), n_days - 1)
        self._first[j] = self._last[j] = ds
        if accrual is CostAccrual.START:
            self._head[j] = a.cost
            return
        if accrual is CostAccrual.END:
            self._first[j] = self._last[j] = df
            self._head[j] = a.cost
            return
        head, tail, total = cal.span(s, f) if f > s else (0, 0, 0)
        if ds >= df or total <= 0:
            self._head[j] = a.cost
            return
        rate = a.cost / total
        self._last[j] = df
        self._head[j], self._tail[j], self._rate[j] = head * rate, tail * rate, rate

    # ------------------------------------------------------------------ rows

    def assignment_rows(self, resource_row: int) -> range:
        """Indices in ``assignments`` of one cost item's assignments."""
        return range(int(self._lo[resource_row]), int(self._hi[resource_row]))

    def task_assignment_rows(self, task_row: int) -> list[int]:
        """Indices in ``assignments`` of the cost items on task ``task_row``."""
        return self._by_task.get(self._tasks[task_row].uid, [])

    def resource_row_of(self, assignment_row: int) -> int:
        """The cost item an assignment row belongs to."""
        return int(np.searchsorted(self._hi, assignment_row, side="right"))

    def resource_values(
        self, i: int, periods: Periods, lo: int = 0, hi: int | None = None
    ) -> FloatArray:
        """Cost item ``i``'s money in periods lo..hi (exclusive; all by default)."""
        rows = np.arange(int(self._lo[i]), int(self._hi[i]), dtype=np.int64)
        return self._values(rows[self._counted[rows]], periods, lo, hi)

    def assignment_values(
        self, j: int, periods: Periods, lo: int = 0, hi: int | None = None
    ) -> FloatArray:
        """Assignment ``j``'s money in periods lo..hi."""
        return self._values(np.array([j], dtype=np.int64), periods, lo, hi)

    def _values(self, rows: IntArray, periods: Periods, lo: int, hi: int | None) -> FloatArray:
        hi = len(periods) if hi is None else hi
        bounds = periods.bounds[lo : hi + 1]
        if len(bounds) < 2:
            return np.zeros(0)
        rows = rows[self._first[rows] >= 0]
        if not len(rows):
            return np.zeros(len(bounds) - 1)
        first = self._first[rows][:, None]
        last = self._last[rows][:, None]
        d = np.clip(bounds, 0, len(self._cum) - 1)[None, :]
        inner = np.minimum(np.maximum(d, first + 1), np.maximum(last, first + 1))
        between = self._cum[inner] - self._cum[np.minimum(first + 1, len(self._cum) - 1)]
        done = (
            self._head[rows][:, None] * (d > first)
            + self._rate[rows][:, None] * between
            + self._tail[rows][:, None] * ((d > last) & (last > first))
        ).sum(axis=0)
        out: FloatArray = np.diff(done)
        return out
