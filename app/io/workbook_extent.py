"""How far an .xlsx sheet's cells reach, and what calamine cannot read, before it reads it.

calamine holds a sheet as one block of cells from its first value to its last: a single
stray value in XFD5000 of a 5 KB workbook is 82 million cells, some 3 GB, allocated
before any limit on the cells handed over could be checked. So the block's size is
found first: from the sheet's ``<dimension>`` when it has one (Excel, LibreOffice and
Google Sheets write it), else from the cell references themselves (openpyxl's write-only
sheets, Gantry's own exports, write none). And a date cell holding a number far below
any date (-1e12) makes calamine panic, printing a Rust backtrace: such a cell is found
first, to be named in one line.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from app.domain.progress import Progress, report
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


# A number cell's reference and value, for the one far below any date (SheetScan.far_date).
_NEGATIVE_VALUE = re.compile(
    rb"""<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br\s*=\s*["']([A-Z]{1,3}[0-9]+)["'][^>]*>"""
    rb"""(?:<(?:[A-Za-z_][\w.-]*:)?f[^>]*/>|<(?:[A-Za-z_][\w.-]*:)?f[^>]*>[^<]*</(?:[\w.-]*:)?f>)?"""
    rb"""<(?:[A-Za-z_][\w.-]*:)?v>\s*(-[0-9.]+(?:[eE][+-]?[0-9]+)?)\s*<"""
)
# calamine panics turning a date cell's serial into a time span below about -1.07e11 days
# (chrono's milliseconds); anything below -1e10 days (27 million years) is no date either.
_FAR_BELOW = -1e10


def column_number(letters: bytes) -> int:
    """1-based number of a column's letters: ``A`` 1, ``XFD`` 16,384."""
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


@dataclass(frozen=True, slots=True)
class SheetScan:
    """What an .xlsx sheet's XML says before calamine reads it."""

    extent: tuple[int, int]  # (rows, columns) from A1 to the farthest cell
    far_date: tuple[str, float] | None  # (cell, value) of a number far below any date


_CHUNK = 1 << 20  # the sheet's XML is read a megabyte at a time
_OVERLAP = 512  # bytes a cell's tags can span across two chunks


def xlsx_scan(path: Path, sheet: str, progress: Progress | None = None) -> SheetScan | None:
    """The extent of a sheet of an .xlsx and any number in it far below any date.

    None when the workbook's layout is not followed (the caller then leaves the sheet
    to calamine as before). The file's sizes were checked before (workbook_limits); the
    XML is read in pieces, never whole; ``progress`` hears ``(bytes, of)`` after each."""
    try:
        with zipfile.ZipFile(path) as zf:
            part = sheet_part(zf, sheet)
            if part is None:
                return None
            size = zf.getinfo(part).file_size
            with zf.open(part) as fh:
                return _scan(fh, progress, size)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None


def _scan(fh: IO[bytes], progress: Progress | None = None, size: int = 0) -> SheetScan:
    head = fh.read(_HEAD)
    done = len(head)
    found = _DIMENSION.search(head)
    dimension: tuple[int, int] | None = None
    if found is not None:
        # ref="A1:D40", or "B3" for a sheet of one cell (or "A1" for none)
        letters, row = (found.group(3), found.group(4)) if found.group(3) else found.groups()[:2]
        dimension = (int(row), column_number(letters))
    wide: set[bytes] = set()
    rows = 1
    below: list[tuple[float, str]] = []
    data = head
    while data:
        more = fh.read(_CHUNK)
        done += len(more)
        report(progress, done, max(size, done))
        # each pass looks at what is new plus the overlap with the piece before
        if dimension is None:
            wide.update(_WIDE_REF.findall(data))
            if b"r='" in data:
                wide.update(_WIDE_REF_QUOTED.findall(data))
            tail = data[max(data.rfind(b"<row "), data.rfind(b":row "), 0) :]
            last = [int(r) for r in _ROW.findall(tail)] or [int(r) for r in _CELL_ROW.findall(tail)]
            rows = max(rows, *last) if last else rows
        if b"v>-" in data:
            for ref, value in _NEGATIVE_VALUE.findall(data):
                if float(value) < _FAR_BELOW:
                    below.append((float(value), ref.decode()))
        data = data[-_OVERLAP:] + more if more else b""
    extent = dimension or (rows, max((column_number(m) for m in wide), default=26))
    far = min(below) if below else None
    return SheetScan(extent, None if far is None else (far[1], far[0]))
