"""A returned workbook's Plan sheet as the notes on cells typed in vain read it (Baseline
dates: app/io/roundtrip_baseline_cells.py; variances: app/io/roundtrip_variance_cells.py):
the sheet's name, its rows and header, the columns to look at and the rows of the tasks
exported, walked in the sheet's order."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SheetCells:
    """The Plan sheet's cells a note checks: ``columns`` of ``rows`` (titled by ``header``),
    in the rows ``known`` names (the exported tasks' rows, by uid)."""

    sheet: str
    rows: Sequence[Sequence[object]]
    header: Sequence[str]
    columns: set[int]
    known: Mapping[int, int]

    def task_rows(self) -> Iterator[tuple[int, int, Sequence[object]]]:
        """(uid, row index from 0, row) of every exported task, top to bottom."""
        for uid, i in sorted(self.known.items(), key=lambda item: item[1]):
            yield uid, i, self.rows[i]

    @staticmethod
    def value(row: Sequence[object], col: int) -> object:
        """A row's cell (None past its last one: a short row read back)."""
        return row[col] if col < len(row) else None
