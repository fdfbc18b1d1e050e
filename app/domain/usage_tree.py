"""The rows of a usage table as an outline, as MS Project's usage views show them.

Task Usage is the plan's outline: summaries hold their subtasks (and their
rolled-up work per period), every task holds its assignments, people and
materials first, then cost items. Resource Usage lists the plan's resources in
its order (people, materials and cost items alike), each holding its
assignments.

Rows are numbered in outline order (a row's descendants follow it, up to
``end[row]``), so the rows shown with some of them closed are a mask over that
numbering, and both panes of the window, the printout and ``gantry usage`` walk
the same list. Each row reads its figures from :class:`app.domain.usage.Usage`
(work, a material's quantity) or :class:`app.domain.usage_costs.CostUsage`
(money): a cost row says its money, a material its unit, and neither joins a
person's or a task's work.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

import numpy as np

from app.domain.money import format_money
from app.domain.project import Project
from app.domain.resource import ResourceType
from app.domain.usage import Periods, Usage, WorkUnit
from app.domain.usage_costs import CostUsage

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]

# The unit of a cost row (a material's label is never this sign).
MONEY = "¤"


class RowKind(IntEnum):
    """What one row of the outline is."""

    RESOURCE = 0  # a person or material: index in Usage.resources
    COST_ITEM = 1  # a cost resource: index in CostUsage.resources
    TASK = 2  # index in Usage.tasks
    ASSIGNMENT = 3  # a person's or material's: index in Usage.assignments
    COST_ASSIGNMENT = 4  # a cost item's: index in CostUsage.assignments


_ASSIGNMENTS = (RowKind.ASSIGNMENT, RowKind.COST_ASSIGNMENT)


class UsageTree:
    """Every row of one usage view (Task Usage with ``by_task``) in outline order.

    Per row: ``kind`` and ``ref`` (what it is, and its index in the tables above),
    ``uid`` (of the task, resource or assignment), ``depth`` (0 at the top),
    ``parent`` (-1 at the top) and ``end`` (the row after its last descendant).
    """

    def __init__(
        self,
        usage: Usage,
        costs: CostUsage,
        by_task: bool,
        work_unit: WorkUnit | None = None,
        project: Project | None = None,
    ) -> None:
        self.usage = usage
        self.costs = costs
        self.by_task = by_task
        self.work_unit = work_unit or WorkUnit()
        self.project = project or Project()
        self.kind: list[int] = []
        self.ref: list[int] = []
        self.uid: list[int] = []
        self.depth: list[int] = []
        self.parent: list[int] = []
        if by_task:
            self._by_task()
        else:
            self._by_resource()
        n = len(self.kind)
        parent = np.array(self.parent, dtype=np.int64)
        # descendants end where the next row at the same depth or above starts
        self.end: list[int] = _ends(self.depth)
        # children of row p (p = -1: the top rows) are kids[ptr[p + 1] : ptr[p + 2]]
        order = np.argsort(parent + 1, kind="stable")
        counts = np.bincount(parent + 1, minlength=n + 1) if n else np.zeros(1, np.int64)
        ptr = np.concatenate(([0], np.cumsum(counts)))
        row_in = np.empty(n, dtype=np.int64)
        row_in[order] = np.arange(n) - ptr[parent[order] + 1]
        self._kids: list[int] = order.tolist()
        self._ptr: list[int] = ptr.tolist()
        self.row_in_parent: list[int] = row_in.tolist()
        self._end = np.array(self.end, dtype=np.int64)
        self._has_kids = self._end > np.arange(n) + 1
        self._keyed: dict[tuple[str, int], int] | None = None

    def _add(self, kind: RowKind, ref: int, uid: int, depth: int, parent: int) -> int:
        self.kind.append(kind)
        self.ref.append(ref)
        self.uid.append(uid)
        self.depth.append(depth)
        self.parent.append(parent)
        return len(self.kind) - 1

    def _by_resource(self) -> None:
        u, c = self.usage, self.costs
        for is_cost, i in c.resource_order:
            if is_cost:
                top = self._add(RowKind.COST_ITEM, i, c.resources[i].uid, 0, -1)
                for j in c.assignment_rows(i):
                    self._add(RowKind.COST_ASSIGNMENT, j, c.assignments[j].uid, 1, top)
            else:
                top = self._add(RowKind.RESOURCE, i, u.resources[i].uid, 0, -1)
                for j in u.assignment_rows(i):
                    self._add(RowKind.ASSIGNMENT, j, u.assignments[j].uid, 1, top)

    def _by_task(self) -> None:
        u, c = self.usage, self.costs
        stack: list[tuple[int, int]] = []  # (outline level, row) of the open summaries
        for k, task in enumerate(u.tasks):
            level = task.outline_level
            while stack and stack[-1][0] >= level:
                stack.pop()
            depth = len(stack)
            row = self._add(RowKind.TASK, k, task.uid, depth, stack[-1][1] if stack else -1)
            for j in u.task_assignment_rows(k):
                self._add(RowKind.ASSIGNMENT, j, u.assignments[j].uid, depth + 1, row)
            for j in c.task_assignment_rows(k):
                self._add(RowKind.COST_ASSIGNMENT, j, c.assignments[j].uid, depth + 1, row)
            stack.append((level, row))

    # ------------------------------------------------------------------ outline

    def __len__(self) -> int:
        return len(self.kind)

    def child_count(self, row: int) -> int:
        """How many rows hang directly under ``row`` (-1: the top rows)."""
        return self._ptr[row + 2] - self._ptr[row + 1]

    def child(self, row: int, k: int) -> int:
        """The k-th row directly under ``row`` (-1: the top rows)."""
        return self._kids[self._ptr[row + 1] + k]

    def children(self, row: int) -> list[int]:
        """The rows directly under ``row`` (-1: the top rows)."""
        return self._kids[self._ptr[row + 1] : self._ptr[row + 2]]

    def key(self, row: int) -> tuple[str, int]:
        """What a row stands for, the same from one table to the next: ``("task", uid)``,
        ``("resource", uid)`` or ``("assignment", uid)``."""
        kind = self.kind[row]
        if kind == RowKind.TASK:
            return "task", self.uid[row]
        if kind in _ASSIGNMENTS:
            return "assignment", self.uid[row]
        return "resource", self.uid[row]

    def rows_of(self, keys: set[tuple[str, int]]) -> list[int]:
        """The rows that open whose :meth:`key` is one of ``keys``, in order."""
        if not keys:
            return []
        if self._keyed is None:  # only rows that open can be closed
            self._keyed = {self.key(r): r for r in np.flatnonzero(self._has_kids).tolist()}
        found = (self._keyed.get(k) for k in keys)
        return sorted(r for r in found if r is not None)

    def signature(self) -> tuple[bytes, bytes]:
        """Two trees with the same signature have the same rows in the same places."""
        kinds = np.array(self.kind, dtype=np.int8).tobytes()
        return kinds, np.array(self.uid, dtype=np.int64).tobytes()

    def shown(self, closed: Sequence[int]) -> IntArray:
        """The rows in view, in order, when ``closed`` rows are collapsed (their
        descendants hidden; a closed row without children changes nothing)."""
        n = len(self.kind)
        mark = np.zeros(n + 1, dtype=np.int64)
        if len(closed):
            shut = np.asarray(closed, dtype=np.int64)
            shut = shut[self._has_kids[shut]]
            np.add.at(mark, shut + 1, 1)
            np.add.at(mark, self._end[shut], -1)
        out: IntArray = np.flatnonzero(np.cumsum(mark[:n]) == 0).astype(np.int64)
        return out

    def has_children(self, row: int) -> bool:
        """Whether a row can open (a summary, a task or resource with assignments)."""
        return bool(self._has_kids[row])

    # ------------------------------------------------------------------ one row

    def is_assignment(self, row: int) -> bool:
        """Whether a row is an assignment (of a person, material or cost item)."""
        return self.kind[row] in _ASSIGNMENTS

    def name(self, row: int) -> str:
        """The row's name: the person or task, an assignment by its other side."""
        u, c = self.usage, self.costs
        kind, ref = self.kind[row], self.ref[row]
        if kind == RowKind.RESOURCE:
            return u.resources[ref].name
        if kind == RowKind.COST_ITEM:
            return c.resources[ref].name
        if kind == RowKind.TASK:
            return u.tasks[ref].name
        if kind == RowKind.ASSIGNMENT:
            if self.by_task:
                return u.resources[u.resource_row_of(ref)].name
            return u.tasks[u.task_row_of(u.assignments[ref].task_uid)].name
        if self.by_task:
            return c.resources[c.resource_row_of(ref)].name
        return u.tasks[u.task_row_of(c.assignments[ref].task_uid)].name

    def unit(self, row: int) -> str:
        """``h`` for work, a material's label, :data:`MONEY` for a cost item."""
        u = self.usage
        kind, ref = self.kind[row], self.ref[row]
        if kind in (RowKind.COST_ITEM, RowKind.COST_ASSIGNMENT):
            return MONEY
        if kind == RowKind.RESOURCE:
            return u.unit(ref)
        if kind == RowKind.ASSIGNMENT:
            return u.unit(u.resource_row_of(ref))
        return "h"

    def text(self, value: float, unit: str) -> str:
        """A figure as the views write it: ``8.0h`` (the plan's work unit), ``40.0 t``, ``$1,200.00``."""
        if unit == MONEY:
            return format_money(value, self.project)
        return self.work_unit.text(value, unit)

    def amount(self, value: float, unit: str) -> float:
        """A figure as a plain number: work in the plan's work unit, a quantity or money as is."""
        return value if unit == MONEY else self.work_unit.amount(value, unit)

    def unit_name(self, unit: str) -> str:
        """What a CSV's Unit column says: ``hours``, a material's label, the currency."""
        if unit == MONEY:
            return self.project.currency or self.project.currency_symbol or "cost"
        return self.work_unit.name if unit == "h" else unit

    def total(self, row: int) -> float:
        """The row's whole work, quantity or money."""
        u, c = self.usage, self.costs
        kind, ref = self.kind[row], self.ref[row]
        if kind == RowKind.RESOURCE:
            return float(u.resource_total[ref])
        if kind == RowKind.COST_ITEM:
            return float(c.resource_total[ref])
        if kind == RowKind.TASK:
            return float(u.task_total[ref])
        if kind == RowKind.ASSIGNMENT:
            return float(u.assignment_total[ref])
        return float(c.assignment_total[ref])

    def values(self, row: int, periods: Periods, lo: int = 0, hi: int | None = None) -> FloatArray:
        """The row's figures in periods lo..hi (exclusive; all by default)."""
        u, c = self.usage, self.costs
        kind, ref = self.kind[row], self.ref[row]
        if kind == RowKind.RESOURCE:
            return u.resource_values(ref, periods, lo, hi)
        if kind == RowKind.COST_ITEM:
            return c.resource_values(ref, periods, lo, hi)
        if kind == RowKind.TASK:
            return u.task_values(ref, periods, lo, hi)
        if kind == RowKind.ASSIGNMENT:
            return u.assignment_values(ref, periods, lo, hi)
        return c.assignment_values(ref, periods, lo, hi)

    def calendar(self, row: int) -> int:
        """Row of ``usage.nonworking`` that shades this row: the person's, else the project's."""
        u = self.usage
        kind, ref = self.kind[row], self.ref[row]
        if kind == RowKind.RESOURCE:
            return u.resource_calendar[ref]
        if kind == RowKind.ASSIGNMENT:
            return u.resource_calendar[u.resource_row_of(ref)]
        return 0

    def bold(self, row: int) -> bool:
        """Resources and summary tasks are set in bold."""
        kind = self.kind[row]
        if kind == RowKind.TASK:
            return bool(self.usage.task_summary[self.ref[row]])
        return kind in (RowKind.RESOURCE, RowKind.COST_ITEM)

    def person(self, row: int) -> int:
        """The row's index in ``usage.resources`` when it is a person's own row (over-allocation
        reads it), else -1."""
        if self.kind[row] != RowKind.RESOURCE:
            return -1
        ref = self.ref[row]
        return ref if self.usage.resources[ref].type is ResourceType.WORK else -1


def _ends(depth: list[int]) -> list[int]:
    """For each row of an outline given by depths, the row just past its last descendant."""
    n = len(depth)
    ends = [n] * n
    stack: list[int] = []
    for k, d in enumerate(depth):
        while stack and depth[stack[-1]] >= d:
            ends[stack.pop()] = k
        stack.append(k)
    return ends


def build_usage_tree(
    usage: Usage,
    costs: CostUsage,
    by_task: bool,
    work_unit: WorkUnit | None = None,
    project: Project | None = None,
) -> UsageTree:
    """The outline of Task Usage (``by_task``) or Resource Usage over built tables."""
    return UsageTree(usage, costs, by_task, work_unit, project)
