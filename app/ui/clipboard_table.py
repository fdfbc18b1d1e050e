"""Text on the clipboard read as a table, as Excel writes it, and its columns matched to the
task sheet's.

Excel puts cells on the clipboard as tab-separated text: a cell holding a tab, a
quote or a line break is quoted ("Design, phase<line break>2"), quotes doubled.
It is read with the csv module's excel-tab dialect, so such a cell stays one cell.

A first row whose cells are the sheet's column titles (as the sheet shows them, or
MS Project's names for the same fields: Task Name, Resource Names) says which
column each cell goes into; the titles it holds that the sheet lacks are named
back to the user as not read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.ui.models.task_edits import Column

# MS Project's (and Excel users') names for the fields the sheet titles otherwise.
TITLE_ALIASES: dict[str, int] = {
    "name": Column.NAME,
    "task name": Column.NAME,
    "resource names": Column.RESOURCES,
    "resources": Column.RESOURCES,
    "percent complete": Column.PERCENT,
    "% work complete": Column.PERCENT_WORK_COMPLETE,
    "task type": Column.TASK_TYPE,  # MS Project's field name (the sheet titles it Type)
}


@dataclass(frozen=True, slots=True)
class ClipboardTable:
    """The clipboard's cells by row, and the sheet column of each cell when a title row
    named them (``columns``: None where a title names no column; the title row is not
    among ``rows``)."""

    rows: tuple[tuple[str, ...], ...]
    columns: tuple[int | None, ...] | None = None
    titles: tuple[str, ...] = ()

    @property
    def width(self) -> int:
        """The most cells a row has."""
        return max((len(row) for row in self.rows), default=0)

    def not_read(self) -> list[str]:
        """The titles that name no column of the sheet, in their order."""
        if self.columns is None:
            return []
        return [t for t, c in zip(self.titles, self.columns, strict=True) if c is None and t]


def read_rows(text: str) -> list[tuple[str, ...]]:
    """The cells of tab-separated text as Excel writes it (quoted cells may hold tabs and
    line breaks), without the empty rows at its end: an empty row among others is kept, its
    cells clear theirs as the others fill theirs."""
    reader = csv.reader(io.StringIO(text, newline=""), dialect="excel-tab")
    rows = [tuple(row) or ("",) for row in reader]  # an empty line: a column's empty cell
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows


def read_table(text: str, titles: Mapping[str, int], landing: int | None) -> ClipboardTable:
    """The clipboard's table; a first row of column titles (``titles``: casefolded title to
    column) becomes its ``columns``.

    ``landing`` is the sheet column the first cell would go into without titles: a lone
    cell is a title only when it names that column ("Duration" pasted on Duration), else a
    task named "Start" could not be pasted into Task Name.
    """
    rows = read_rows(text)
    if not rows:
        return ClipboardTable(())
    columns = title_columns(rows[0], titles, landing)
    if columns is None:
        return ClipboardTable(tuple(rows))
    named = tuple(cell.strip() for cell in rows[0])
    return ClipboardTable(tuple(rows[1:]), columns, named)


def title_columns(
    row: Sequence[str], titles: Mapping[str, int], landing: int | None
) -> tuple[int | None, ...] | None:
    """Each cell's column when ``row`` is a title row, else None: at least two of its cells
    are titles and they are most of the cells filled, or it is one cell naming ``landing``."""
    found = tuple(titles.get(cell.strip().casefold()) for cell in row)
    filled = [cell for cell in row if cell.strip()]
    matched = [c for c in found if c is not None]
    if len(matched) >= 2 and 2 * len(matched) > len(filled):
        return found
    if len(filled) == 1 and matched == [landing] and landing is not None:
        return found
    return None
