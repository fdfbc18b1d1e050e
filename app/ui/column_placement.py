"""Showing, hiding and placing the task sheet's columns: Insert Column, Hide Column and
View > Tables move the header's sections with these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QTableView

from app.ui.column_catalog import fitted_width, insertable, opening_width
from app.ui.models.custom_columns import custom_name
from app.ui.models.task_edits import DEFAULT_COLUMNS, Column

if TYPE_CHECKING:
    from app.ui.task_tree import TaskTreeView


def place_after(header: QHeaderView, column: int, anchor: int) -> None:
    """Move ``column``'s section right of ``anchor``'s."""
    source = header.visualIndex(column)
    target = header.visualIndex(anchor) + 1
    if source > target - 1:
        header.moveSection(source, target)
    elif source < target - 1:
        header.moveSection(source, target - 1)


def insert_column(view: QTableView, column: int, before: int | None = None) -> None:
    """Show ``column`` left of the column ``before`` (a logical index), as MS Project's
    Insert Column puts it where the header was clicked; at the end without one."""
    header = view.horizontalHeader()
    view.setColumnHidden(column, False)
    if header.sectionSize(column) <= 0:
        view.setColumnWidth(column, opening_width(column))
    if header.sectionSize(column) < fitted_width(header.sectionSizeHint(column)):
        # Room for the whole title ("Finish Variance" read "nish Variance", right-aligned).
        view.setColumnWidth(column, fitted_width(header.sectionSizeHint(column)))
    source = header.visualIndex(column)
    if source == 0 and not header.isFirstSectionMovable():
        return  # the ID column, hidden and shown again: it stays first
    if before is None or before < 0 or before == column:
        target = header.count() - 1
    else:
        target = header.visualIndex(before)
        if source < target:
            target -= 1  # the column leaves its place left of ``before`` first
    if target == 0 and not header.isFirstSectionMovable():
        target = 1  # the ID column stays first
    if source != target:
        header.moveSection(source, target)


def show_columns(
    view: TaskTreeView, columns: tuple[int, ...], widths: dict[int, int] | None = None
) -> list[int]:
    """Show exactly ``columns``, left to right, and hide every other one (View > Tables).

    A column the document cannot fill (People without people, Cost without costs) stays
    hidden. A column shown already keeps its width; one that shows again gets ``widths``'
    one, else the width it last had (or its default one), an optional column widened to
    its title as Insert Column does. The first column stays first (the header keeps ID
    there, hidden when ``columns`` lack it: a user's table saved without it). Returns
    the columns shown, in order.
    """
    header = view.horizontalHeader()
    available = set(insertable(view)) | {
        c for c in columns if custom_name(c) is not None and c < header.count()
    }
    shown = [c for c in dict.fromkeys(columns) if c in available and c < header.count()]
    if Column.NAME not in shown:
        shown.insert(min(1, len(shown)), Column.NAME)  # the outline needs its name column
    first = header.logicalIndex(0)
    pinned = not header.isFirstSectionMovable()  # the header keeps ID first, shown or not
    if pinned and first in shown and shown[0] != first:
        shown = [first, *(c for c in shown if c != first)]
    order = [first, *shown] if pinned and first not in shown else shown
    hidden_before = {c for c in shown if view.isColumnHidden(c)}
    for visual, column in enumerate(order):
        if header.visualIndex(column) != visual:
            header.moveSection(header.visualIndex(column), visual)
    hidden = set(range(header.count())) - set(shown)
    for column in hidden:
        if not view.isColumnHidden(column):
            view.setColumnHidden(column, True)
    for column in shown:
        view.setColumnHidden(column, False)
        wanted = (widths or {}).get(column, 0)
        if wanted > 0:
            view.setColumnWidth(column, fitted_width(wanted))
        elif column in hidden_before or header.sectionSize(column) <= 0:
            fitted = header.sectionSize(column) or opening_width(column)  # the width it last had
            if column not in DEFAULT_COLUMNS:  # the sheet's own are narrow by design
                fitted = max(fitted, fitted_width(header.sectionSizeHint(column)))
            view.setColumnWidth(column, fitted)
    return shown


def hide_column(view: QTableView, column: int) -> bool:
    """Hide a column (never the task name: the outline needs it); whether it was hidden."""
    if column == Column.NAME:
        return False
    view.setColumnHidden(column, True)
    return True
