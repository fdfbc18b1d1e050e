"""Writing a changed baseline or interim plan: only the rows of entries that differ.

A value typed into a Baseline/BaselineN/StartN/FinishN cell makes a new baseline (or
interim plan) that differs from the one the file holds in one entry. Rewriting its
20k rows took 0.5-1 s a cell on a 20k-task plan; here the new one is compared entry by
entry (by identity first: the entries left alone are the same objects) with the one last
written, and only the rows at the seqs that differ are put, those past its end deleted.
Changes told during a batch (a paste of many cells) are written once, at its end.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from app.domain.baseline import Baseline
from app.domain.interim_plan import InterimPlan
from app.store.baseline_assignment_rows import (
    PIECES_TABLE,
    TABLE,
    assignment_rows,
    delete_rows,
    piece_rows,
)
from app.store.interim_rows import (
    INTERIM_TABLE,
    INTERIM_TIMES_TABLE,
    interim_entry_row,
    interim_rows,
    interim_time_rows,
)
from app.store.rows import MomentTexts, baseline_entry_row, baseline_rows

PutMany = Callable[[str, list[dict[str, Any]]], None]


def _changed_seqs(old: Sequence[object], new: Sequence[object]) -> list[int]:
    """Positions of ``new`` whose entry is not the one ``old`` holds there."""
    kept = len(old)
    return [i for i, e in enumerate(new) if i >= kept or (old[i] is not e and old[i] != e)]


class HeldBaselines:
    """The baselines and interim plans the file holds, and those changed since written."""

    def __init__(self, conn: sqlite3.Connection, put_many: PutMany) -> None:
        self._conn = conn
        self._put_many = put_many
        self._baselines: dict[int, Baseline] = {}
        self._interims: dict[int, InterimPlan] = {}
        self._dirty_baselines: set[int] = set()
        self._dirty_interims: set[int] = set()

    def remember(self, baselines: dict[int, Baseline], interims: dict[int, InterimPlan]) -> None:
        """Take these as what the file holds (after a load or a whole write)."""
        self._baselines = dict(baselines)
        self._interims = dict(interims)
        self._dirty_baselines.clear()
        self._dirty_interims.clear()

    def mark(self, baselines: Sequence[int], interims: Sequence[int]) -> None:
        """Note baselines (by index) and interim plans (by number) to write at :meth:`write`."""
        self._dirty_baselines.update(baselines)
        self._dirty_interims.update(interims)

    def write(self, baselines: dict[int, Baseline], interims: dict[int, InterimPlan]) -> None:
        """Write the marked ones as ``baselines`` and ``interims`` now hold them."""
        for index in sorted(self._dirty_baselines):
            self._write_baseline(index, baselines.get(index))
        for number in sorted(self._dirty_interims):
            self._write_interim(number, interims.get(number))
        self._dirty_baselines.clear()
        self._dirty_interims.clear()

    def _write_baseline(self, index: int, new: Baseline | None) -> None:
        old = self._baselines.get(index)
        if new is old:
            return
        if new is None or old is None:
            self._conn.execute("DELETE FROM baselines WHERE idx = ?", (index,))
            self._conn.execute("DELETE FROM baseline_entries WHERE baseline_idx = ?", (index,))
            delete_rows(self._conn, index)
            if new is not None:
                for table, rows in baseline_rows(new).tables.items():
                    self._put_many(table, rows)
                self._put_people(new)
        else:
            if (new.saved_at, new.name) != (old.saved_at, old.name):
                self._put_many(
                    "baselines", baseline_rows(replace(new, entries=())).tables["baselines"]
                )
            text = MomentTexts()
            seqs = _changed_seqs(old.entries, new.entries)
            self._put_many("baseline_entries", [baseline_entry_row(new, i, text) for i in seqs])
            self._conn.execute(
                "DELETE FROM baseline_entries WHERE baseline_idx = ? AND seq >= ?",
                (index, len(new.entries)),
            )
            if new.assignments != old.assignments:  # its people's rows written again whole
                delete_rows(self._conn, index)
                self._put_people(new)
        if new is None:
            self._baselines.pop(index, None)
        else:
            self._baselines[index] = new

    def _put_people(self, new: Baseline) -> None:
        """Write a baseline's assignment entries (schema v41)."""
        self._put_many(TABLE, assignment_rows(new))
        self._put_many(PIECES_TABLE, piece_rows(new))

    def _write_interim(self, number: int, new: InterimPlan | None) -> None:
        old = self._interims.get(number)
        if new is old:
            return
        if old is None or new is None or new.saved_at != old.saved_at:
            self._conn.execute(f"DELETE FROM {INTERIM_TIMES_TABLE} WHERE number = ?", (number,))
            if new is not None:
                self._put_many(INTERIM_TIMES_TABLE, interim_time_rows(new))
        if new is None or old is None:
            self._conn.execute(f"DELETE FROM {INTERIM_TABLE} WHERE number = ?", (number,))
            if new is not None:
                self._put_many(INTERIM_TABLE, interim_rows(new))
        else:
            seqs = _changed_seqs(old.entries, new.entries)
            self._put_many(INTERIM_TABLE, [interim_entry_row(new, i) for i in seqs])
            self._conn.execute(
                f"DELETE FROM {INTERIM_TABLE} WHERE number = ? AND seq >= ?",
                (number, len(new.entries)),
            )
        if new is None:
            self._interims.pop(number, None)
        else:
            self._interims[number] = new
