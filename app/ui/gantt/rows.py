"""The rows the task tree shows, in display order, so the chart can place off-screen arrow ends.

Brought up to date when the tree's rows change (expand, collapse, model
changes) or the plan's links do, looking again only at what moved; painting
then asks for a row's number in O(1). The functions below place the
chart's rows where the tree (and its vertical scroll) shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress, count
from operator import ne
from typing import TYPE_CHECKING, TypeAlias

import numpy as np
from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtWidgets import QTreeView

from app.domain.grouping_rows import GROUP_KEY_LIMIT
from app.domain.link import Link
from app.domain.plan import Plan
from app.report.gantt_paint import ChartRow
from app.ui.models.roles import TaskUidRole

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from app.ui.task_tree import TaskTreeView

    # What the chart follows: a plain tree, or the task sheet with a tree's outline calls.
    ChartTree: TypeAlias = QTreeView | TaskTreeView

BLOCK = 32  # rows per bucket: links come out bucket by bucket, as drawn before
_DENSE = 8  # uids up to this many times the row count: rows found in a table by uid


class RowIndex:
    """Display order of the tree's visible (expanded) rows and the links between them."""

    def __init__(self, tree: ChartTree, plan: Plan | None = None) -> None:
        self.uids: list[int] = shown_uids(tree, plan)
        self.row_of: dict[int, int] = dict(zip(self.uids, range(len(self.uids)), strict=True))
        self.ends: tuple[NDArray[np.int64], NDArray[np.int64]] | None = None  # links placed from
        self._by_uid: _RowsByUid | None = None  # rows by uid in arrays, built with the links
        self._links: Sequence[Link] = ()
        self._lo: NDArray[np.int64] = np.empty(0, dtype=np.int64)
        self._hi: NDArray[np.int64] = np.empty(0, dtype=np.int64)
        self._at: NDArray[np.int64] = np.empty(0, dtype=np.int64)

    def refresh(self, tree: ChartTree, plan: Plan | None = None) -> bool:
        """Take the rows the tree shows now; True when a row changed its place.

        Only the rows between the first and the last that changed are looked
        at again when the count stays (an indent, a move); a row shown or hidden
        (expand, collapse, a task added or deleted) renumbers every row below it.
        """
        new = shown_uids(tree, plan)
        old = self.uids
        if new == old:
            return False
        self.uids = new
        if len(new) == len(old):
            first = next(compress(count(), map(ne, old, new)))
            last = len(new) - 1 - next(compress(count(), map(ne, reversed(old), reversed(new))))
            moved = new[first : last + 1]
            if set(moved) == set(old[first : last + 1]):
                row_of = self.row_of
                for row, uid in enumerate(moved, start=first):
                    row_of[uid] = row
                if self._by_uid is not None and not self._by_uid.patch(moved, first):
                    self._by_uid = None
                return True
        self.row_of = dict(zip(new, range(len(new)), strict=True))
        self._by_uid = None
        return True

    def index_links(
        self,
        links: Sequence[Link],
        ends: tuple[NDArray[np.int64], NDArray[np.int64]] | None = None,
    ) -> None:
        """Place each link by the rows it spans, for :meth:`links_near`.

        ``ends``: the links' predecessor and successor uids as arrays
        (:attr:`PlanLookups.link_ends`), when known; kept as :attr:`ends`. Links
        with an end not shown are left out. In arrays, not buckets of Link
        objects: bucketing 150k links one by one froze the window's first paint
        for 0.2 s at 100k tasks.
        """
        self._links = tuple(links)  # a snapshot: positions stay right if the list changes
        if ends is None:
            n = len(links)
            ends = (
                np.fromiter((lk.predecessor for lk in links), dtype=np.int64, count=n),
                np.fromiter((lk.successor for lk in links), dtype=np.int64, count=n),
            )
        self.ends = ends
        if self.uids and self.uids[0] < GROUP_KEY_LIMIT:
            # Grouped (View > Group by): a task may show in two groups and links would join
            # rows of unrelated groups across the sheet; the chart draws none, as no row
            # is the one place a task's arrows start from.
            self._lo = self._hi = self._at = np.empty(0, dtype=np.int64)
            return
        if self._by_uid is None:
            self._by_uid = _RowsByUid(self.uids)
        a, b = self._by_uid.rows(ends[0]), self._by_uid.rows(ends[1])
        shown = np.flatnonzero((a >= 0) & (b >= 0))
        a, b = a[shown], b[shown]
        self._lo, self._hi, self._at = np.minimum(a, b), np.maximum(a, b), shown

    def links_near(self, first_row: int, last_row: int) -> list[Link]:
        """Links that may cross rows ``first_row``..``last_row`` (each once).

        Bucket by bucket of :data:`BLOCK` rows, each link where it first enters
        the range and in the plan's order within a bucket: the order the
        arrows have always been drawn in, so overlapping ones look the same.
        """
        if last_row < first_row:
            return []
        lo, hi = self._lo, self._hi
        hits = np.flatnonzero((lo <= last_row) & (hi >= first_row))
        if hits.size == 0:
            return []
        bucket = np.maximum(lo[hits], first_row) // BLOCK
        hits = hits[np.lexsort((hits, bucket))]
        links = self._links
        return [links[i] for i in self._at[hits].tolist()]


