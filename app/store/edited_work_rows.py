"""Work typed period by period in a .gantry file (schema v28): Assignment.edited_work
(app/domain/edited_work.py) <-> the ``assignment_work_pieces`` table, one row a piece in
order. A file without rows there (every file before v28, every plan whose work no one typed
into a Usage period) keeps none."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

from app.domain.edited_work import WorkPiece
from app.domain.resource import Assignment
from app.store.convert import dt_in, dt_out

TABLE = "assignment_work_pieces"

# start, finish: ISO moments of the person's working time; work_minutes: the work between.
EDITED_WORK_SQL = f"""
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


def piece_rows(a: Assignment) -> list[Row]:
    """The rows of one assignment's typed work (none when it has none)."""
    return pieces_as_rows(a.uid, a.edited_work)


def pieces_as_rows(assignment_uid: int, pieces: Sequence[WorkPiece]) -> list[Row]:
    """The rows of one assignment's pieces of work, in order (this table's shape, which
    the days done of app/store/actual_day_rows.py share)."""
    return [
        {
            "assignment_uid": assignment_uid,
            "seq": k,
            "start": dt_out(p.start),
            "finish": dt_out(p.finish),
            "work_minutes": p.minutes,
        }
        for k, p in enumerate(pieces)
    ]


def pieces_by_assignment(
    rows: Callable[[str], Sequence[sqlite3.Row]], table: str
) -> dict[int, tuple[WorkPiece, ...]]:
    """The pieces ``table`` (of this table's shape) keeps, by assignment uid, in order."""
    found: dict[int, list[WorkPiece]] = defaultdict(list)
    for r in rows(f"SELECT * FROM {table} ORDER BY assignment_uid, seq"):
        start, finish = dt_in(r["start"]), dt_in(r["finish"])
        if start is not None and finish is not None:
            found[int(r["assignment_uid"])].append(
                WorkPiece(start, finish, float(r["work_minutes"]))
            )
    return {uid: tuple(pieces) for uid, pieces in found.items()}


def with_edited_work(
    rows: Callable[[str], Sequence[sqlite3.Row]], assignments: list[Assignment]
) -> list[Assignment]:
    """The assignments, each with the typed work the file keeps for it."""
    found = pieces_by_assignment(rows, TABLE)
    if not found:
        return assignments
    return [replace(a, edited_work=found[a.uid]) if a.uid in found else a for a in assignments]
