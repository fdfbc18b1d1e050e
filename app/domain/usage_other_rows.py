"""Resource Usage with other plans' work drawn: under each person, one read-only row per
other plan that books their namesake ("[clientC] 3 tasks"), with its work per period; it
opens into one row per task of that plan booking them (its name, start and finish there,
and the person's work on it), as MS Project's resource pool lists a sharer's assignments.

The person's own row then adds those rows' work (its total and its periods), so the
figures beside a red cell add up to what made it red (app/domain/pool_load.py matches
the people by name). The rows are laid out as the last children of their person, after
the person's assignments; nothing of the plan shown changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

import numpy as np

from app.domain.plan import Plan
from app.domain.pool_load import PoolLoad, PoolPlan, PoolRow, person_key
from app.domain.resource import ResourceType
from app.domain.schedule import Schedule
from app.domain.usage_tree import RowKind, UsageTree

if TYPE_CHECKING:
    import numpy.typing as npt

    from app.domain.usage import Periods

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]

#: the kind of an other plan's row (not one of :class:`RowKind`: no table holds it)
OTHER_PLAN = 99
#: the kind of one of its tasks' rows, under it
OTHER_TASK = 98
_OTHERS = (OTHER_PLAN, OTHER_TASK)
_STRIDE = 1 << 32  # other_row_uid: plan index * _STRIDE + the person's uid


def _period_sums(days: FloatArray, first_day: date, periods: Periods) -> FloatArray:
    """Work per day from ``first_day`` summed into each period."""
    sums = np.concatenate(([0.0], np.cumsum(days)))
    n = len(days)
    out = np.zeros(len(periods))
    for k, start in enumerate(periods.starts):
        lo = (start - first_day).days
        hi = (periods.last_day(k) - first_day).days + 1
        lo, hi = min(max(lo, 0), n), min(max(hi, 0), n)
        out[k] = sums[hi] - sums[lo]
    return out


@dataclass(frozen=True, slots=True)
class OtherTaskRow:
    """One task of another plan that books the person: its name, start and finish there,
    and the person's work on it (minutes) per day from ``first_day``."""

    name: str
    start: datetime | None
    finish: datetime | None
    first_day: date
    days: FloatArray

    def values(self, periods: Periods) -> FloatArray:
        """The work in each period."""
        return _period_sums(self.days, self.first_day, periods)


@dataclass(frozen=True, slots=True)
class OtherPlanRow:
    """One other plan's work of one person: the plan's label, how many of its tasks book
    them, and their work (minutes) per day from ``first_day``; ``task_rows``: each of those
    tasks (the rows the plan's row opens into), ``plan_index``: the plan's place among
    those included (from 1)."""

    label: str
    tasks: int
    first_day: date
    days: FloatArray
    task_rows: tuple[OtherTaskRow, ...] = ()
    plan_index: int = 1

    def values(self, periods: Periods) -> FloatArray:
        """The work in each period."""
        return _period_sums(self.days, self.first_day, periods)


def other_plan_rows(
    plan: Plan, schedule: Schedule, others: Sequence[PoolPlan]
) -> dict[str, list[OtherPlanRow]]:
    """By person (:func:`person_key` of this plan's people), each other plan's work of their
    namesake, the plans that book them only, in the order the plans were given."""
    if not others:
        return {}
    load = PoolLoad([PoolPlan("", plan, schedule), *others])
    out: dict[str, list[OtherPlanRow]] = {}
    for person in load.people:
        if person.members[0][0] != 0 or len(person.members) < 2:
            continue
        by_plan: dict[int, list[PoolRow]] = {}
        for row in load.rows(person):
            if row.plan_index:
                by_plan.setdefault(row.plan_index, []).append(row)
        rows = [
            OtherPlanRow(
                load.plans[k].label,
                len(found),
                load.first_day,
                np.sum([r.days for r in found], axis=0),
                tuple(_task_row(load.plans[k], r, load.first_day) for r in found),
                k,
            )
            for k, found in sorted(by_plan.items())
        ]
        if rows:
            out[person_key(person.name)] = rows
    return out


def other_plans_span(plan: Plan, others: Sequence[PoolPlan]) -> tuple[date, date] | None:
    """The first and last day of the tasks of ``others`` that book a namesake of one of
    ``plan``'s people (None: none does): Resource Usage's periods reach them, so that work
    of theirs before or after ``plan`` shows in the cells as it counts in the totals."""
    keys = {person_key(r.name) for r in plan.resources if r.type is ResourceType.WORK}
    first: date | None = None
    last: date | None = None
    for pp in others:
        for res in pp.plan.resources:
            if res.type is not ResourceType.WORK or person_key(res.name) not in keys:
                continue
            for a in pp.plan.assignments_of_resource(res.uid):
                times = pp.schedule.get(a.task_uid)
                if times is None:
                    continue
                start, finish = times.start.date(), times.finish.date()
                first = start if first is None else min(first, start)
                last = finish if last is None else max(last, finish)
    return None if first is None or last is None else (first, last)


