"""How a built :class:`app.domain.usage.Usage` answers: figures per row and period, whole
tables of cells, over-allocated and non-working periods, rows looked up."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.domain.usage_periods import Periods, Scale, next_period, period_start

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]


class UsageReader:
    """The queries of :class:`app.domain.usage.Usage`, over the arrays its build lays out."""

    resources: tuple[Resource, ...]
    assignments: tuple[Assignment, ...]
    tasks: tuple[Task, ...]
    plan_first_day: date
    plan_last_day: date
    own_first_day: date
    own_last_day: date
    first_day: date
    n_days: int
    _periods: dict[Scale, Periods]
    _own_periods: dict[Scale, Periods]
    _over_memo: dict[tuple[Scale, bytes], BoolArray]
    _task_row: dict[int, int] | None
    # Per spread (grouped by assignment): its days, amounts and calendar row.
    _first: IntArray
    _last: IntArray
    _head: FloatArray
    _tail: FloatArray
    _rate: FloatArray
    _cal: IntArray
    _cums: FloatArray
    # Ranges: each assignment's spreads, each person's and task's assignments and spreads.
    _sp_lo: IntArray
    _sp_hi: IntArray
    _res_asg_lo: IntArray
    _res_asg_hi: IntArray
    _task_asg: IntArray
    _task_asg_lo: IntArray
    _task_asg_hi: IntArray
    _task_sp: IntArray
    # Inactive work (an inactive task's, or under an inactive summary): by assignment and
    # task, whether it adds to its person and summaries; by spread (None: all do).
    counted: BoolArray
    task_counted: BoolArray
    _live_sp: BoolArray | None
    _task_lo: IntArray
    _task_hi: IntArray
    # Over-allocated stretches: person row, first day, day after.
    _ov_rows: IntArray
    _ov_lo: IntArray
    _ov_hi: IntArray

    # ------------------------------------------------------------------ periods

    def periods(self, scale: Scale, own: bool = False) -> Periods:
        """The periods of a timescale from the plan's first worked day to its last, reaching
        other plans' work shown beside it (the usage's span); ``own``: this plan's days
        alone, for Task Usage, which shows none of theirs (made once per scale; do not
        change the arrays)."""
        first, last = self.plan_first_day, self.plan_last_day
        if own and (self.own_first_day, self.own_last_day) != (first, last):
            first, last, memo = self.own_first_day, self.own_last_day, self._own_periods
        else:
            memo = self._periods
        found = memo.get(scale)
        if found is not None:
            return found
        starts: list[date] = []
        day = period_start(first, scale)
        while day <= last:
            starts.append(day)
            day = next_period(day, scale)
        bounds = [(d - self.first_day).days for d in starts] + [(day - self.first_day).days]
        found = Periods(scale, tuple(starts), np.array(bounds, dtype=np.int64))
        found.bounds.setflags(write=False)
        memo[scale] = found
        return found

    # ------------------------------------------------------------------ rows

    def assignment_rows(self, resource_row: int) -> range:
        """Indices in ``assignments`` of one person's assignments."""
        return range(int(self._res_asg_lo[resource_row]), int(self._res_asg_hi[resource_row]))

    def assignment_counts(self, by_task: bool = False) -> list[int]:
        """How many assignment rows each person (or, ``by_task``, each task) has."""
        if by_task:
            return (self._task_asg_hi - self._task_asg_lo).tolist()  # type: ignore[no-any-return]
        return (self._res_asg_hi - self._res_asg_lo).tolist()  # type: ignore[no-any-return]

    def task_assignment_rows(self, task_row: int) -> list[int]:
        """Indices in ``assignments`` of the assignments of task ``task_row`` (its own, not its subtasks')."""
        lo, hi = int(self._task_asg_lo[task_row]), int(self._task_asg_hi[task_row])
        return [int(j) for j in self._task_asg[lo:hi]]

    def resource_values(
        self, i: int, periods: Periods, lo: int = 0, hi: int | None = None
    ) -> FloatArray:
        """Person ``i``'s work in periods lo..hi (exclusive; all by default)."""
        a_lo, a_hi = int(self._res_asg_lo[i]), int(self._res_asg_hi[i])
        if a_hi <= a_lo:
            return np.zeros(_count(periods, lo, hi))
        spreads = np.arange(int(self._sp_lo[a_lo]), int(self._sp_hi[a_hi - 1]))
        if self._live_sp is not None:  # inactive work adds nothing to its person
            spreads = spreads[self._live_sp[spreads]]
        return self._values(spreads, periods, lo, hi)

    def assignment_values(
        self, j: int, periods: Periods, lo: int = 0, hi: int | None = None
    ) -> FloatArray:
        """Assignment ``j``'s work (a material's quantity) in periods lo..hi."""
        return self._values(np.arange(int(self._sp_lo[j]), int(self._sp_hi[j])), periods, lo, hi)

    def task_values(
        self, k: int, periods: Periods, lo: int = 0, hi: int | None = None
    ) -> FloatArray:
        """Task ``k``'s work (its people's, with its subtasks' for a summary) in periods lo..hi."""
        spreads = self._task_sp[int(self._task_lo[k]) : int(self._task_hi[k])]
        if self._live_sp is not None and self.task_counted[k]:  # an inactive subtask's: out
            spreads = spreads[self._live_sp[spreads]]
        return self._values(spreads, periods, lo, hi)

    def _values(self, spreads: IntArray, periods: Periods, lo: int, hi: int | None) -> FloatArray:
        hi = len(periods) if hi is None else hi
        bounds = periods.bounds[lo : hi + 1]
        if len(bounds) < 2:
            return np.zeros(0)
        if len(spreads):  # only the spreads that reach into the window change within it
            near = (self._first[spreads] < bounds[-1]) & (self._last[spreads] >= bounds[0])
            spreads = spreads[near]
        if not len(spreads):
            return np.zeros(len(bounds) - 1)
        done = self._amount(spreads, bounds).sum(axis=0)
        return np.diff(done)

    def _amount(self, spreads: IntArray, days: IntArray) -> FloatArray:
        """Work of each spread on the days before each of ``days`` (spreads x days)."""
        first = self._first[spreads][:, None]
        last = self._last[spreads][:, None]
        cal = self._cal[spreads][:, None]
        d = days[None, :]
        inner = np.minimum(np.maximum(d, first + 1), np.maximum(last, first + 1))
        between = self._cums[cal, inner] - self._cums[cal, first + 1]
        out: FloatArray = (
            self._head[spreads][:, None] * (d > first)
            + self._rate[spreads][:, None] * between
            + self._tail[spreads][:, None] * ((d > last) & (last > first))
        )
        return out

    def assignment_cells(
        self, periods: Periods, people: BoolArray | None = None
    ) -> tuple[IntArray, IntArray, FloatArray]:
        """Every assignment's figures where it has any, at once: ``(assignment, period, value)``
        sorted by assignment then period. Each spread is read only over the periods it
        spans, so a whole table prints without a call per row (90 s -> ~1 s at 100k tasks).
        ``people``: by person row, whose assignments to read (None: everyone's)."""
        n = len(periods)
        b = periods.bounds
        if not n:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
        near = (self._last >= b[0]) & (self._first < b[-1])
        if people is not None:
            mine = np.repeat(people, self._res_asg_hi - self._res_asg_lo)  # by assignment
            near &= np.repeat(mine, self._sp_hi - self._sp_lo)  # by spread
        keep: IntArray = np.flatnonzero(near)
        if not len(keep):
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
        k_lo = np.clip(np.searchsorted(b, self._first[keep], side="right") - 1, 0, n - 1)
        k_hi = np.clip(np.searchsorted(b, self._last[keep], side="right") - 1, 0, n - 1)
        count = k_hi - k_lo + 1
        spread = np.repeat(keep, count)
        k = np.repeat(k_lo - (np.cumsum(count) - count), count) + np.arange(int(count.sum()))
        value = self._amount_at(spread, b[k + 1]) - self._amount_at(spread, b[k])
        owner = np.repeat(np.arange(len(self.assignments)), self._sp_hi - self._sp_lo)[spread]
        key, at = np.unique(owner * n + k, return_inverse=True)
        sums: FloatArray = np.bincount(at, weights=value, minlength=len(key)).astype(np.float64)
        return key // n, key % n, sums

    def _amount_at(self, spreads: IntArray, days: IntArray) -> FloatArray:
        """:meth:`_amount` pairwise: work of spread i on the days before ``days[i]``."""
        first, last, cal = self._first[spreads], self._last[spreads], self._cal[spreads]
        inner = np.minimum(np.maximum(days, first + 1), np.maximum(last, first + 1))
        between = self._cums[cal, inner] - self._cums[cal, first + 1]
        out: FloatArray = (
            self._head[spreads] * (days > first)
            + self._rate[spreads] * between
            + self._tail[spreads] * ((days > last) & (last > first))
        )
        return out

    # ------------------------------------------------------------------ flags

    def overallocated(self, periods: Periods) -> BoolArray:
        """People x periods: True where a day of the period is over-allocated for that
        person (read only; worked out once per scale). A day is when an over-allocated
        stretch of theirs touches it and they work on it: a stretch spans nights and
        weekends (a task started on a Saturday by its actual start), and a day without
        their work is not over-allocated, as MS Project judges it from the day's work."""
        key = (periods.scale, periods.bounds.tobytes())
        found = self._over_memo.get(key)
        if found is not None:
            return found
        n = len(periods)
        flags: BoolArray = np.zeros((len(self.resources), n), dtype=bool)
        if len(self._ov_rows) and n and periods.scale is not Scale.DAYS:
            # A week is over-allocated by its over-allocated days (not by a stretch over
            # its weekend while the person works on its Friday).
            days = self.periods(Scale.DAYS)
            rows, cols = np.nonzero(self.overallocated(days))
            k = np.searchsorted(periods.bounds, days.bounds[cols], side="right") - 1
            ok = (k >= 0) & (k < n)
            flags[rows[ok], k[ok]] = True
        elif len(self._ov_rows) and n:
            k_lo = np.searchsorted(periods.bounds, self._ov_lo, side="right") - 1
            k_hi = np.searchsorted(periods.bounds, self._ov_hi, side="left")
            k_lo = np.clip(k_lo, 0, n)
            k_hi = np.clip(k_hi, 0, n)
            ok = k_hi > k_lo
            # Each stretch's cells set at once, without a people x periods running count
            # (np.add.at then a cumsum over 1000 x 21,000 days took 1.4 s at 100k tasks).
            count = (k_hi - k_lo)[ok]
            first = (self._ov_rows * n + k_lo)[ok]
            cells = np.repeat(first - (np.cumsum(count) - count), count)
            cells += np.arange(int(count.sum()))
            flags.ravel()[cells] = True
            people: BoolArray = np.asarray(flags.any(axis=1))
            flags &= self._worked(periods, people)
        flags.setflags(write=False)
        self._over_memo[key] = flags
        return flags

    def _worked(self, periods: Periods, people: BoolArray) -> BoolArray:
        """People x periods: True where one of ``people`` (by row) has work in the period."""
        worked: BoolArray = np.zeros((len(self.resources), len(periods)), dtype=bool)
        asg, k, value = self.assignment_cells(periods, people)
        person = np.searchsorted(self._res_asg_hi, asg, side="right")
        on = value > _WORKED
        worked[person[on], k[on]] = True
        return worked

    def nonworking(self, periods: Periods) -> BoolArray:
        """Calendars (``calendar_keys``) x periods: True where the period has no working time."""
        flags: BoolArray = self.working_minutes(periods) <= 0
        return flags

    def working_minutes(self, periods: Periods) -> FloatArray:
        """Calendars (``calendar_keys``) x periods: the working minutes of each period."""
        minutes: FloatArray = self._cums[:, periods.bounds[1:]] - self._cums[:, periods.bounds[:-1]]
        return minutes

    def unit(self, resource_row: int) -> str:
        """What a person's or material's values count: ``h`` for work (minutes, written in
        a :class:`WorkUnit`) or the material's label."""
        res = self.resources[resource_row]
        if res.type is ResourceType.MATERIAL:
            return res.material_label.strip() or "units"
        return "h"

    def task_row_of(self, task_uid: int) -> int:
        """The row (index in ``tasks``) of a task."""
        if self._task_row is None:
            self._task_row = {t.uid: k for k, t in enumerate(self.tasks)}
        return self._task_row[task_uid]

    def resource_row_of(self, assignment_row: int) -> int:
        """The person row an assignment belongs to."""
        return int(np.searchsorted(self._res_asg_hi, assignment_row, side="right"))


_WORKED = 1e-6  # minutes of work (a material's quantity) a period must hold to be over-allocated


def _count(periods: Periods, lo: int, hi: int | None) -> int:
    return max(0, (len(periods) if hi is None else hi) - lo)
