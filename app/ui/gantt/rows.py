"""The rows the task tree shows, in display order, so the chart can place off-screen arrow ends.

Rebuilt only when the tree's rows change (expand, collapse, model changes);
painting then asks for a row's number in O(1). The functions below place the
chart's rows where the tree (and its vertical scroll) shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtWidgets import QTreeView

from app.domain.link import Link
from app.domain.plan import Plan
from app.report.gantt_paint import ChartRow
from app.ui.models.roles import TaskUidRole

BLOCK = 32  # rows per bucket of the link index


class RowIndex:
    """Display order of the tree's visible (expanded) rows and the links between them."""

    def __init__(self, tree: QTreeView, plan: Plan | None = None) -> None:
        self.uids: list[int] = []
        self.row_of: dict[int, int] = {}
        self._blocks: dict[int, list[Link]] = {}
        model = tree.model()
        if model is None or model.rowCount() == 0:
            return
        shown = getattr(model, "shown_uids", None)
        if shown is not None:  # the task sheet lists its rows: nothing to walk
            self.uids = list(shown())
            self.row_of = {uid: row for row, uid in enumerate(self.uids)}
            return
        finder = getattr(model, "index_of_uid", None)
        if plan is not None and finder is not None:
            self._from_outline(tree, plan, finder)
        else:
            self._from_tree(tree)

    def _from_outline(
        self, tree: QTreeView, plan: Plan, finder: Callable[[int], QModelIndex]
    ) -> None:
        """Walk the plan's outline, asking the tree only whether summaries are expanded.

        Much faster than stepping through 10k rows with ``indexBelow``.
        """
        tasks = plan.tasks
        n = len(tasks)
        i = 0
        while i < n:
            task = tasks[i]
            self.row_of[task.uid] = len(self.uids)
            self.uids.append(task.uid)
            summary = i + 1 < n and tasks[i + 1].outline_level > task.outline_level
            if summary and not tree.isExpanded(finder(task.uid)):
                i = plan.subtree_end(i)
                continue
            i += 1

    def _from_tree(self, tree: QTreeView) -> None:
        """Any other model: step through the rows the tree shows."""
        model = tree.model()
        index: QModelIndex = model.index(0, 0)
        while index.isValid():
            uid = index.data(TaskUidRole)
            if uid is not None:
                self.row_of[int(uid)] = len(self.uids)
                self.uids.append(int(uid))
            index = tree.indexBelow(index)

    def index_links(self, links: Iterable[Link]) -> None:
        """Bucket links by the rows they span, for :meth:`links_near`."""
        blocks: dict[int, list[Link]] = {}
        for lk in links:
            a, b = self.row_of.get(lk.predecessor), self.row_of.get(lk.successor)
            if a is None or b is None:
                continue
            lo, hi = (a, b) if a <= b else (b, a)
            for block in range(lo // BLOCK, hi // BLOCK + 1):
                blocks.setdefault(block, []).append(lk)
        self._blocks = blocks

    def links_near(self, first_row: int, last_row: int) -> list[Link]:
        """Links that may cross rows ``first_row``..``last_row`` (each once)."""
        seen: set[tuple[int, int]] = set()
        out: list[Link] = []
        for block in range(first_row // BLOCK, last_row // BLOCK + 1):
            for lk in self._blocks.get(block, ()):
                if lk.key not in seen:
                    seen.add(lk.key)
                    out.append(lk)
        return out


def visible_rows(tree: QTreeView, rows: RowIndex, top: int) -> list[ChartRow]:
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
    uid = index.data(TaskUidRole)
    first = rows.row_of.get(int(uid)) if uid is not None else None
    if first is None or h <= 0:
        return []
    count = (height - rect.top()) // h + 1
    y0 = top + rect.top()
    return [ChartRow(u, y0 + k * h, h) for k, u in enumerate(rows.uids[first : first + count])]


def row_height(tree: QTreeView) -> int:
    """Height of a tree row."""
    model = tree.model()
    if model is None or model.rowCount() == 0:
        return 20
    return max(tree.sizeHintForRow(0), tree.visualRect(model.index(0, 0)).height(), 1)


def index_of(tree: QTreeView, rows: RowIndex, uid: int) -> QModelIndex:
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