def _task_row(pp: PoolPlan, row: PoolRow, first_day: date) -> OtherTaskRow:
    times = pp.schedule.get(row.task_uid)
    start = None if times is None else times.start
    finish = None if times is None else times.finish
    return OtherTaskRow(row.task_name, start, finish, first_day, row.days)


def other_row_uid(plan_index: int, person_uid: int) -> int:
    """The uid of the row of plan ``plan_index``'s work of person ``person_uid`` (negative:
    none of the plan's), the same each time the rows are laid out, so the view keeps it
    closed or open."""
    return -1 - (plan_index * _STRIDE + person_uid)


class OtherPlansUsageTree(UsageTree):
    """A Resource Usage outline (``base``) with the other plans' rows under its people."""

    def __init__(self, base: UsageTree, others: dict[str, list[OtherPlanRow]]) -> None:
        # the base's tables and settings; its rows are laid out again below
        self.__dict__.update(base.__dict__)
        self.base = base
        self.reused = False
        u = base.usage
        extra: list[list[OtherPlanRow]] = [[] for _ in range(len(base))]
        for row in range(len(base)):
            if base.kind[row] == RowKind.RESOURCE:
                res = u.resources[base.ref[row]]
                if res.type is ResourceType.WORK:
                    extra[row] = others.get(person_key(res.name), [])
        self.others: list[OtherPlanRow] = []
        self.other_tasks: list[OtherTaskRow] = []
        #: per person's row (index in ``usage.resources``) the other plans' rows of theirs
        self.others_of: dict[int, list[OtherPlanRow]] = {}
        old_to_new: dict[int, int] = {}
        kind: list[int] = []
        ref: list[int] = []
        uid: list[int] = []
        depth: list[int] = []
        parent: list[int] = []
        pending: list[tuple[int, int]] = []  # (base row whose subtree ends, new person row)

        def close_until(row: int) -> None:
            while pending and base.end[pending[-1][0]] <= row:
                _old, person_row = pending.pop()
                for other in extra[_old]:
                    plan_row = len(kind)
                    kind.append(OTHER_PLAN)
                    ref.append(len(self.others))
                    uid.append(other_row_uid(other.plan_index, base.uid[_old]))
                    depth.append(base.depth[_old] + 1)
                    parent.append(person_row)
                    self.others.append(other)
                    for task in other.task_rows:  # the rows it opens into
                        kind.append(OTHER_TASK)
                        ref.append(len(self.other_tasks))
                        uid.append(-1 - len(self.other_tasks))
                        depth.append(base.depth[_old] + 2)
                        parent.append(plan_row)
                        self.other_tasks.append(task)

        for row in range(len(base)):
            close_until(row)
            old_to_new[row] = len(kind)
            kind.append(base.kind[row])
            ref.append(base.ref[row])
            uid.append(base.uid[row])
            depth.append(base.depth[row])
            p = base.parent[row]
            parent.append(old_to_new[p] if p >= 0 else -1)
            if extra[row]:
                pending.append((row, old_to_new[row]))
                self.others_of[base.ref[row]] = extra[row]
        close_until(len(base) + 1)
        self._new_of = np.array([old_to_new[r] for r in range(len(base))], dtype=np.int64)
        n = len(kind)
        par = np.array(parent, dtype=np.int64)
        end = np.arange(1, n + 1, dtype=np.int64)
        for row in range(n - 1, -1, -1):  # a row's subtree ends where its last child's does
            if par[row] >= 0 and end[par[row]] < end[row]:
                end[par[row]] = end[row]
        self.kind, self.ref, self.uid = kind, ref, uid
        self.depth, self.parent, self.end = depth, parent, end.tolist()
        order = np.argsort(par + 1, kind="stable")
        counts = np.bincount(par + 1, minlength=n + 1) if n else np.zeros(1, np.int64)
        ptr = np.concatenate(([0], np.cumsum(counts)))
        row_in = np.empty(n, dtype=np.int64)
        row_in[order] = np.arange(n) - ptr[par[order] + 1]
        self._kids, self._ptr = order.tolist(), ptr.tolist()
        self.row_in_parent = row_in.tolist()
        self._end = end
        self._has_kids = end > np.arange(n) + 1
        self._keyed = None

    def other_plan(self, row: int) -> OtherPlanRow | None:
        """The other plan's row this is, or the one a task row is under (None: a row of the
        plan shown)."""
        kind = self.kind[row]
        if kind == OTHER_TASK:
            return self.others[self.ref[self.parent[row]]]
        return self.others[self.ref[row]] if kind == OTHER_PLAN else None

    def other_task(self, row: int) -> OtherTaskRow | None:
        """The other plan's task this row is (None: not such a row)."""
        return self.other_tasks[self.ref[row]] if self.kind[row] == OTHER_TASK else None

    def is_other(self, row: int) -> bool:
        """Whether a row is another plan's (its row or one of its tasks'): read only."""
        return self.kind[row] in _OTHERS

    def read_only_note(self, row: int) -> str | None:
        """Why a row's cells cannot be typed in (None: not an other plan's row)."""
        other = self.other_plan(row)
        if other is None:
            return None
        return f"{other.label}'s work is read only here: change it in {other.label}"

    def key(self, row: int) -> tuple[str, int]:
        """An other plan's row: ``("other", uid)``; one of its tasks': ``("other task", uid)``."""
        kind = self.kind[row]
        if kind == OTHER_PLAN:
            return "other", self.uid[row]
        if kind == OTHER_TASK:
            return "other task", self.uid[row]
        return super().key(row)

    def name(self, row: int) -> str:
        """``[clientC] 3 tasks`` for an other plan's row, the task's name for its tasks'."""
        task = self.other_task(row)
        if task is not None:
            return task.name
        other = self.other_plan(row)
        if other is None:
            return super().name(row)
        return f"[{other.label}] {other.tasks} task{'s' if other.tasks != 1 else ''}"

    def unit(self, row: int) -> str:
        """Work (``h``) for an other plan's rows."""
        return "h" if self.kind[row] in _OTHERS else super().unit(row)

    def _other_days(self, row: int) -> OtherPlanRow | OtherTaskRow | None:
        return self.other_task(row) or self.other_plan(row)

    def total(self, row: int) -> float:
        """A person's total adds their work in the other plans."""
        other = self._other_days(row)
        if other is not None:
            return float(other.days.sum())
        got = super().total(row)
        if self.kind[row] == RowKind.RESOURCE:
            got += sum(float(o.days.sum()) for o in self.others_of.get(self.ref[row], []))
        return got

    def values(self, row: int, periods: Periods, lo: int = 0, hi: int | None = None) -> FloatArray:
        """A person's figures add their work in the other plans."""
        other = self._other_days(row)
        if other is not None:
            return other.values(periods)[lo:hi]
        got = super().values(row, periods, lo, hi)
        if self.kind[row] == RowKind.RESOURCE:
            for o in self.others_of.get(self.ref[row], []):
                got = got + o.values(periods)[lo:hi]
        return got

    def cells(self, periods: Periods) -> tuple[IntArray, IntArray, FloatArray]:
        """Every row's figures where it has any (the printout): the plan's rows from the base
        outline at once, the other plans' rows and their tasks', and the plans' work added
        to their people's."""
        n = len(periods)
        rows_b, cols_b, vals_b = self.base.cells(periods)
        rows: list[IntArray] = [self._new_of[rows_b]]
        cols: list[IntArray] = [cols_b]
        vals: list[FloatArray] = [vals_b]
        kinds = np.array(self.kind)
        for row in np.flatnonzero(np.isin(kinds, _OTHERS)).tolist():
            figures = self.values(row, periods)
            hit = np.flatnonzero(np.abs(figures) > 1e-9)
            # a plan's row adds to its person's; a task's row only shows its own
            owners = (row, self.parent[row]) if self.kind[row] == OTHER_PLAN else (row,)
            for owner in owners:
                rows.append(np.full(len(hit), owner, dtype=np.int64))
                cols.append(hit.astype(np.int64))
                vals.append(figures[hit])
        if not n:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
        key, at = np.unique(np.concatenate(rows) * n + np.concatenate(cols), return_inverse=True)
        weights = np.concatenate(vals)
        sums: FloatArray = np.asarray(
            np.bincount(at, weights=weights, minlength=len(key)), dtype=np.float64
        )
        return key // n, key % n, sums

    def calendar(self, row: int) -> int:
        """An other plan's rows are shaded by their person's calendar."""
        if self.kind[row] in _OTHERS:
            return self.calendar(self.parent[row])
        return super().calendar(row)

    def bold(self, row: int) -> bool:
        """An other plan's rows are never bold."""
        return False if self.kind[row] in _OTHERS else super().bold(row)

    def person(self, row: int) -> int:
        """An other plan's rows are no person's own rows."""
        return -1 if self.kind[row] in _OTHERS else super().person(row)
