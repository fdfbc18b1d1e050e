"""Resource Usage with other plans' work drawn: under each person, one read-only row per
other plan that books their namesake ("[clientC] 3 tasks"), with its work per period.

The person's own row then adds those rows' work (its total and its periods), so the
figures beside a red cell add up to what made it red (app/domain/pool_load.py matches
the people by name). The rows are laid out as the last children of their person, after
the person's assignments; nothing of the plan shown changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from app.domain.plan import Plan
from app.domain.pool_load import PoolLoad, PoolPlan, person_key
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


@dataclass(frozen=True, slots=True)
class OtherPlanRow:
    """One other plan's work of one person: the plan's label, how many of its tasks book
    them, and their work (minutes) per day from ``first_day``."""

    label: str
    tasks: int
    first_day: date
    days: FloatArray

    def values(self, periods: Periods) -> FloatArray:
        """The work in each period."""
        sums = np.concatenate(([0.0], np.cumsum(self.days)))
        n = len(self.days)
        out = np.zeros(len(periods))
        for k, start in enumerate(periods.starts):
            lo = (start - self.first_day).days
            hi = (periods.last_day(k) - self.first_day).days + 1
            lo, hi = min(max(lo, 0), n), min(max(hi, 0), n)
            out[k] = sums[hi] - sums[lo]
        return out


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
        by_plan: dict[int, list[FloatArray]] = {}
        for row in load.rows(person):
            if row.plan_index:
                by_plan.setdefault(row.plan_index, []).append(row.days)
        rows = [
            OtherPlanRow(load.plans[k].label, len(days), load.first_day, np.sum(days, axis=0))
            for k, days in sorted(by_plan.items())
        ]
        if rows:
            out[person_key(person.name)] = rows
    return out


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
                    kind.append(OTHER_PLAN)
                    ref.append(len(self.others))
                    uid.append(-1 - len(self.others))
                    depth.append(base.depth[_old] + 1)
                    parent.append(person_row)
                    self.others.append(other)

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
        """The other plan's row this is (None: a row of the plan shown)."""
        return self.others[self.ref[row]] if self.kind[row] == OTHER_PLAN else None

    def read_only_note(self, row: int) -> str | None:
        """Why a row's cells cannot be typed in (None: not an other plan's row)."""
        other = self.other_plan(row)
        if other is None:
            return None
        return f"{other.label}'s work is read only here: change it in {other.label}"

    def key(self, row: int) -> tuple[str, int]:
        """An other plan's row: ``("other", -1 - k)``."""
        if self.kind[row] == OTHER_PLAN:
            return "other", self.uid[row]
        return super().key(row)

    def name(self, row: int) -> str:
        """``[clientC] 3 tasks`` for an other plan's row."""
        other = self.other_plan(row)
        if other is None:
            return super().name(row)
        return f"[{other.label}] {other.tasks} task{'s' if other.tasks != 1 else ''}"

    def unit(self, row: int) -> str:
        """Work (``h``) for an other plan's row."""
        return "h" if self.kind[row] == OTHER_PLAN else super().unit(row)

    def total(self, row: int) -> float:
        """A person's total adds their work in the other plans."""
        other = self.other_plan(row)
        if other is not None:
            return float(other.days.sum())
        got = super().total(row)
        if self.kind[row] == RowKind.RESOURCE:
            got += sum(float(o.days.sum()) for o in self.others_of.get(self.ref[row], []))
        return got

    def values(self, row: int, periods: Periods, lo: int = 0, hi: int | None = None) -> FloatArray:
        """A person's figures add their work in the other plans."""
        other = self.other_plan(row)
        if other is not None:
            return other.values(periods)[lo:hi]
        got = super().values(row, periods, lo, hi)
        if self.kind[row] == RowKind.RESOURCE:
            for o in self.others_of.get(self.ref[row], []):
                got = got + o.values(periods)[lo:hi]
        return got

    def cells(self, periods: Periods) -> tuple[IntArray, IntArray, FloatArray]:
        """Every row's figures where it has any (the printout): the plan's rows from the base
        outline at once, the other plans' rows, and their work added to their people's."""
        n = len(periods)
        rows_b, cols_b, vals_b = self.base.cells(periods)
        rows: list[IntArray] = [self._new_of[rows_b]]
        cols: list[IntArray] = [cols_b]
        vals: list[FloatArray] = [vals_b]
        for row in np.flatnonzero(np.array(self.kind) == OTHER_PLAN).tolist():
            figures = self.values(row, periods)
            hit = np.flatnonzero(np.abs(figures) > 1e-9)
            for owner in (row, self.parent[row]):  # the row, and its person's row adds it
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
        """An other plan's row is shaded by its person's calendar."""
        if self.kind[row] == OTHER_PLAN:
            return self.calendar(self.parent[row])
        return super().calendar(row)

    def bold(self, row: int) -> bool:
        """An other plan's row is never bold."""
        return False if self.kind[row] == OTHER_PLAN else super().bold(row)

    def person(self, row: int) -> int:
        """An other plan's row is no person's own row."""
        return -1 if self.kind[row] == OTHER_PLAN else super().person(row)
