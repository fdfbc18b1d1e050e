"""Task Usage grouped (View > Group by while it shows), as MS Project groups a usage view.

The groups are the task sheet's (:func:`app.domain.grouping_rows.group_tasks`: the same
keys, intervals, order and "Maintain hierarchy"); here they become rows of the usage
outline. Each group is a header row (:attr:`RowKind.GROUP`) holding the groups inside it,
and an innermost group holds its tasks, each with its assignments below it, as in the
plain outline. A task under two people (grouped by Resource Names) is listed, with its
assignments, under each. A header's figures are its tasks' work rolled up, per period
and in all, each task counted once however many of its groups it falls in, as MS Project
shows a group row's timephased work.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from app.domain.grouping_rows import TaskGroup
from app.domain.project import Project
from app.domain.usage import Periods, Usage, WorkUnit
from app.domain.usage_costs import CostUsage
from app.domain.usage_tree import RowKind, UsageTree

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]


def group_id(path: tuple[str, ...]) -> int:
    """A group's id in row keys, the same while its path (its labels) stays: a group closed
    by hand stays closed across regroupings."""
    return zlib.crc32("\x1f".join(path).encode("utf-8", "surrogatepass"))


class GroupedUsageTree(UsageTree):
    """Task Usage's outline under group header rows; ``groups``: group_tasks' result."""

    def __init__(
        self,
        usage: Usage,
        costs: CostUsage,
        groups: Sequence[TaskGroup],
        work_unit: WorkUnit | None = None,
        project: Project | None = None,
        previous: UsageTree | None = None,
    ) -> None:
        self.groups = tuple(groups)
        #: what the rows are made of: an edit that keeps it keeps the rows
        self.layout = tuple((g.path, g.level, g.rows) for g in self.groups)
        row_of = usage.task_row_of
        self._group_rows = [[row_of(uid) for uid in g.uids] for g in self.groups]
        same = isinstance(previous, GroupedUsageTree) and previous.layout == self.layout
        super().__init__(usage, costs, True, work_unit, project, previous if same else None)

    def _by_task(self) -> tuple[IntArray, IntArray, IntArray, IntArray, IntArray, IntArray]:
        """Group headers, each over the groups inside it; an innermost group over its tasks
        (at their outline levels when the hierarchy is kept), each task over its
        assignments (people and materials, then cost items)."""
        u, c = self.usage, self.costs
        row_of = u.task_row_of
        costs_of: dict[int, list[int]] = {}
        for j, a in enumerate(c.assignments):
            costs_of.setdefault(a.task_uid, []).append(j)
        kind: list[int] = []
        ref: list[int] = []
        uid: list[int] = []
        depth: list[int] = []
        parent: list[int] = []
        end: list[int] = []
        stack: list[tuple[int, int]] = []  # open rows: (row, level)

        def add(k: int, r: int, u_id: int, level: int) -> int:
            while stack and stack[-1][1] >= level:
                end[stack.pop()[0]] = len(kind)
            row = len(kind)
            kind.append(k)
            ref.append(r)
            uid.append(u_id)
            depth.append(len(stack))
            parent.append(stack[-1][0] if stack else -1)
            end.append(row + 1)
            stack.append((row, level))
            return row

        def assignments(task: int, level: int) -> None:
            people = sorted(u.task_assignment_rows(task))
            for j in people:
                add(RowKind.ASSIGNMENT, j, u.assignments[j].uid, level)
                stack.pop()
            for j in costs_of.get(u.tasks[task].uid, ()):
                add(RowKind.COST_ASSIGNMENT, j, c.assignments[j].uid, level)
                stack.pop()

        for g, group in enumerate(self.groups):
            add(RowKind.GROUP, g, group_id(group.path), group.level)
            for task_uid, level in group.rows:
                task = row_of(task_uid)
                add(RowKind.TASK, task, task_uid, group.level + level)
                assignments(task, group.level + level + 1)
        while stack:
            end[stack.pop()[0]] = len(kind)

        def array(values: list[int]) -> IntArray:
            return np.array(values, dtype=np.int64)

        return array(kind), array(ref), array(uid), array(depth), array(parent), array(end)

    # ------------------------------------------------------------------ group rows

    def group_of(self, row: int) -> TaskGroup | None:
        """The group a header row stands for (None: not a header)."""
        return self.groups[self.ref[row]] if self.kind[row] == RowKind.GROUP else None

    def key(self, row: int) -> tuple[str, int]:
        """``("group", id)`` for a header (:func:`group_id`), else as the plain outline."""
        if self.kind[row] == RowKind.GROUP:
            return "group", self.uid[row]
        return super().key(row)

    def rows_of(self, keys: set[tuple[str, int]]) -> list[int]:
        """:meth:`UsageTree.rows_of`, every listing of a task under two groups among them."""
        if not keys:
            return []
        opens = np.flatnonzero(self._has_kids).tolist()
        return [r for r in opens if self.key(r) in keys]

    def name(self, row: int) -> str:
        """A header's label ("Critical: Yes"), else as the plain outline."""
        if self.kind[row] == RowKind.GROUP:
            return self.groups[self.ref[row]].label
        return super().name(row)

    def total(self, row: int) -> float:
        """A header's work: its tasks' (each once)."""
        if self.kind[row] == RowKind.GROUP:
            totals = self.usage.task_total
            return float(sum(float(totals[k]) for k in self._group_rows[self.ref[row]]))
        return super().total(row)

    def values(self, row: int, periods: Periods, lo: int = 0, hi: int | None = None) -> FloatArray:
        """A header's work per period: its tasks' summed (each once)."""
        if self.kind[row] != RowKind.GROUP:
            return super().values(row, periods, lo, hi)
        u = self.usage
        out: FloatArray = np.zeros((len(periods) if hi is None else hi) - lo)
        for k in self._group_rows[self.ref[row]]:
            out += u.task_values(k, periods, lo, hi)
        return out

    def bold(self, row: int) -> bool:
        """Headers are bold, as summaries."""
        return self.kind[row] == RowKind.GROUP or super().bold(row)

    def cells(self, periods: Periods) -> tuple[IntArray, IntArray, FloatArray]:
        """:meth:`UsageTree.cells`, with a header's, a summary's and a task listed twice (and
        its assignments) read as :meth:`values` reads them: a task under two of a header's
        groups counts once, each listing of a task shows its figures, and a summary kept
        above a group's tasks shows its own work, as on screen."""
        rows, cols, vals = super().cells(periods)
        kind = np.array(self.kind, dtype=np.int64)
        ref = np.array(self.ref, dtype=np.int64)
        summary = np.zeros(len(kind), dtype=bool)
        tasks = kind == RowKind.TASK
        summary[tasks] = np.asarray(self.usage.task_summary, dtype=bool)[ref[tasks]]
        # a task listed under two groups: the whole table's reading places its figures once
        _, first, counts = np.unique(
            kind * (len(kind) + 1) + ref, return_inverse=True, return_counts=True
        )
        twice = counts[first] > 1
        again = np.flatnonzero((kind == RowKind.GROUP) | summary | twice)
        if not len(again) or not len(periods):
            return rows, cols, vals
        keep = ~np.isin(rows, again)
        parts_r, parts_c, parts_v = [rows[keep]], [cols[keep]], [vals[keep]]
        for row in again.tolist():
            figures = self.values(row, periods)
            hit = np.flatnonzero(figures)
            parts_r.append(np.full(len(hit), row, dtype=np.int64))
            parts_c.append(hit.astype(np.int64))
            parts_v.append(figures[hit])
        r, c, v = np.concatenate(parts_r), np.concatenate(parts_c), np.concatenate(parts_v)
        order = np.lexsort((c, r))
        return r[order], c[order], v[order]
