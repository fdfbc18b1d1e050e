"""The Plan sheet of a workbook Gantry wrote for a plan that has no tasks yet.

The sheet is its header row alone. Read back without the hidden _gantry sheet (a
``--no-roundtrip`` workbook), no sheet looked like a plan but the Gantt sheet, whose
legend rows ('Legend (each column is a day)', 'Task', 'Milestone'...) have a name beside a
Start and Finish: they came back as six tasks, the project starting today. Gantry's own
Plan sheet, recognised by its titles, is read as the empty plan it is.
"""

from __future__ import annotations

from app.io.excel_book import Book
from app.io.sheet_mapping import ColumnMapping, match_title, unit_hint
from app.io.sheet_values import is_blank
from app.io.workbook_cells import PLAN_COLUMNS, PLAN_SHEET, cell_text

# the titles that tell Gantry's Plan sheet from a client's sheet of that name
_OWN_TITLES = frozenset(PLAN_COLUMNS[:7])


def empty_plan_mapping(book: Book) -> ColumnMapping | None:
    """The mapping of ``book``'s Plan sheet when Gantry wrote it with no task (its header
    row and nothing under it); None for any other workbook or sheet."""
    if PLAN_SHEET not in book.visible:
        return None
    rows = book.rows(PLAN_SHEET).rows
    if not rows or any(not is_blank(cell) for row in rows[1:] for cell in row):
        return None
    titles = tuple(cell_text(c) for c in rows[0])
    if not set(titles) >= _OWN_TITLES:
        return None
    columns: dict[str, int] = {}
    ranks: dict[str, int] = {}
    for col, title in enumerate(titles):
        hit = match_title(title)
        if hit is None:
            continue
        name, rank = hit
        if name not in columns or rank < ranks[name]:
            columns[name], ranks[name] = col, rank
    if "name" not in columns:
        return None
    duration = columns.get("duration")
    unit = unit_hint(titles[duration]) if duration is not None else None
    return ColumnMapping(PLAN_SHEET, 0, columns, titles, unit)
