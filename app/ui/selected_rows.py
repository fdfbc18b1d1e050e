"""The rows selected in a view that selects whole rows, read from the selection's ranges.

Qt's ``selectedRows()`` asks every cell of every selected row for its flags (13 s after
Ctrl+A on 5,000 tasks); a view with ``SelectRows`` selects rows whole, so each range's
rows are the selected ones. The task sheet reads its own tasks from the same rows
(app/ui/task_tree_selection.py ``iter_selected_uids``).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QItemSelectionModel, QModelIndex


def selected_rows(selection: QItemSelectionModel) -> Iterator[tuple[int, QModelIndex]]:
    """Each selected row once, as (row, parent), in selection order (as ``selectedRows(0)``
    gives them), without making an index or asking any cell's flags."""
    seen = set[tuple[int, QModelIndex]]()
    ranges = selection.selection()
    for k in range(ranges.count()):
        part = ranges.at(k)
        parent = part.parent()
        for row in range(part.top(), part.bottom() + 1):
            if (row, parent) not in seen:  # ranges of one row may overlap (Ctrl+clicks)
                seen.add((row, parent))
                yield row, parent


def selected_row_starts(selection: QItemSelectionModel) -> Iterator[QModelIndex]:
    """Each selected row's first cell, once, in selection order (as ``selectedRows(0)``
    gives them, without asking any cell's flags)."""
    model = selection.model()
    for row, parent in selected_rows(selection):
        yield model.index(row, 0, parent)
