"""Resource Usage's Resource Name column widening to an other plan's task rows when they
show: each names its task with its start and finish there ("Integration design (ERP,
e-mail) (2027-03-19 to 2027-03-25)"), two levels in, which the column's opening 260 px
cut. The column grows to the widest such row shown, up to :data:`NAME_WIDEST`, and the
left pane follows it (``_fit_panes``) unless the user dragged the divider; it never
narrows by itself, so a width the user gave it stays until a wider row shows. A mixin of
:class:`app.ui.usage.view.UsageView`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QFont, QFontMetrics

from app.domain.usage_other_rows import OTHER_TASK, OtherPlansUsageTree
from app.ui.usage.outline_view import INDENT, UsageOutlineView
from app.ui.usage.tree_model import NAME, UsageTreeModel
from app.ui.widget_mixin import WidgetMixin

# The Resource Name column is never widened past this (px): the periods keep their room;
# a longer name is cut as before and its tip says it whole.
NAME_WIDEST = 560
# Room around the text: the item's margins and a little air after the last character.
_MARGIN = 16


class NameFit(WidgetMixin):
    """Widen the Resource Name column to the other plans' task rows shown."""

    tree: UsageOutlineView
    tree_model: UsageTreeModel

    if TYPE_CHECKING:

        def _fit_panes(self) -> None: ...

    def _follow_names(self) -> None:
        """Measure the rows as they show: opened (inserted) or laid out again (reset)."""
        model = self.tree_model
        model.rowsInserted.connect(self._on_names_inserted)
        model.modelReset.connect(self._on_names_reset)

    def _on_names_inserted(
        self, _parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        self.fit_names(first, last + 1)

    def _on_names_reset(self) -> None:
        self.fit_names(0, self.tree_model.rowCount())

    def names_room(self, first: int, stop: int) -> int:
        """The width (px) the other plans' task rows among shown rows ``first``..``stop`` need
        in the Name column: indent, branch room and the name with its dates in italics (0:
        none among them)."""
        tree = self.tree_model.tree
        if not isinstance(tree, OtherPlansUsageTree) or first >= stop:
            return 0
        shown = np.asarray(self.tree_model.shown[first:stop], dtype=np.int64)
        kinds = np.asarray(tree.kind, dtype=np.int64)[shown]
        rows = [int(r) for r in np.flatnonzero(kinds == OTHER_TASK) + first]
        if not rows:
            return 0
        italic = QFont(self.tree.font())
        italic.setItalic(True)
        advance = QFontMetrics(italic).horizontalAdvance
        model = self.tree_model
        need = 0
        for row in rows:
            node = model.shown[row]
            text = str(model.data(model.index(row, NAME)) or "")
            need = max(need, (tree.depth[node] + 1) * INDENT + advance(text) + _MARGIN)
        return need

    def fit_names(self, first: int, stop: int) -> None:
        """Widen the Name column to the other plans' task rows among shown rows
        ``first``..``stop`` (never past :data:`NAME_WIDEST`, never narrower)."""
        need = min(self.names_room(first, stop), NAME_WIDEST)
        if need <= self.tree.columnWidth(NAME):
            return
        self.tree.setColumnWidth(NAME, need)
        self._fit_panes()
