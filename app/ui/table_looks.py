"""Field Settings per table, as MS Project keeps a column's title, alignment and width in the
table (Entry, Tracking, Cost...) rather than in the window.

The sheet's :class:`~app.ui.field_settings.ColumnLooks` holds each table's looks; here the
widths follow the table too (:func:`switch_widths`, called as View > Tables switches), and
both are kept in the plan itself (:class:`~app.domain.view_state.SheetView`'s
``table_looks``, schema v32: app/store/table_looks_rows.py), as MS Project keeps a table's
definition in the project file, so the plan opened on another computer shows them; the
user's settings (:class:`app.ui.settings.PlanView`'s ``table_looks``) keep them too, for a
plan that keeps none (app/ui/sheet_view_keeper.kept_view). Each is a row of (table key,
column key, title, title's alignment, cells' alignment, wrapped, width; 0: the width is the
table's columns' own). A plan kept before tables had their own looks keeps None there: the
window's looks, which are the Entry table's, stay. A look set writes the plan's view
(ColumnLooks.sig_changed).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from app.domain.view_state import LookRow
from app.ui.field_settings import ColumnLook, look_as_list, look_from, looks_of
from app.ui.sheet_layout import column_key, column_of


def switch_widths(view: QTableView, leaving: str, entering: str) -> dict[int, int]:
    """Keep the widths of the table left's shown columns; the widths the table entered had
    when it was left (none the first time: its columns keep the sheet's)."""
    looks = looks_of(view)
    header = view.horizontalHeader()
    looks.widths[leaving] = {
        c: header.sectionSize(c) for c in range(header.count()) if not view.isColumnHidden(c)
    }
    return {} if entering == leaving else dict(looks.widths.get(entering, {}))


def table_looks_of(view: QTableView, tables: set[str] | None = None) -> tuple[LookRow, ...]:
    """Every table's looks and the other tables' widths as the plan's view keeps them
    (``tables``: the keys of the tables there are; a deleted user table's are dropped)."""
    looks = looks_of(view)
    shown = looks.table_key()
    rows: list[LookRow] = []
    for table in sorted(set(looks.by_table) | set(looks.widths)):
        if tables is not None and table not in tables:
            continue
        own = looks.by_table.get(table, {})
        widths = {} if table == shown else looks.widths.get(table, {})
        for column in sorted(set(own) | set(widths)):
            key = column_key(column)
            look = own.get(column, ColumnLook())
            width = widths.get(column, 0)
            if key is not None and (look or width > 0):
                title, title_align, data_align, wrap = look_as_list(look)
                rows.append((table, key, title, title_align, data_align, wrap, width))
    return tuple(rows)


def restore_table_looks(view: QTableView, rows: tuple[LookRow, ...] | None) -> None:
    """Give each table the looks and widths the plan's view kept; None (a plan kept before
    tables had their own) leaves the window's, the Entry table's, as they are."""
    if rows is None:
        return
    looks = looks_of(view)
    looks.by_table.clear()
    looks.widths.clear()
    for table, key, *fields, width in rows:
        column = column_of(key)
        if column is None:
            continue
        look = look_from(list(fields))
        if look:
            looks.by_table.setdefault(table, {})[column] = look
        if width > 0:
            looks.widths.setdefault(table, {})[column] = width
    looks.show()


def carry_looks(view: QTableView, leaving: str, entering: str) -> None:
    """The columns saved as a new table keep the looks they showed (Save Current Columns
    as Table…, as MS Project's Save Fields as a New Table keeps the fields' settings)."""
    looks = looks_of(view)
    shown = dict(looks.by_table.get(leaving, {}))
    if shown and entering != leaving:
        looks.by_table[entering] = shown