def shown_uids(tree: ChartTree, plan: Plan | None = None) -> list[int]:
    """Uids of the rows the tree shows, top to bottom."""
    model = tree.model()
    if model is None or model.rowCount() == 0:
        return []
    shown = getattr(model, "shown_uids", None)
    if shown is not None:  # the task sheet lists its rows: nothing to walk
        return list(shown())
    finder = getattr(model, "index_of_uid", None)
    if plan is not None and finder is not None:
        return _from_outline(tree, plan, finder)
    return _from_tree(tree)


def _from_outline(tree: ChartTree, plan: Plan, finder: Callable[[int], QModelIndex]) -> list[int]:
    """Walk the plan's outline, asking the tree only whether summaries are expanded.

    Much faster than stepping through 10k rows with ``indexBelow``.
    """
    tasks = plan.tasks
    n = len(tasks)
    out: list[int] = []
    i = 0
    while i < n:
        task = tasks[i]
        out.append(task.uid)
        summary = i + 1 < n and tasks[i + 1].outline_level > task.outline_level
        if summary and not tree.isExpanded(finder(task.uid)):
            i = plan.subtree_end(i)
            continue
        i += 1
    return out


def _from_tree(tree: ChartTree) -> list[int]:
    """Any other model: step through the rows the tree shows."""
    out: list[int] = []
    index: QModelIndex = tree.model().index(0, 0)
    while index.isValid():
        uid = index.data(TaskUidRole)
        if uid is not None:
            out.append(int(uid))
        index = tree.indexBelow(index)
    return out


class _RowsByUid:
    """Row of each shown uid, looked up for whole arrays of uids at once."""

    def __init__(self, uids: list[int]) -> None:
        shown = np.fromiter(uids, dtype=np.int64, count=len(uids))
        self._size = shown.size
        self._table: NDArray[np.int64] | None = None
        self._order: NDArray[np.int64] | None = None
        self._ranked: NDArray[np.int64] | None = None
        if shown.size == 0:
            return
        top = int(shown.max())
        if shown.min() >= 0 and top <= _DENSE * shown.size:
            # Uids are small numbers (as plans number their tasks): a table by uid.
            table = np.full(top + 2, -1, dtype=np.int64)  # the last cell answers unknown uids
            table[shown] = np.arange(shown.size, dtype=np.int64)
            self._table = table
        else:
            self._order = np.argsort(shown, kind="stable")
            self._ranked = shown[self._order]

    def rows(self, wanted: NDArray[np.int64]) -> NDArray[np.int64]:
        """Row of each uid in ``wanted``, -1 where it is not shown."""
        table = self._table
        if table is not None:
            top = table.size - 2
            return table[np.where((wanted >= 0) & (wanted <= top), wanted, top + 1)]
        if self._order is None or self._ranked is None:
            return np.full(wanted.size, -1, dtype=np.int64)
        at = np.minimum(np.searchsorted(self._ranked, wanted), self._ranked.size - 1)
        return np.where(self._ranked[at] == wanted, self._order[at], -1)

    def patch(self, uids: list[int], first: int) -> bool:
        """The same uids now sit in rows ``first``... in this order; False when this
        lookup cannot say so in place (build it again then)."""
        if self._table is None:
            return False
        moved = np.fromiter(uids, dtype=np.int64, count=len(uids))
        self._table[moved] = np.arange(first, first + moved.size, dtype=np.int64)
        return True


def _rows_of(
    uids: list[int], ends: tuple[NDArray[np.int64], NDArray[np.int64]]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Row (index in ``uids``) of each uid in both arrays, -1 where it is not in ``uids``."""
    by_uid = _RowsByUid(uids)
    return by_uid.rows(ends[0]), by_uid.rows(ends[1])


def visible_rows(tree: ChartTree, rows: RowIndex, top: int) -> list[ChartRow]:
    """Rows in the tree's viewport, placed below a header ``top`` pixels high.

    The tree has uniform row heights, so one visualRect gives every row's
    place; the row order comes from ``rows``.
    """
    height = tree.viewport().height()
    index = tree.indexAt(QPoint(1, 0))
    if not index.isValid():
        return []
    rect = tree.visualRect(index)
    h = rect.height()
    if getattr(tree.model(), "shown_uids", None) is not None:
        # The sheet lists its rows: the top row's number places it, whatever it holds (a
        # group's header row has no task; a task under two groups shows twice).
        first: int | None = index.row()
    else:
        uid = index.data(TaskUidRole)
        first = rows.row_of.get(int(uid)) if uid is not None else None
    if first is None or h <= 0:
        return []
    count = (height - rect.top()) // h + 1
    y0 = top + rect.top()
    return [ChartRow(u, y0 + k * h, h) for k, u in enumerate(rows.uids[first : first + count])]


def row_height(tree: ChartTree) -> int:
    """Height of a tree row."""
    model = tree.model()
    if model is None or model.rowCount() == 0:
        return 20
    return max(tree.sizeHintForRow(0), tree.visualRect(model.index(0, 0)).height(), 1)


def index_of(tree: ChartTree, rows: RowIndex, uid: int) -> QModelIndex:
    """The tree's index of a task (invalid when its row is not shown)."""
    model = tree.model()
    finder = getattr(model, "index_of_uid", None)
    if finder is not None:
        return finder(uid)  # type: ignore[no-any-return]
    r = rows.row_of.get(uid)
    if r is None:
        return QModelIndex()
    index = model.index(0, 0)
    for _ in range(r):
        index = tree.indexBelow(index)
    return index
