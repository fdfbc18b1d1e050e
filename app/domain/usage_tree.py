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
from itertools import compress
from operator import attrgetter, is_, not_
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from app.domain.money import format_money
from app.domain.project import Project
from app.domain.resource import Assignment, ResourceType
from app.domain.usage import Periods, Usage, WorkUnit
from app.domain.usage_costs import CostUsage

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]
    # kind, ref, uid, depth, parent, end per row
    _Laid = tuple[IntArray, IntArray, IntArray, IntArray, IntArray, IntArray]

# The unit of a cost row (a material's label is never this sign).
MONEY = "¤"


class RowKind(IntEnum):
    """What one row of the outline is."""

    RESOURCE = 0  # a person or material: index in Usage.resources
    COST_ITEM = 1  # a cost resource: index in CostUsage.resources
    TASK = 2  # index in Usage.tasks
    ASSIGNMENT = 3  # a person's or material's: index in Usage.assignments
    COST_ASSIGNMENT = 4  # a cost item's: index in CostUsage.assignments
    GROUP = 5  # a group header of Task Usage grouped: app/domain/usage_groups.py


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
        previous: UsageTree | None = None,
        task_rows: TaskRows | None = None,
    ) -> None:
        self.usage = usage
        self.costs = costs
        self.by_task = by_task
        self.work_unit = work_unit or WorkUnit()
        self.project = project or Project()
        #: Task Usage sorted: the rows of ``usage.tasks`` in the order shown, and whether
        #: they are leaves listed flat (app/domain/usage_filter.sorted_task_rows); None:
        #: the plan's outline
        self.task_rows = task_rows
        #: whether the rows are ``previous``'s (an edit that changed figures only)
        self.reused = (
            previous is not None
            and previous.task_rows == task_rows
            and _same_rows(previous, usage, costs, by_task)
        )
        if self.reused:
            assert previous is not None
            self._reuse(previous)
            return
        laid = self._by_task() if by_task else self._by_resource()
        kind, ref, uid, depth, parent, end = laid
        n = len(kind)
        self.kind: list[int] = kind.tolist()
        self.ref: list[int] = ref.tolist()
        self.uid: list[int] = uid.tolist()
        self.depth: list[int] = depth.tolist()
        self.parent: list[int] = parent.tolist()
        self.end: list[int] = end.tolist()
        # children of row p (p = -1: the top rows) are kids[ptr[p + 1] : ptr[p + 2]]
        order = np.argsort(parent + 1, kind="stable")
        counts = np.bincount(parent + 1, minlength=n + 1) if n else np.zeros(1, np.int64)
        ptr = np.concatenate(([0], np.cumsum(counts)))
        row_in = np.empty(n, dtype=np.int64)
        row_in[order] = np.arange(n) - ptr[parent[order] + 1]
        self._kids: list[int] = order.tolist()
        self._ptr: list[int] = ptr.tolist()
        self.row_in_parent: list[int] = row_in.tolist()
        self._end = end
        self._has_kids = end > np.arange(n) + 1
        self._keyed: dict[tuple[str, int], int] | None = None
        self._owners: list[int] | None = None

    def _owner(self, assignment_row: int) -> int:
        """``usage.resource_row_of`` from a list made once (a row printed asks it twice)."""
        if self._owners is None:
            u = self.usage
            self._owners = np.repeat(np.arange(len(u.resources)), u.assignment_counts()).tolist()
        return self._owners[assignment_row]

    def _reuse(self, old: UsageTree) -> None:
        """Take the rows of an outline of the same plan rows (they are never changed)."""
        self.kind, self.ref, self.uid = old.kind, old.ref, old.uid
        self.depth, self.parent, self.end = old.depth, old.parent, old.end
        self._kids, self._ptr, self.row_in_parent = old._kids, old._ptr, old.row_in_parent
        self._end, self._has_kids, self._keyed = old._end, old._has_kids, old._keyed
        self._owners = old._owners

    def _by_resource(self) -> _Laid:
        """Resources in the plan's order, each over its assignments."""
        u, c = self.usage, self.costs
        order = c.resource_order
        n = len(order)
        is_cost = np.array([cost for cost, _ in order], dtype=bool)
        ref = np.array([i for _, i in order], dtype=np.int64)
        top_of_person = np.zeros(len(u.resources), dtype=np.int64)
        top_of_item = np.zeros(len(c.resources), dtype=np.int64)
        top_of_person[ref[~is_cost]] = np.flatnonzero(~is_cost)
        top_of_item[ref[is_cost]] = np.flatnonzero(is_cost)
        uids = [(c.resources[i] if cost else u.resources[i]).uid for cost, i in order]
        tops = _Tops(
            np.where(is_cost, RowKind.COST_ITEM, RowKind.RESOURCE).astype(np.int64),
            ref,
            np.array(uids, dtype=np.int64),
            np.zeros(n, dtype=np.int64),
            np.full(n, -1, dtype=np.int64),
            np.arange(1, n + 1, dtype=np.int64),
        )
        people = np.repeat(np.arange(len(u.resources)), u.assignment_counts())
        items = np.repeat(
            np.arange(len(c.resources)),
            [len(c.assignment_rows(i)) for i in range(len(c.resources))],
        ).astype(np.int64)
        return _lay_out(
            tops,
            [
                (top_of_person[people], RowKind.ASSIGNMENT, _uids(u.assignments)),
                (top_of_item[items], RowKind.COST_ASSIGNMENT, _uids(c.assignments)),
            ],
        )

    def _by_task(self) -> _Laid:
        """The task outline, each task over its own assignments (people and materials, then
        cost items)."""
        u, c = self.usage, self.costs
        rows = list(range(len(u.tasks))) if self.task_rows is None else self.task_rows.rows
        flat = self.task_rows is not None and self.task_rows.flat
        tasks = [u.tasks[k] for k in rows]
        levels = [1] * len(tasks) if flat else [t.outline_level for t in tasks]
        n = len(levels)
        depth = [0] * n
        above = [-1] * n
        ends = [n] * n
        stack: list[int] = []  # the open summaries
        for k, level in enumerate(levels):
            while stack and levels[stack[-1]] >= level:
                ends[stack.pop()] = k
            depth[k] = len(stack)
            above[k] = stack[-1] if stack else -1
            stack.append(k)
        tops = _Tops(
            np.full(n, RowKind.TASK, dtype=np.int64),
            np.array(rows, dtype=np.int64),
            np.array([t.uid for t in tasks], dtype=np.int64),
            np.array(depth, dtype=np.int64),
            np.array(above, dtype=np.int64),
            np.array(ends, dtype=np.int64),
        )
        row_of = {t.uid: k for k, t in enumerate(tasks)}  # a task's top row
        owners = [
            np.array([row_of.get(a.task_uid, -1) for a in table], dtype=np.int64)
            for table in (u.assignments, c.assignments)
        ]
        return _lay_out(
            tops,
            [
                (owners[0], RowKind.ASSIGNMENT, _uids(u.assignments)),
                (owners[1], RowKind.COST_ASSIGNMENT, _uids(c.assignments)),
            ],
        )

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

    def child_table(self) -> tuple[list[int], list[int]]:
        """``(ptr, kids)``: the rows under row p (-1: the top) are ``kids[ptr[p + 1] : ptr[p + 2]]``."""
        return self._ptr, self._kids

    def opens(self) -> list[bool]:
        """Per row, whether it opens (:meth:`has_children`), as a plain list."""
        got: list[bool] = self._has_kids.tolist()
        return got

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
                return u.resources[self._owner(ref)].name
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
            return u.unit(self._owner(ref))
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

    def cells(self, periods: Periods) -> tuple[IntArray, IntArray, FloatArray]:
        """Every row's figures where it has any, at once: ``(row, period, value)`` sorted by
        row then period, equal to :meth:`values` row by row. For a printout or a file of
        the whole table: a call per row took 90 s at 100k tasks by week."""
        u = self.usage
        n = len(periods)
        kind = np.array(self.kind, dtype=np.int64)
        ref = np.array(self.ref, dtype=np.int64)
        parent = np.array(self.parent, dtype=np.int64)
        rows: list[IntArray] = []
        cols: list[IntArray] = []
        vals: list[FloatArray] = []
        # people's and materials' assignments, from the table at once
        asg_rows = np.flatnonzero(kind == RowKind.ASSIGNMENT)
        node_of = np.full(len(u.assignments), -1, dtype=np.int64)
        node_of[ref[asg_rows]] = asg_rows
        j, k, v = u.assignment_cells(periods)
        node = node_of[j]
        rows.append(node)
        cols.append(k)
        vals.append(v)
        # inactive work (an inactive task's, or under an inactive summary) adds nothing to
        # its person, nor to an active summary: only to the inactive tasks above it
        live = u.counted[j] if len(j) else np.zeros(0, dtype=bool)
        if self.by_task:  # every task above a person's assignment adds its work
            people = np.array([r.type is ResourceType.WORK for r in u.resources], dtype=bool)
            owner = np.repeat(np.arange(len(u.resources)), u.assignment_counts())
            work = people[owner[j]] if len(j) else np.zeros(0, dtype=bool)
            counted_row = np.ones(len(kind), dtype=bool)
            task_rows = np.flatnonzero(kind == RowKind.TASK)
            counted_row[task_rows] = u.task_counted[ref[task_rows]]
            up, k_up, v_up, l_up = parent[node[work]], k[work], v[work], live[work]
            while len(up):
                adds = l_up | ~counted_row[up]
                rows.append(up[adds])
                cols.append(k_up[adds])
                vals.append(v_up[adds])
                higher = parent[up] >= 0
                up, k_up, v_up = parent[up[higher]], k_up[higher], v_up[higher]
                l_up = l_up[higher]
        else:  # a resource adds its assignments
            rows.append(parent[node[live]])
            cols.append(k[live])
            vals.append(v[live])
        # cost items: few; read row by row
        for row in np.flatnonzero((kind == RowKind.COST_ITEM) | (kind == RowKind.COST_ASSIGNMENT)):
            figures = self.values(int(row), periods)
            hit = np.flatnonzero(figures)
            rows.append(np.full(len(hit), row, dtype=np.int64))
            cols.append(hit.astype(np.int64))
            vals.append(figures[hit])
        if not n or not rows:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
        key, at = np.unique(np.concatenate(rows) * n + np.concatenate(cols), return_inverse=True)
        weights = np.concatenate(vals)
        sums: FloatArray = np.bincount(at, weights=weights, minlength=len(key)).astype(np.float64)
        return key // n, key % n, sums

    def calendar(self, row: int) -> int:
        """Row of ``usage.nonworking`` that shades this row: the person's, else the project's."""
        u = self.usage
        kind, ref = self.kind[row], self.ref[row]
        if kind == RowKind.RESOURCE:
            return u.resource_calendar[ref]
        if kind == RowKind.ASSIGNMENT:
            return u.resource_calendar[self._owner(ref)]
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


