"""Leveling that adjusts individual assignments, kept in the file from schema v45: the
project's "Leveling can adjust individual assignments on a task" (off in a plan saved before
it, which levels as it did), each task's Level Assignments (on, as MS Project's default) and
each assignment's Leveling Delay (none), as :mod:`app.domain.leveling_assignments` reads them.
"""

from __future__ import annotations

import sqlite3

# (table, column, its declaration): the columns v45 adds, as schema.py declares them
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("project", "leveling_adjust_assignments", "INTEGER NOT NULL DEFAULT 0"),
    ("tasks", "level_assignments", "INTEGER NOT NULL DEFAULT 1"),
    ("assignments", "leveling_delay_minutes", "INTEGER NOT NULL DEFAULT 0"),
)


def add_columns(conn: sqlite3.Connection) -> None:
    """v44 -> v45: the columns, each plan as it was (option off, tasks may, no delays)."""
    for table, name, declaration in COLUMNS:
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if name not in have:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {declaration}")
