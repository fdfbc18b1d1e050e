"""A risk's trigger (what tells the team it is happening) and trigger date, as risk registers
keep them: ``risks.trigger`` (text, '' for none) and ``risks.trigger_date`` (YYYY-MM-DD,
NULL for none), schema v51. Read and written with the risk's row (app/store/risk_rows.py,
app/store/rows.py)."""

from __future__ import annotations

import sqlite3

COLUMNS = (("trigger", "TEXT NOT NULL DEFAULT ''"), ("trigger_date", "TEXT"))


def add_columns(conn: sqlite3.Connection) -> None:
    """The migration step to v51: an older plan's risks have no trigger and no trigger date."""
    present = {r[1] for r in conn.execute("PRAGMA table_info(risks)")}
    for name, kind in COLUMNS:
        if name not in present:  # a file labelled older than it is keeps its columns
            conn.execute(f'ALTER TABLE risks ADD COLUMN "{name}" {kind}')