def _same(old: Sequence[object], new: Sequence[object], fields: attrgetter[Any]) -> bool:
    """Whether two tables hold the same rows: the same objects, or equal in ``fields``."""
    if len(old) != len(new):
        return False
    # Most rows are the very same objects after an edit: find the others in C-level loops
    # (a Python loop over 167k rows took 0.16 s at 100k tasks), then compare those.
    differ = list(compress(range(len(old)), map(not_, map(is_, old, new))))
    return all(fields(old[k]) == fields(new[k]) for k in differ)


_TASK_ROW = attrgetter("uid", "outline_level")
_ASSIGNMENT_ROW = attrgetter("uid", "task_uid", "resource_uid")
_RESOURCE_ROW = attrgetter("uid")


def _same_rows(old: UsageTree, usage: Usage, costs: CostUsage, by_task: bool) -> bool:
    """Whether an outline built on these tables would have ``old``'s rows in ``old``'s places:
    the same tasks at the same levels, resources in the same order, the same assignments of
    the same tasks and resources in the same order. At 100k tasks this is a few
    hundredths of a second where laying the outline out again is a few tenths."""
    if old.by_task != by_task:
        return False
    u, c = old.usage, old.costs
    return (
        c.resource_order == costs.resource_order
        and _same(u.resources, usage.resources, _RESOURCE_ROW)
        and _same(c.resources, costs.resources, _RESOURCE_ROW)
        and _same(u.assignments, usage.assignments, _ASSIGNMENT_ROW)
        and _same(c.assignments, costs.assignments, _ASSIGNMENT_ROW)
        and _same(u.tasks, usage.tasks, _TASK_ROW)
    )


