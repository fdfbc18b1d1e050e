"""Assignment baselines in the .gantry file (schema v41): MS Project's assignment Baseline
Start, Finish, Work and Cost, with how the work was laid then.

:attr:`~app.domain.baseline.Baseline.assignments` <-> ``baseline_assignments``, one row an
assignment of a baseline (index 0..10) in order, and ``baseline_assignment_pieces``, the work
typed period by period a Contoured assignment had then (one row a piece). A file before v41
holds none: its baselines' people are laid as they are now, as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from app.domain.baseline import AssignmentBaselineEntry, Baseline
from app.domain.contours import WorkContour
from app.domain.edited_work import WorkPiece
from app.store.convert import dt_in, dt_out

TABLE = "baseline_assignments"
PIECES_TABLE = "baseline_assignment_pieces"

# contour: a WorkContour's name; laid 0: only the four figures are known (read from a file
# that keeps no timephased baseline)
BASELINE_ASSIGNMENTS_SQL = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    baseline_idx INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    assignment_uid INTEGER NOT NULL,
    task_uid INTEGER NOT NULL,
    resource_uid INTEGER NOT NULL,
    start TEXT,
    finish TEXT,
    work_minutes INTEGER NOT NULL DEFAULT 0,
    cost REAL NOT NULL DEFAULT 0,
    units REAL NOT NULL DEFAULT 1,
    overtime_work_minutes INTEGER NOT NULL DEFAULT 0,
    contour TEXT NOT NULL DEFAULT 'FLAT',
    laid INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (baseline_idx, seq)
);
"""
BASELINE_PIECES_SQL = f"""
CREATE TABLE IF NOT EXISTS {PIECES_TABLE} (
    baseline_idx INTEGER NOT NULL,
    assignment_uid INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    start TEXT NOT NULL,
    finish TEXT NOT NULL,
    work_minutes REAL NOT NULL,
    PRIMARY KEY (baseline_idx, assignment_uid, seq)
);
"""

Rows = Callable[[str], Sequence[sqlite3.Row]]
Row = dict[str, object]


def assignment_rows(b: Baseline) -> list[Row]:
    """The ``baseline_assignments`` rows of one baseline."""
    return [
        {
            "baseline_idx": b.index,
            "seq": seq,
            "assignment_uid": e.assignment_uid,
            "task_uid": e.task_uid,
            "resource_uid": e.resource_uid,
            "start": dt_out(e.start),
            "finish": dt_out(e.finish),
            "work_minutes": e.work_minutes,
            "cost": e.cost,
            "units": e.units,
            "overtime_work_minutes": e.overtime_work_minutes,
            "contour": e.contour.name,
            "laid": int(e.laid),
        }
        for seq, e in enumerate(b.assignments)
    ]


def piece_rows(b: Baseline) -> list[Row]:
    """The ``baseline_assignment_pieces`` rows of one baseline (typed periods kept)."""
    return [
        {
            "baseline_idx": b.index,
            "assignment_uid": e.assignment_uid,
            "seq": k,
            "start": dt_out(p.start),
            "finish": dt_out(p.finish),
            "work_minutes": p.minutes,
        }
        for e in b.assignments
        for k, p in enumerate(e.edited_work)
    ]


def read_baseline_assignments(rows: Rows) -> dict[int, tuple[AssignmentBaselineEntry, ...]]:
    """Each baseline's assignment entries the file keeps, by index; ``rows`` runs a SELECT."""
    pieces: dict[tuple[int, int], list[WorkPiece]] = {}
    for r in rows(f"SELECT * FROM {PIECES_TABLE} ORDER BY baseline_idx, assignment_uid, seq"):
        start, finish = dt_in(r["start"]), dt_in(r["finish"])
        if start is not None and finish is not None:
            key = (int(r["baseline_idx"]), int(r["assignment_uid"]))
            pieces.setdefault(key, []).append(WorkPiece(start, finish, float(r["work_minutes"])))
    out: dict[int, list[AssignmentBaselineEntry]] = {}
    for r in rows(f"SELECT * FROM {TABLE} ORDER BY baseline_idx, seq"):
        index, uid = int(r["baseline_idx"]), int(r["assignment_uid"])
        out.setdefault(index, []).append(
            AssignmentBaselineEntry(
                uid,
                int(r["task_uid"]),
                int(r["resource_uid"]),
                dt_in(r["start"]),
                dt_in(r["finish"]),
                int(r["work_minutes"]),
                float(r["cost"]),
                float(r["units"]),
                int(r["overtime_work_minutes"]),
                _contour(r["contour"]),
                tuple(pieces.get((index, uid), ())),
                bool(r["laid"]),
            )
        )
    return {index: tuple(entries) for index, entries in out.items()}


def _contour(name: object) -> WorkContour:
    """A saved contour; Flat for a name this version does not know."""
    try:
        return WorkContour[str(name)]
    except KeyError:
        return WorkContour.FLAT


def delete_rows(conn: sqlite3.Connection, index: int) -> None:
    """Take baseline ``index``'s assignment rows out of the file."""
    conn.execute(f"DELETE FROM {TABLE} WHERE baseline_idx = ?", (index,))
    conn.execute(f"DELETE FROM {PIECES_TABLE} WHERE baseline_idx = ?", (index,))
