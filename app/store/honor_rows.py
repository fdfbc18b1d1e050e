"""The plan's "Tasks will always honor their constraint dates" (MS Project's File > Options >
Schedule, <HonorConstraints>): ``project.honor_constraints`` from schema v52, 0/1. A plan
older than v52 was always scheduled with constraint dates honored and keeps them so."""

from __future__ import annotations

import sqlite3
from typing import Any

from app.domain.project import Project

COLUMN = "honor_constraints"
# As schema.py declares it: on, MS Project's default
DECLARATION = "INTEGER NOT NULL DEFAULT 1"


def add_column(conn: sqlite3.Connection) -> None:
    """The migration step adding the column (on: as the plan was scheduled before)."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    if COLUMN not in columns:  # a file labelled older than it is keeps its column
        conn.execute(f"ALTER TABLE project ADD COLUMN {COLUMN} {DECLARATION}")


def honor_row(p: Project) -> dict[str, Any]:
    """The project row's column for ``p``."""
    return {COLUMN: int(p.honor_constraints)}


def honor_in(r: sqlite3.Row) -> bool:
    """The option read back from a project row (on where the row has no such column)."""
    return COLUMN not in r.keys() or bool(r[COLUMN])  # noqa: SIM118 - a Row is no dict
