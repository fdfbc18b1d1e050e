"""A client's typing on a Gantry workbook's Plan sheet, as the workbook tests do it."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook


def typed_over(book: Path, cells: dict[tuple[int, str], object]) -> Path:
    """A copy of ``book`` (``typed.xlsx`` beside it) with the Plan sheet's cells, by task
    UID (its first column) and column title, typed over."""
    wb = load_workbook(book)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    for (uid, title), value in cells.items():
        ws.cell(rows[uid], header.index(title) + 1).value = value
    out = book.with_name("typed.xlsx")
    wb.save(out)
    return out
