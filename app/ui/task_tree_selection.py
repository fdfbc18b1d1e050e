"""The task sheet's selection: the selected and current tasks, selected by uid, copied as
text, and kept across a model reset.

A mixin of :class:`app.ui.task_tree.TaskTreeView`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView

from app.domain.grouping_rows import is_group_key
from app.ui.models.roles import TaskUidRole
from app.ui.models.task_edits import HEADERS, Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.models.task_rows import runs
from app.ui.selected_rows import selected_rows
from app.ui.widget_mixin import TableViewMixin


def column_title(model: TaskTreeModel, column: int) -> str:
    """A column's title as the sheet's header shows it."""
    if column < len(Column):
        return HEADERS[Column(column)]
    return str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def copied_texts(model: TaskTreeModel, column: int, uids: list[int]) -> list[str]:
    """A column's cells of these tasks as Copy puts them on the clipboard: as the sheet shows
    them, but the notes whole (the cell shows their first line; Excel takes the lines in one
    quoted cell)."""
    if column == Column.NOTES:
        task = model.document.plan.task
        return [task(uid).notes for uid in uids]
    return [str(text or "") for text in model.column_texts(column, uids)]


def excel_text(rows: Iterable[Sequence[str]]) -> str:
    """Rows of cells as Excel puts them on the clipboard: tab-separated, a cell holding a tab,
    a quote or a line break quoted (quotes doubled), a line a row."""
    out = io.StringIO()
    csv.writer(out, dialect="excel-tab", lineterminator="\n").writerows(rows)
    return out.getvalue()


class SheetSelection(TableViewMixin):
    """Which tasks are selected in the sheet, by uid.

    Uses the view's ``task_model()`` and Qt's QTableView calls.
    """

    _selection_before_reset: list[int]
    _current_before_reset: int | None

    if TYPE_CHECKING:

        def task_model(self) -> TaskTreeModel: ...

    def selected_uids(self) -> list[int]:
        """Selected tasks in row order."""
        plan = self.task_model().document.plan
        return sorted(self.iter_selected_uids(), key=plan.index_of)

    def iter_selected_uids(self) -> Iterator[int]:
        """The selected rows' tasks, each once, in selection order, read as asked for: from the
        rows of the selection's ranges (rows are selected whole; Qt's selectedRows() asks every
        cell's flags, 16 s for 5,000 rows), not group headers nor the empty last row."""
        model, seen = self.task_model(), set[int]()
        shown, has_task = model.shown_uids(), model.document.plan.has_task
        for row, parent in selected_rows(self.selectionModel()):
            if parent.isValid() or row >= len(shown):  # the empty last row
                continue
            uid = shown[row]  # the row's key, as the model's index() gives it
            if not is_group_key(uid) and uid not in seen and has_task(uid):
                seen.add(uid)  # a task under two groups' headers: once
                yield uid

    def selection_as_text(self, uids: list[int] | None = None) -> str:
        """Selected rows (``uids``: those, read already) as tab-separated text with a header
        line, quoted as Excel writes it (:func:`excel_text`; notes whole): the visible columns
        but Indicators, in the order the sheet shows them (inserted and dragged ones where
        they stand)."""
        model = self.task_model()
        header = self.horizontalHeader()
        # Not the Indicators column: icons, no text to paste.
        # Custom field columns (after the sheet's own) by their alias, as the header shows them.
        shown = (
            c
            for c in range(model.columnCount())
            if not self.isColumnHidden(c) and c != Column.INDICATORS
        )
        columns = sorted(shown, key=header.visualIndex)
        rows = self.selected_uids() if uids is None else uids
        # Read a column at a time, formatted straight from the model: not through a
        # QModelIndex per cell (4 s for 5,000 rows), nor through the paint cache.
        cells = [copied_texts(model, c, rows) for c in columns]
        if Column.NAME in columns:  # keep the outline readable once pasted
            level_of, task = model.row_level, model.document.plan.task
            names = cells[columns.index(Column.NAME)]
            for n, uid in enumerate(rows):
                names[n] = "    " * (level_of(task(uid)) - 1) + names[n]
        titles = [column_title(model, c) for c in columns]
        return excel_text([titles, *zip(*cells, strict=True)])

    def current_uid(self) -> int | None:
        """The task of the current row."""
        uid = self.currentIndex().data(TaskUidRole)
        return None if uid is None else int(uid)

    def acted_uids(self) -> list[int]:
        """What a command on "the selected tasks" acts on: the selection in row order, else
        the current row's task (none: an empty list)."""
        uids = self.selected_uids()
        if not uids:
            current = self.current_uid()
            uids = [current] if current is not None else []
        return uids

    def select_uids(self, uids: list[int], current: int | None = None) -> None:
        """Select these tasks' rows and make one of them current (expanding what hides them)."""
        model = self.task_model()
        focus = current if current is not None else (uids[0] if uids else None)
        model.reveal([*uids, *([] if focus is None else [focus])])
        rows = sorted(idx.row() for uid in uids if (idx := model.index_of_uid(uid)).isValid())
        last = model.columnCount() - 1
        chosen = QItemSelection()
        for first, final in runs(rows):
            chosen.select(model.index(first, 0), model.index(final, last))
        selection = self.selectionModel()
        selection.select(
            chosen,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if focus is not None:
            idx = model.index_of_uid(focus, Column.NAME)
            if idx.isValid():
                selection.setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.scrollTo(idx)

    def _on_model_about_to_reset(self) -> None:
        self._selection_before_reset = self.selected_uids()
        self._current_before_reset = self.current_uid()

    def rowsAboutToBeRemoved(
        self, parent: QModelIndex | QPersistentModelIndex, start: int, end: int
    ) -> None:
        """As Qt's, the open cell editor of a row that goes closed first: a change from
        elsewhere (Undo however asked for, a script's stack step) took the row from under
        it, and Qt's dropping the editor moved the focus, which committed it after it no
        longer belonged to the sheet ("commitData called with an editor that does not belong
        to this view"). What was typed goes with the row, as Edit > Undo drops it."""
        index = self.currentIndex()
        if (
            self.state() is QAbstractItemView.State.EditingState
            and index.isValid()
            and start <= index.row() <= end
            and index.parent() == parent
        ):
            editor = self.indexWidget(index)
            if editor is not None:
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
        super().rowsAboutToBeRemoved(parent, start, end)

    def _on_model_reset(self) -> None:
        """A reset keeps the collapsed summaries (the model holds them); bring the selection back."""
        self.select_uids(self._selection_before_reset, self._current_before_reset)