class TaskRows(NamedTuple):
    """Task Usage's tasks in a sorted order: rows of ``Usage.tasks``, and whether they are
    the leaves only, listed flat (a sort without the outline)."""

    rows: list[int]
    flat: bool


class _Tops(NamedTuple):
    """The top-level kind of rows (resources or tasks) before their assignments are placed:
    depth, parent and subtree end counted in tops."""

    kind: IntArray
    ref: IntArray
    uid: IntArray
    depth: IntArray
    parent: IntArray
    end: IntArray


def _uids(table: Sequence[Assignment]) -> IntArray:
    return np.array([a.uid for a in table], dtype=np.int64)


def _lay_out(tops: _Tops, groups: list[tuple[IntArray, RowKind, IntArray]]) -> _Laid:
    """Number every row: each top row followed by its assignments, group after group, each
    group's rows in their table's order. ``groups``: per table, the top row that owns each
    entry (-1: none), the rows' kind and the entries' uids."""
    n = len(tops.kind)
    size = np.ones(n, dtype=np.int64)
    placed: list[tuple[IntArray, IntArray, IntArray]] = []  # (owner, index, offset in owner)
    for owner, _kind, _uid in groups:
        index = np.flatnonzero(owner >= 0)
        index = index[np.argsort(owner[index], kind="stable")]
        mine = owner[index]
        rank = np.arange(len(index)) - np.searchsorted(mine, mine, side="left")
        placed.append((mine, index, size[mine] + rank))
        size += np.bincount(mine, minlength=n).astype(np.int64)
    start = np.concatenate(([0], np.cumsum(size))).astype(np.int64)
    total = int(start[-1])
    kind = np.empty(total, dtype=np.int64)
    ref = np.empty(total, dtype=np.int64)
    uid = np.empty(total, dtype=np.int64)
    depth = np.empty(total, dtype=np.int64)
    parent = np.empty(total, dtype=np.int64)
    end = np.empty(total, dtype=np.int64)
    at = start[:-1]
    kind[at], ref[at], uid[at], depth[at] = tops.kind, tops.ref, tops.uid, tops.depth
    parent[at] = np.where(tops.parent >= 0, start[np.maximum(tops.parent, 0)], -1)
    end[at] = start[tops.end]
    for (mine, index, offset), (_owner, row_kind, uids) in zip(placed, groups, strict=True):
        rows = start[mine] + offset
        kind[rows] = row_kind
        ref[rows] = index
        uid[rows] = uids[index]
        depth[rows] = tops.depth[mine] + 1
        parent[rows] = start[mine]
        end[rows] = rows + 1
    return kind, ref, uid, depth, parent, end


def build_usage_tree(
    usage: Usage,
    costs: CostUsage,
    by_task: bool,
    work_unit: WorkUnit | None = None,
    project: Project | None = None,
    previous: UsageTree | None = None,
    task_rows: TaskRows | None = None,
) -> UsageTree:
    """The outline of Task Usage (``by_task``) or Resource Usage over built tables.

    ``previous``: the outline before an edit; its rows are taken as they are when the
    edit left the plan's rows alone (see :attr:`UsageTree.reused`)."""
    return UsageTree(usage, costs, by_task, work_unit, project, previous, task_rows)
