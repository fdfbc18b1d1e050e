"""Text on the clipboard read as a table, as Excel writes it.

Excel puts cells on the clipboard as tab-separated text: a cell holding a tab, a
quote or a line break is quoted ("Design, phase<line break>2"), quotes doubled.
It is read with the csv module's excel-tab dialect, so such a cell stays one cell.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClipboardTable:
    """The clipboard's cells by row."""

    rows: tuple[tuple[str, ...], ...]

    @property
    def width(self) -> int:
        """The most cells a row has."""
        return max((len(row) for row in self.rows), default=0)


def read_rows(text: str) -> list[tuple[str, ...]]:
    """The cells of tab-separated text as Excel writes it (quoted cells may hold tabs and
    line breaks), without the empty rows."""
    reader = csv.reader(io.StringIO(text, newline=""), dialect="excel-tab")
    return [tuple(row) for row in reader if any(cell.strip() for cell in row)]


def read_table(text: str) -> ClipboardTable:
    """The clipboard's table."""
    return ClipboardTable(tuple(read_rows(text)))
