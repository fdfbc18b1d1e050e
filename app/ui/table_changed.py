"""Whether the sheet shows its table's columns as the table defines them, or the user has
changed them since (a column inserted, hidden or moved, or a column state kept from an
earlier session): the status bar then says "Table: Entry (changed)", as a changed table is
still the table it was chosen as, with its columns no longer the definition's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.column_catalog import insertable
from app.ui.models.task_edits import Column
from app.ui.sheet_tables import SheetTable

if TYPE_CHECKING:
    from app.ui.task_tree import TaskTreeView


def shown_in_order(view: TaskTreeView) -> tuple[int, ...]:
    """The sheet's visible columns, left to right."""
    header = view.horizontalHeader()
    order = sorted(range(header.count()), key=header.visualIndex)
    return tuple(c for c in order if not view.isColumnHidden(c))


def table_changed(view: TaskTreeView, table: SheetTable) -> bool:
    """Whether the shown columns differ from what choosing ``table`` shows: the columns the
    document can fill (People and the cost columns only with people and costs) in the
    table's order, the task name always among them."""
    header = view.horizontalHeader()
    fillable = {int(c) for c in insertable(view)}
    shown = shown_in_order(view)
    wanted = [
        c
        for c in dict.fromkeys(table.columns)
        if c < header.count() and (c in fillable or c not in set(map(int, Column)))
    ]
    if Column.NAME not in wanted:
        wanted.insert(min(1, len(wanted)), Column.NAME)
    if Column.ID not in wanted:  # a table saved without ID: the header keeps it first, hidden
        shown = tuple(c for c in shown if c != Column.ID)
    return shown != tuple(int(c) for c in wanted)
