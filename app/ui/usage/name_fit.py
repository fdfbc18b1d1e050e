"""Resource Usage's Resource Name column widening to an other plan's task rows when they
show: each names its task with its start and finish there ("Integration design (ERP,
e-mail) (2027-03-19 to 2027-03-25)"), two levels in, which the column's opening 260 px
cut. The column grows to the widest such row shown, up to :data:`NAME_WIDEST`, and the
left pane follows it (``_fit_panes``) unless the user dragged the divider. When those rows
go (closed, or the other plans left out) it narrows again to the widest still shown, never
below the width it had before it widened; a width the user gave it (the column dragged
since) stays until a wider row shows. A mixin of :class:`app.ui.usage.view.UsageView`.
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
    #: the column's width before it widened to other plans' rows, and the width it was given
    #: then (None: not widened, or the user has set a width since)
    _names_before: int | None = None
    _names_given: int | None = None

    if TYPE_CHECKING:

        def _fit_panes(self) -> None: ...

    def _follow_names(self) -> None:
        """Measure the rows as they show: opened (inserted) or laid out again (reset)."""
        model = self.tree_model
        model.rowsInserted.connect(self._on_names_inserted)
        model.rowsRemoved.connect(self._on_names_removed)
        model.modelReset.connect(self._on_names_reset)

    def _on_names_inserted(
        self, _parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        self.fit_names(first, last + 1)

    def _on_names_removed(
        self, _parent: QModelIndex | QPersistentModelIndex, _first: int, _last: int
    ) -> None:
        self.narrow_names()

    def _on_names_reset(self) -> None:
        self.fit_names(0, self.tree_model.rowCount())
        self.narrow_names()

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
        width = self.tree.columnWidth(NAME)
        if need <= width:
            return
        if self._names_given != width:  # not widened yet, or the user set this width since
            self._names_before = width
        self._set_names_width(need)

    def narrow_names(self) -> None:
        """Narrow the Name column to the other plans' task rows still shown, once they went
        (closed, or the plans left out): never below its width before it widened, and not
        at all when the user has set a width since."""
        before, width = self._names_before, self.tree.columnWidth(NAME)
        if before is None or self._names_given != width:
            return
        need = max(before, min(self.names_room(0, self.tree_model.rowCount()), NAME_WIDEST))
        if need >= width:
            return
        self._set_names_width(need)
        if need == before:
            self._names_before = self._names_given = None

    def _set_names_width(self, width: int) -> None:
        self.tree.setColumnWidth(NAME, width)
        self._names_given = width
        self._fit_panes()
