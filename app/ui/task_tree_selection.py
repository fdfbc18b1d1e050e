"""The task sheet's selection: the selected and current tasks, selected by uid, copied as
text, and kept across a model reset.

A mixin of :class:`app.ui.task_tree.TaskTreeView`.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from app.ui.models.roles import TaskUidRole
from app.ui.models.task_edits import HEADERS, Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.models.task_rows import runs


def column_title(model: TaskTreeModel, column: int) -> str:
    """A column's title as the sheet's header shows it."""
    if column < len(Column):
        return HEADERS[Column(column)]
    return str(model.headerData(column, Qt.Orientation.Horizontal) or "")


class SheetSelection:
    """Which tasks are selected in the sheet, by uid.

    Uses the view's ``task_model()`` and Qt's QTableView calls.
    """

    _selection_before_reset: list[int]
    _current_before_reset: int | None

    def selected_uids(self) -> list[int]:
        """Selected tasks in row order."""
        plan = self.task_model().document.plan
        return sorted(self.iter_selected_uids(), key=plan.index_of)

    def iter_selected_uids(self) -> Iterator[int]:
        """The selected rows' tasks, each once, in selection order, read as asked for: from each
        row's first cell (rows are selected whole; Qt's selectedRows() asks every cell's flags,
        16 s for 5,000 rows), not group headers nor the empty last row."""
        model, seen = self.task_model(), set[int]()
        for part in self.selectionModel().selection():
            for row in range(part.top(), part.bottom() + 1):
                uid = model.index(row, 0, part.parent()).data(TaskUidRole)
                if uid is not None and int(uid) not in seen:  # a task under two groups' headers
                    seen.add(int(uid))
                    yield int(uid)

    def selection_as_text(self) -> str:
        """Selected rows as tab-separated text with a header line: the visible columns but
        Indicators, in the order the sheet shows them (inserted and dragged ones where they stand)."""
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
        # Each cell read from the model, not through a QModelIndex: 4 s -> 0.6 s for 5,000 rows.
        text, level_of, task = model.cell_text, model.row_level, model.document.plan.task
        name_at = columns.index(Column.NAME) if Column.NAME in columns else None
        lines = ["\t".join(column_title(model, c) for c in columns)]
        for uid in self.selected_uids():
            cells = [text(uid, c) or "" for c in columns]
            if name_at is not None:  # keep the outline readable once pasted
                cells[name_at] = "    " * (level_of(task(uid)) - 1) + cells[name_at]
            lines.append("\t".join(str(c).replace("\t", " ") for c in cells))
        return "\n".join(lines) + "\n"

    def current_uid(self) -> int | None:
        """The task of the current row."""
        uid = self.currentIndex().data(TaskUidRole)
        return None if uid is None else int(uid)

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

    def _on_model_reset(self) -> None:
        """A reset keeps the collapsed summaries (the model holds them); bring the selection back."""
        self.select_uids(self._selection_before_reset, self._current_before_reset)
