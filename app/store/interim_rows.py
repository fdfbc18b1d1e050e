"""Interim plans in the .gantry file (schema v34): MS Project's Start1..10/Finish1..10.

:attr:`~app.domain.plan.Plan.interims` <-> ``interim_entries``, one row a task of an
interim plan (number 1..10), in task order, and ``interim_times`` (schema v37), when each
was last set: one row an interim plan whose time is known. A file before v34 holds none;
one before v37 knows no time (its interim plans read ``saved_at`` None).
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

INTERIM_TIMES_SQL = """
CREATE TABLE IF NOT EXISTS interim_times (
    number INTEGER PRIMARY KEY,
    saved_at TEXT NOT NULL
);
"""
INTERIM_TIMES_TABLE = "interim_times"

Rows = Callable[[str], Sequence[sqlite3.Row]]


def read_interims(rows: Rows) -> dict[int, InterimPlan]:
    """The interim plans the file keeps, by number; ``rows`` runs a SELECT."""
    entries: dict[int, list[InterimEntry]] = {}
    for r in rows("SELECT * FROM interim_entries ORDER BY number, seq"):
        entries.setdefault(int(r["number"]), []).append(
            InterimEntry(int(r["task_uid"]), dt_in(r["start"]), dt_in(r["finish"]))
        )
    times = {int(r["number"]): dt_in(r["saved_at"]) for r in rows("SELECT * FROM interim_times")}
    numbers = sorted({*entries, *times})
    return {n: InterimPlan(n, tuple(entries.get(n, ())), times.get(n)) for n in numbers}


def interim_rows(interim: InterimPlan) -> list[dict[str, object]]:
    """The rows ``interim_entries`` holds for one interim plan."""
    return [interim_entry_row(interim, i) for i in range(len(interim.entries))]


def interim_time_rows(interim: InterimPlan) -> list[dict[str, object]]:
    """The ``interim_times`` row of one interim plan: none when its time is not known."""
    if interim.saved_at is None:
        return []
    return [{"number": interim.number, "saved_at": dt_out(interim.saved_at)}]


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
