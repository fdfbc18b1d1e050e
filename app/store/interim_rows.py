"""Interim plans in the .gantry file (schema v34): MS Project's Start1..10/Finish1..10.

:attr:`~app.domain.plan.Plan.interims` <-> ``interim_entries``, one row a task of an
interim plan (number 1..10), in task order. A file before v34 holds none.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from app.domain.interim_plan import InterimEntry, InterimPlan
from app.store.convert import dt_in, dt_out

INTERIM_SQL = """
CREATE TABLE IF NOT EXISTS interim_entries (
    number INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    task_uid INTEGER NOT NULL,
    start TEXT,
    finish TEXT,
    PRIMARY KEY (number, seq)
);
"""
INTERIM_TABLE = "interim_entries"

Rows = Callable[[str], Sequence[sqlite3.Row]]


def read_interims(rows: Rows) -> dict[int, InterimPlan]:
    """The interim plans the file keeps, by number; ``rows`` runs a SELECT."""
    entries: dict[int, list[InterimEntry]] = {}
    for r in rows("SELECT * FROM interim_entries ORDER BY number, seq"):
        entries.setdefault(int(r["number"]), []).append(
            InterimEntry(int(r["task_uid"]), dt_in(r["start"]), dt_in(r["finish"]))
        )
    return {n: InterimPlan(n, tuple(found)) for n, found in entries.items()}


def interim_rows(interim: InterimPlan) -> list[dict[str, object]]:
    """The rows ``interim_entries`` holds for one interim plan."""
    return [interim_entry_row(interim, i) for i in range(len(interim.entries))]


def interim_entry_row(interim: InterimPlan, seq: int) -> dict[str, object]:
    """The ``interim_entries`` row of entry ``seq`` of ``interim``."""
    e = interim.entries[seq]
    return {
        "number": interim.number,
        "seq": seq,
        "task_uid": e.task_uid,
        "start": dt_out(e.start),
        "finish": dt_out(e.finish),
    }
