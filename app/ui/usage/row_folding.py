"""Opening and closing the Usage view's outline rows: the rows below an opened person,
summary or task show in both panes, a closed one's leave them.

Which rows are closed is kept per mode by what they stand for (``_closed``), so it
survives edits, undo and switching between Resource and Task Usage. A mixin of
:class:`app.ui.usage.view.UsageView`, which fills the panes (``_show``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import numpy as np

from app.domain.usage_tree import UsageTree
from app.ui.usage.grid_model import UsageGridModel
from app.ui.usage.outline_view import UsageOutlineView
from app.ui.usage.rows import Mode
from app.ui.usage.tree_model import UsageTreeModel
from app.ui.widget_mixin import WidgetMixin

if TYPE_CHECKING:
    import numpy.typing as npt

    IntArray = npt.NDArray[np.int64]

# Up to this many rows closed by hand, Expand all opens them one by one.
_FEW = 200


class RowFolding(WidgetMixin):
    """Expand and collapse rows, one or all, in the outline and the grid beside it."""

    tree: UsageOutlineView
    tree_model: UsageTreeModel
    grid_model: UsageGridModel
    _closed: dict[Mode, set[tuple[str, int]]]

    if TYPE_CHECKING:

        @property
        def mode(self) -> Mode: ...

        def _show(self, tree: UsageTree) -> None: ...

        def _visible(self, tree: UsageTree) -> IntArray: ...

        def _tell_sheet(self, tree: UsageTree, nodes: Iterable[int], closed: bool) -> None: ...

    def closed_keys(self, mode: Mode | None = None) -> set[tuple[str, int]]:
        """The rows closed by hand in a mode (the current one by default), by what they are."""
        return set(self._closed[mode or self.mode])

    def is_expanded(self, node: int) -> bool:
        """Whether an outline row is open (a row without rows below counts as open)."""
        key = self.tree_model.tree.key(node)
        return key not in self._closed[self.mode]

    def expand(self, node: int) -> None:
        """Open an outline row: the rows below it that are not themselves closed show."""
        tree = self.tree_model.tree
        self._closed[self.mode].discard(tree.key(node))
        if not tree.has_children(node):
            return
        self._tell_sheet(tree, [node], False)
        self.tree_model.set_closed(node, False)
        shown = self.grid_model.shown
        at = bisect_left(shown, node)
        if at >= len(shown) or shown[at] != node:
            return  # inside a closed row: nothing shows yet
        opened = self._visible(tree)  # the rows a filter leaves out stay out
        lo = int(np.searchsorted(opened, node, side="right"))
        hi = int(np.searchsorted(opened, tree.end[node], side="left"))
        rows = opened[lo:hi].tolist()
        if rows and len(shown) > at + 1 and shown[at + 1] == rows[0]:
            return  # already open
        self.tree_model.insert_shown(at + 1, rows)
        self.grid_model.insert_shown(at + 1, list(rows))

    def collapse(self, node: int) -> None:
        """Close an outline row: the rows below it leave both panes."""
        tree = self.tree_model.tree
        if not tree.has_children(node):
            return
        self._closed[self.mode].add(tree.key(node))
        self._tell_sheet(tree, [node], True)
        self.tree_model.set_closed(node, True)
        shown = self.grid_model.shown
        at = bisect_left(shown, node)
        if at >= len(shown) or shown[at] != node:
            return
        end = bisect_left(shown, tree.end[node])
        self.tree_model.remove_shown(at + 1, end - at - 1)
        self.grid_model.remove_shown(at + 1, end - at - 1)

    def _on_open_requested(self, row: int, opened: bool) -> None:
        node = self.tree_model.shown[row]
        if opened:
            self.expand(node)
        else:
            self.collapse(node)

    def expand_all(self) -> None:
        """Show every row."""
        mine = self._closed[self.mode]
        if not mine:
            return  # nothing closed: nothing to do
        tree = self.tree_model.tree
        self._tell_sheet(tree, tree.rows_of(mine), False)  # the sheet's summaries at once
        if len(mine) > _FEW:  # one new layout beats thousands of row insertions
            mine.clear()
            self._keep_scroll(lambda: self._show(tree))
            return
        for node in tree.rows_of(set(mine)):
            self.expand(node)
        mine.clear()

    def collapse_all(self) -> None:
        """Show the top rows only: people, or the plan's top-level tasks."""
        tree = self.tree_model.tree
        opening = [node for node in range(len(tree)) if tree.has_children(node)]
        self._closed[self.mode] = {tree.key(node) for node in opening}
        self._tell_sheet(tree, opening, True)
        self._show(tree)

    def _keep_scroll(self, fill: Callable[[], None]) -> None:
        value = self.tree.verticalScrollBar().value()
        fill()
        self.tree.verticalScrollBar().setValue(value)
