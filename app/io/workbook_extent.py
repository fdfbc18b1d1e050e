"""How far an .xlsx sheet's cells reach, read from its XML before python-calamine reads it.

calamine holds a sheet as one block of cells from its first value to its last: a single
stray value in XFD5000 of a 5 KB workbook is 82 million cells, some 3 GB, allocated
before any limit on the cells handed over could be checked. So the block's size is
found first: from the sheet's ``<dimension>`` when it has one (Excel, LibreOffice and
Google Sheets write it), else from the cell references themselves (openpyxl's write-only
sheets, Gantry's own exports, write none).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from app.io.xlsx_indents import sheet_part

_HEAD = 4096  # bytes of a sheet's XML that hold its <dimension>, if any
_DIMENSION = re.compile(
    rb"""<(?:[A-Za-z_][\w.-]*:)?dimension\s[^>]*?ref\s*=\s*["']"""
    rb"""\$?([A-Z]{1,3})\$?([0-9]+)(?::\$?([A-Z]{1,3})\$?([0-9]+))?["']"""
)
# A cell's reference whose column has two or three letters (one-letter columns, 26 at
# most, never make a sheet within the row limit too big), and the last row's number.
# (A literal start: a pattern opening with \s scans ten times slower, 0.1 s on 10k rows.)
_WIDE_REF = re.compile(rb"""r="([A-Z]{2,3})[0-9]""")
_WIDE_REF_QUOTED = re.compile(rb"""r='([A-Z]{2,3})[0-9]""")  # r='AB1' (hand-made XML)
_ROW = re.compile(rb"""<(?:[A-Za-z_][\w.-]*:)?row\s[^>]*?r\s*=\s*["']([0-9]+)["']""")
_CELL_ROW = re.compile(rb"""\sr\s*=\s*["'][A-Z]{1,3}([0-9]+)["']""")


def column_number(letters: bytes) -> int:
    """1-based number of a column's letters: ``A`` 1, ``XFD`` 16,384."""
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


def xlsx_extent(path: Path, sheet: str) -> tuple[int, int] | None:
    """(rows, columns) of a sheet of an .xlsx, counted from A1 to its farthest cell.

    None when the workbook's layout is not followed (the caller then leaves the sheet
    to calamine as before). The file's sizes were checked before (workbook_limits)."""
    try:
        with zipfile.ZipFile(path) as zf:
            part = sheet_part(zf, sheet)
            if part is None:
                return None
            with zf.open(part) as fh:
                head = fh.read(_HEAD)
            found = _DIMENSION.search(head)
            if found is not None:
                # ref="A1:D40", or "B3" for a sheet of one cell (or "A1" for none)
                letters, row = (
                    (found.group(3), found.group(4)) if found.group(3) else found.groups()[:2]
                )
                return (int(row), column_number(letters))
            return _scanned(zf.read(part))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None


def _scanned(data: bytes) -> tuple[int, int]:
    """The extent of a sheet without a ``<dimension>``, from its cell references (rows
    come in ascending order, so the last row tag, or the last cell, is the farthest)."""
    wide = set(_WIDE_REF.findall(data))
    if b"r='" in data:
        wide.update(_WIDE_REF_QUOTED.findall(data))
    columns = max((column_number(m) for m in wide), default=26)
    tail = data[max(data.rfind(b"<row "), data.rfind(b":row "), 0) :]
    rows = [int(r) for r in _ROW.findall(tail)] or [int(r) for r in _CELL_ROW.findall(tail)]
    return (max(rows, default=1), columns)
