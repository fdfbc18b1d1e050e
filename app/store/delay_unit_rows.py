"""The unit an assignment's Delay was typed in (``1w`` stays ``1w``, as MS Project shows it):
``assignments.delay_unit``, a DurationUnit's name, NULL for none (shown in days or hours as
it falls). Display only: the Delay itself stays ``delay_minutes``."""

from __future__ import annotations

import sqlite3

from app.domain.resource import Assignment
from app.domain.task import DurationUnit

COLUMN = "delay_unit"


def add_column(conn: sqlite3.Connection) -> None:
    """The migration step adding the column: an older plan's Delays keep no unit (shown as
    before)."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(assignments)")}
    if COLUMN not in columns:  # a file labelled older than it is keeps its column
        conn.execute(f"ALTER TABLE assignments ADD COLUMN {COLUMN} TEXT")


def unit_out(a: Assignment) -> str | None:
    """The column's value for ``a``: its Delay's unit by name (None without a Delay)."""
    return a.delay_unit.name if a.delay_unit is not None and a.delay_minutes else None


def unit_in(row: sqlite3.Row) -> DurationUnit | None:
    """The Delay's unit read back; a name this version does not know reads as none."""
    keys = row.keys()
    value = row[COLUMN] if COLUMN in keys else None
    return DurationUnit.__members__.get(str(value)) if value else None
