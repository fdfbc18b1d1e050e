"""An MS Project file's link marks in a .gantry file (schema v23): Plan.kept_links
(app/domain/kept_links.py) <-> the ``kept_estimated_lags``, ``kept_cross_links`` and
``kept_external_tasks`` tables. A file without rows there (every file before v23, every
plan not read from MS Project XML) keeps none."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from app.domain.kept_links import CrossLink, ExternalTask, KeptLinks
from app.domain.link import LinkType
from app.store.convert import dt_in, dt_out, enum_in

KEPT_TABLES = ("kept_estimated_lags", "kept_cross_links", "kept_external_tasks")

Rows = Callable[[str], Sequence[sqlite3.Row]]


def write_kept(conn: sqlite3.Connection, kept: KeptLinks) -> None:
    """Write ``kept`` into its tables (emptied first)."""
    for table in KEPT_TABLES:
        conn.execute(f"DELETE FROM {table}")
    conn.executemany(
        "INSERT INTO kept_estimated_lags (predecessor, successor) VALUES (?, ?)",
        sorted(kept.estimated_lags),
    )
    conn.executemany(
        "INSERT INTO kept_cross_links (seq, successor, predecessor, type, lag, lag_format,"
        " name, pinned) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                i,
                lk.successor,
                lk.predecessor,
                lk.type.name,
                lk.lag,
                lk.lag_format,
                lk.name,
                dt_out(lk.pinned),
            )
            for i, lk in enumerate(kept.cross_links)
        ],
    )
    conn.executemany(
        "INSERT INTO kept_external_tasks (seq, uid, name, project, start, finish,"
        " duration_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (i, t.uid, t.name, t.project, dt_out(t.start), dt_out(t.finish), t.duration_minutes)
            for i, t in enumerate(kept.external_tasks)
        ],
    )


def read_kept(rows: Rows) -> KeptLinks:
    """What the file keeps (``rows`` runs a SELECT)."""
    lags = rows("SELECT predecessor, successor FROM kept_estimated_lags")
    links = rows("SELECT * FROM kept_cross_links ORDER BY seq")
    tasks = rows("SELECT * FROM kept_external_tasks ORDER BY seq")
    if not lags and not links and not tasks:
        return KeptLinks()
    return KeptLinks(
        frozenset((r["predecessor"], r["successor"]) for r in lags),
        tuple(
            CrossLink(
                r["successor"],
                r["predecessor"],
                enum_in(LinkType, r["type"]),
                r["lag"],
                r["lag_format"],
                r["name"],
                dt_in(r["pinned"]),
            )
            for r in links
        ),
        tuple(
            ExternalTask(
                r["uid"],
                r["name"],
                r["project"],
                dt_in(r["start"]),
                dt_in(r["finish"]),
                r["duration_minutes"],
            )
            for r in tasks
        ),
    )
