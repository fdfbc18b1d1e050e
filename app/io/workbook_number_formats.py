"""The number formats of one column of an .xlsx sheet, read straight from its XML parts.

python-calamine reads a cell's value, not how it is shown: a 1.5 in a cell formatted
``0%`` shows 150 %, and a rate of 1,200 formatted ``$#,##0.00/\\d`` is per day. The cell
formats are found as the cell indents are (:mod:`app.io.xlsx_indents`, whose parsing of
the workbook, styles and cell tags this shares): each cell's ``s`` names a cell format
(``cellXfs``), whose ``numFmtId`` is a built-in format or one of the styles' ``numFmts``.

Anything that reader does not follow returns None; the caller then reads the values as
before.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from xml.etree.ElementTree import Element

from app.io.sheet_percent import PercentCell
from app.io.xlsx_indents import (
    _CELL_REF,
    _MAIN,
    UNREAD_PARTS,
    _column_number,
    _NotFollowedError,
    _parts,
    _scan_cells,
    _xml,
)

# The built-in formats (ECMA-376, 18.8.30) a percentage, a plain number, a date or a time
# shows in: no numFmt names them. A client's date typed with its time in Excel (3/1/27 0:00)
# is id 22, whose hours tell a cell at midnight from a date alone (app/io/shown_times.py).
_BUILT_IN = {
    0: "General",
    9: "0%",
    10: "0.00%",
    14: "mm-dd-yy",
    15: "d-mmm-yy",
    16: "d-mmm",
    17: "mmm-yy",
    18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM",
    20: "h:mm",
    21: "h:mm:ss",
    22: "m/d/yy h:mm",
    45: "mm:ss",
    46: "[h]:mm:ss",
    47: "mmss.0",
}


def _format_codes(styles: Element) -> list[str]:
    """The number format code of each cell format, in ``s`` order ("" when unknown)."""
    custom = {
        int(f.get("numFmtId") or -1): f.get("formatCode") or ""
        for f in styles.iter(_MAIN + "numFmt")
    }
    formats = styles.find(_MAIN + "cellXfs")
    out: list[str] = []
    for xf in formats.findall(_MAIN + "xf") if formats is not None else ():
        number = int(float(xf.get("numFmtId") or 0))
        out.append(custom.get(number, _BUILT_IN.get(number, "")))
    return out


def column_formats(path: Path, sheet: str, col: int) -> dict[int, str] | None:
    """0-based row -> number format code of the cells of 0-based column ``col`` that have
    one other than General; None when the file is no .xlsx this reader follows."""
    if Path(path).suffix.lower() != ".xlsx":
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            return _column_formats(zf, sheet, col)
    except UNREAD_PARTS:
        return None


def _column_formats(zf: zipfile.ZipFile, sheet: str, col: int) -> dict[int, str]:
    part, styles_part = _parts(zf, sheet)
    if styles_part is None:
        return {}
    codes = _format_codes(_xml(zf, styles_part))
    distinct = sorted({c for c in codes if c not in ("", "General")})
    if not distinct:
        return {}
    # each cell format as 1 + the index of its code (0: General), as the scan wants it
    numbers = [distinct.index(c) + 1 if c in distinct else 0 for c in codes]
    try:
        data = zf.read(part)
    except KeyError:
        raise _NotFollowedError from None
    found = _scan_cells(data, col, numbers)
    if found is None:
        found = {}
        for cell in _xml(zf, part).iter(_MAIN + "c"):
            ref = _CELL_REF.match(cell.get("r") or "")
            if ref is None:
                raise _NotFollowedError  # cells placed by position only
            if _column_number(ref.group(1)) == col and numbers[int(cell.get("s") or 0)]:
                found[int(ref.group(2)) - 1] = numbers[int(cell.get("s") or 0)]
    return {row: distinct[n - 1] for row, n in found.items()}


# Quoted text, an escaped character or a [colour]/[condition] in a format code: not codes.
_LITERAL = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def shows_percent(code: str) -> bool:
    """Whether a number format shows its number as a percentage (``0%``, ``0.0 %``)."""
    return "%" in _LITERAL.sub("", code)


def percent_rows(path: Path, sheet: str, col: int) -> set[int]:
    """The 0-based rows of column ``col`` whose cells show a percentage (none when unknown)."""
    formats = column_formats(path, sheet, col) or {}
    return {row for row, code in formats.items() if shows_percent(code)}


class PlainCell(float):
    """A number cell known not to show a percentage (an .xlsx cell formatted General): 50
    there shows 50, which in a column of percentages the client meant as 50 %."""

    __slots__ = ()


def percent_cells(
    path: Path, sheet: str, rows: Sequence[Sequence[object]], col: int | None
) -> dict[int, PercentCell]:
    """The number cells of column ``col`` above 1 shown as percentages, by 0-based row, each
    as a :class:`PercentCell` (none when the format is unknown: an .xls, an .ods). A number
    up to 1 reads as the fraction it is either way: the formats are only read when a cell
    holds more (a 10k-row sheet's scan is ~0.3 s)."""
    shown = shown_cells(path, sheet, rows, col)
    return {r: value for r, value in shown.items() if isinstance(value, PercentCell)}


def shown_cells(
    path: Path, sheet: str, rows: Sequence[Sequence[object]], col: int | None
) -> dict[int, PercentCell | PlainCell]:
    """The number cells of column ``col`` above 1, by 0-based row, as their formats show
    them: a :class:`PercentCell` or a :class:`PlainCell` (none when the formats are unknown:
    an .xls, an .ods; only read when a cell holds more than 1, as :func:`percent_cells`)."""
    if col is None:
        return {}
    above = {
        r: value
        for r, row in enumerate(rows)
        if col < len(row)
        and isinstance(value := row[col], int | float)
        and not isinstance(value, bool)
        and value > 1
    }
    if not above:
        return {}
    formats = column_formats(path, sheet, col)
    if formats is None:
        return {}
    return {
        r: PercentCell(value) if shows_percent(formats.get(r, "")) else PlainCell(value)
        for r, value in above.items()
    }


def with_cells(
    rows: Sequence[Sequence[object]], col: int, cells: Mapping[int, object]
) -> list[Sequence[object]]:
    """``rows`` with the cells of column ``col`` in ``cells`` (by row) put in; the other
    rows are the same objects."""
    out = list(rows)
    for r, value in cells.items():
        row = list(out[r])
        row[col] = value
        out[r] = row
    return out
