"""Merged cell ranges of an OpenDocument spreadsheet (.ods) sheet.

python-calamine gives the merged ranges of .xlsx and .xls sheets but none for
.ods, so merged cells in a client's .ods read as a value in the first row and
empty rows below it. A merge is a cell with ``table:number-rows-spanned`` or
``table:number-columns-spanned`` above 1 in ``content.xml``; rows and cells
repeat with ``table:number-rows-repeated`` and ``table:number-columns-repeated``.

``content.xml`` is parsed only when it holds a span at all (a plain sheet
costs a byte search). Declarations are refused as for every XML read.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, XMLParser
from xml.parsers import expat

from defusedxml import DefusedXmlException

from app.io.xml_safety import check_declarations

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")

MergedRange = tuple[tuple[int, int], tuple[int, int]]  # ((row, col), (row, col)), 0-based


def ods_merged_ranges(path: Path) -> dict[str, list[MergedRange]]:
    """The merged ranges of each sheet that has any, by sheet name, in sheet order; {} when
    there are none or the file cannot be followed (its reader's errors then speak for it)."""
    try:
        with zipfile.ZipFile(path) as zf:
            data = zf.read("content.xml")
        if b"-spanned=" not in data:
            return {}
        check_declarations(data)
        parser = XMLParser()
        parser.feed(data)
        root: Element = parser.close()
    except (
        zipfile.BadZipFile,
        OSError,
        KeyError,
        ParseError,
        expat.ExpatError,
        DefusedXmlException,
        ValueError,
    ):
        return {}
    out: dict[str, list[MergedRange]] = {}
    for table in root.iter(f"{_TABLE}table"):
        found = _ranges(table)
        if found:
            out.setdefault(table.get(f"{_TABLE}name") or "", found)
    return out


def _count(el: Element, name: str) -> int:
    try:
        return max(1, int(el.get(f"{_TABLE}{name}", "1")))
    except ValueError:
        return 1


def _ranges(table: Element) -> list[MergedRange]:
    out: list[MergedRange] = []
    row = 0
    for row_el in table.iter(f"{_TABLE}table-row"):  # rows inside header rows and groups too
        col = 0
        for cell in row_el:
            if cell.tag not in _CELLS:
                continue
            rows, cols = _count(cell, "number-rows-spanned"), _count(cell, "number-columns-spanned")
            if rows > 1 or cols > 1:
                out.append(((row, col), (row + rows - 1, col + cols - 1)))
            col += _count(cell, "number-columns-repeated")
        row += _count(row_el, "number-rows-repeated")
    return out
