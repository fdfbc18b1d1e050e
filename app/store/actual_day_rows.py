"""Actual work typed day by day in a .gantry file: Assignment.actual_days
(app/domain/actual_days.py) <-> the ``assignment_actual_days`` table, one row a day done in
order. A file without rows there (every file before the table, every plan whose hours no one
typed per day) keeps none: its actual work is a total laid over the schedule."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import replace

from app.domain.resource import Assignment
from app.store.edited_work_rows import pieces_as_rows, pieces_by_assignment

TABLE = "assignment_actual_days"

# start, finish: ISO moments of the day the work was done; work_minutes: the work done.
ACTUAL_DAYS_SQL = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    assignment_uid INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    start TEXT NOT NULL,
    finish TEXT NOT NULL,
    work_minutes REAL NOT NULL,
    PRIMARY KEY (assignment_uid, seq)
);
"""

Row = dict[str, object]


def add_table(conn: sqlite3.Connection) -> None:
    """The migration: actual work kept day by day, as MS Project keeps an assignment's
    timephased Actual Work; an older plan has none (its actual work stays a total)."""
    conn.execute(ACTUAL_DAYS_SQL)


def actual_day_rows(a: Assignment) -> list[Row]:
    """The rows of one assignment's days done (none when it keeps none)."""
    return pieces_as_rows(a.uid, a.actual_days)


def with_actual_days(
    rows: Callable[[str], Sequence[sqlite3.Row]], assignments: list[Assignment]
) -> list[Assignment]:
    """The assignments, each with the days done the file keeps for it."""
    found = pieces_by_assignment(rows, TABLE)
    if not found:
        return assignments
    return [replace(a, actual_days=found[a.uid]) if a.uid in found else a for a in assignments]
