"""Leveling Options kept in the project row from schema v38: "Look for overallocations on
a … basis" (:class:`~app.domain.leveling_options.LevelingBasis` name), "Clear leveling
values before leveling" (0/1) and "Leveling calculations" (1: Automatic).

A v37 plan was leveled minute by minute (the only way then): it keeps that basis (new plans
and files read with no Leveling Options level Day by Day, MS Project's default), clears
leveling first and levels by hand, as before. A basis this version
cannot read falls back to Minute by Minute.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from app.domain.leveling_options import LevelingBasis, LevelingOptions
from app.store.convert import flag

# (column, its declaration): the columns v38 adds to ``project``, as schema.py declares them
COLUMNS: tuple[tuple[str, str], ...] = (
    ("leveling_basis", "TEXT NOT NULL DEFAULT 'MINUTE'"),
    ("leveling_clear_first", "INTEGER NOT NULL DEFAULT 1"),
    ("leveling_automatic", "INTEGER NOT NULL DEFAULT 0"),
)


def leveling_more_row(options: LevelingOptions) -> dict[str, Any]:
    """The project row's v38 leveling columns for ``options``."""
    return {
        "leveling_basis": options.basis.name,
        "leveling_clear_first": int(options.clear_first),
        "leveling_automatic": int(options.automatic),
        "leveling_adjust_assignments": int(options.adjust_assignments),
    }


def leveling_more_in(r: sqlite3.Row) -> dict[str, Any]:
    """The v38 fields of :class:`LevelingOptions` a project row keeps (keyword arguments)."""
    return {
        "basis": LevelingBasis.__members__.get(r["leveling_basis"], LevelingBasis.MINUTE),
        "clear_first": flag(r["leveling_clear_first"]),
        "automatic": flag(r["leveling_automatic"]),
        "adjust_assignments": flag(r["leveling_adjust_assignments"]),
    }


def add_columns(conn: sqlite3.Connection) -> None:
    """v37 -> v38: the columns; a v37 plan keeps leveling minute by minute, as before."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    for name, declaration in COLUMNS:
        if name not in have:
            conn.execute(f"ALTER TABLE project ADD COLUMN {name} {declaration}")
