"""Field Settings per table in the .gantry file (schema v32): each table's column titles,
alignments, wrapping and widths, as MS Project keeps a table's definition in the project
file, so the plan opened on another computer shows its tables as they were left.

:attr:`~app.domain.view_state.SheetView.table_looks` <-> ``view_table_looks``, one row a
column of a table (width 0: the table's own). None (a file without a row, every file
before v32) keeps none: the window then takes the user's settings' looks. A plan that
keeps looks but none at all has the one marker row :data:`_NONE`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from app.domain.view_state import LookRow
from app.store.convert import flag

TABLE_LOOKS_SQL = """
CREATE TABLE IF NOT EXISTS view_table_looks (
    seq INTEGER PRIMARY KEY,
    table_key TEXT NOT NULL,
    column_key TEXT NOT NULL,
    title TEXT NOT NULL,
    title_align TEXT NOT NULL,
    data_align TEXT NOT NULL,
    wrap INTEGER NOT NULL,
    width INTEGER NOT NULL
);
"""
# The row a plan keeping no looks at all writes (table_key '' is never a table's).
_NONE: LookRow = ("", "", "", "", "", False, 0)

Rows = Callable[[str], Sequence[sqlite3.Row]]


def read_table_looks(rows: Rows) -> tuple[LookRow, ...] | None:
    """The tables' looks the file keeps (None: it keeps none); ``rows`` runs a SELECT."""
    found = rows("SELECT * FROM view_table_looks ORDER BY seq")
    if not found:
        return None
    return tuple(
        (
            r["table_key"],
            r["column_key"],
            r["title"],
            r["title_align"],
            r["data_align"],
            flag(r["wrap"]),
            int(r["width"]),
        )
        for r in found
        if r["table_key"]
    )


def table_looks_rows(looks: tuple[LookRow, ...] | None) -> list[tuple[object, ...]]:
    """The rows ``view_table_looks`` holds for ``looks`` (none for None)."""
    if looks is None:
        return []
    kept = looks or (_NONE,)
    return [
        (i, t, k, title, a, d, int(w), width)
        for i, (t, k, title, a, d, w, width) in enumerate(kept)
    ]
