"""A material used at a rate in a .gantry file (``Concrete[12 m³/d]``, app/domain/material_rates.py):
Assignment.material_rate and rate_scale <-> the assignments table's ``material_rate`` and
``rate_scale`` columns. A plan saved before them used every material at a fixed quantity,
as its assignments read now ('' and 0)."""

from __future__ import annotations

import sqlite3

from app.domain.material_rates import SCALES

COLUMNS = (
    ("material_rate", "REAL NOT NULL DEFAULT 0"),
    ("rate_scale", "TEXT NOT NULL DEFAULT ''"),
)


def add_columns(conn: sqlite3.Connection) -> None:
    """The migration: each assignment's material rate; an older plan's materials are all
    fixed quantities."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(assignments)")}
    for name, kind in COLUMNS:
        if name not in columns:  # a file labelled older than it is keeps its column
            conn.execute(f"ALTER TABLE assignments ADD COLUMN {name} {kind}")


def rate_in(rate: object, scale: object) -> tuple[float, str]:
    """(rate, scale) as read from a row; a scale Gantry does not know, or a rate at or below
    zero, is a fixed quantity (the units the row holds)."""
    known = str(scale or "")
    value = float(rate) if isinstance(rate, (int, float)) else 0.0
    if known not in SCALES or value <= 0:
        return 0.0, ""
    return value, known
