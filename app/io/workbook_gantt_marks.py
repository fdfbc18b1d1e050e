"""The Gantt sheet's rows that show a milestone's diamond, found in the .xlsx's XML.

Reading a ``--no-roundtrip`` workbook's Gantt sheet for milestones with a duration
(app/io/workbook_gantt_milestones.py) had calamine read the whole sheet: every bar's cell
of every row, some 0.5 s of a 10,000-task workbook's read, for the few rows holding the
diamond. calamine reads a sheet whole or not at all, so the diamond is looked for in the
sheet's XML (a byte search), and only the rows holding it are read: their ID and Task
cells. The diamond may be written in the cell (Gantry's own export: an inline string) or
kept once in the workbook's shared strings (the workbook saved again by Excel or
LibreOffice). Whatever this scan does not follow (a namespace prefix, a comment, rich
text around the diamond, a cell without its reference) leaves the sheet to calamine.
"""

from __future__ import annotations

import re
import zipfile
from bisect import bisect_right
from collections.abc import Container
from html import unescape
from pathlib import Path

from app.io.xlsx_indents import sheet_part

_DIAMONDS = (b"\xe2\x97\x86", b"&#9670;", b"&#x25C6;", b"&#x25c6;")  # U+25C6 as XML writes it
_SHARED = "xl/sharedStrings.xml"
_ITEM = re.compile(rb"<si[\s>/]")
_TEXT = re.compile(rb"<t(?:\s[^>]*)?>([^<]*)</t>")
_CELL = re.compile(rb"""<c\s[^>]*?\br="([A-Z]{1,3})([0-9]+)"[^>]*?(/>|>)""")
_TYPE = re.compile(rb"""\bt="([a-zA-Z]+)\"""")
_VALUE = re.compile(rb"<v>([^<]*)</v>")
# a row's tag and its first cell, a number in column A (no type, or t="n")
_FIRST = re.compile(
    rb"""<row\b[^>]*>\s*<c\s(?:(?!t=)[^>])*?\br="A[0-9]+"(?:(?!t=)[^>])*"""
    rb"""(?:t="n"[^>]*)?>\s*<v>([0-9.eE+-]+)</v>"""
)
_TEXTS = (b"s", b"inlineStr", b"str")  # a cell's types that hold a text
_FIXED = 4  # ID, Task, Start, Finish before the timeline's columns
_MARK = "◆"  # the only mark scanned for (app/io/workbook_gantt_sheet.py draws a milestone so)


class _NotFollowedError(Exception):
    """The XML is not as this scan reads it: calamine reads the sheet."""


def marked_rows(
    path: Path, sheet: str, mark: str, wanted: Container[int] | None = None
) -> list[list[object]] | None:
    """Each row of ``sheet`` whose timeline (past its first four columns) holds a cell of
    ``mark`` alone, as ``[ID, Task, None, None, mark]`` (the ID a number, as calamine gives
    it, else None); ``wanted``: only rows whose ID is one of those (a 0d milestone's row, the
    most of them, is not read). None: not an .xlsx, or one this scan does not follow."""
    if path.suffix.lower() not in (".xlsx", ".xlsm") or mark != _MARK:
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            part = sheet_part(zf, sheet)
            if part is None:
                return None
            data = zf.read(part)
            strings = _Strings(zf)
            return _rows(data, strings, mark, wanted)
    except (_NotFollowedError, zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None


class _Strings:
    """The workbook's shared strings, each decoded only when asked for."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.data = zf.read(_SHARED) if _SHARED in zf.namelist() else b""
        if b"<!" in self.data:
            raise _NotFollowedError  # a comment or CDATA: not a byte search's
        self.starts = [m.start() for m in _ITEM.finditer(self.data)]

    def text(self, index: int) -> str:
        if not 0 <= index < len(self.starts):
            raise _NotFollowedError
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.data)
        item = self.data[self.starts[index] : end]
        return unescape(b"".join(_TEXT.findall(item)).decode("utf-8"))

    def index_of(self, text: str) -> int | None:
        """The shared string that is the diamond alone (None: none is)."""
        for place in sorted(p for d in _DIAMONDS for p in _hits(self.data, b">" + d + b"</t>")):
            k = bisect_right(self.starts, place) - 1
            if k >= 0 and self.text(k) == text:
                return k
        return None


def _hits(data: bytes, needle: bytes) -> list[int]:
    out, at = [], data.find(needle)
    while at >= 0:
        out.append(at)
        at = data.find(needle, at + len(needle))
    return out


def _rows(
    data: bytes, strings: _Strings, mark: str, wanted: Container[int] | None
) -> list[list[object]]:
    if b"<!" in data or b"<row" not in data:
        raise _NotFollowedError  # comments, CDATA, or rows with a namespace prefix
    places = [p for d in _DIAMONDS for p in _hits(data, b">" + d + b"</t>")]
    shared = strings.index_of(mark)
    if shared is not None:
        places += _hits(data, b"<v>%d</v>" % shared)
    out: list[list[object]] = []
    seen: set[int] = set()
    for place in sorted(places):
        begin, end = data.rfind(b"<row", 0, place), data.find(b"</row>", place)
        if begin < 0 or end < 0 or begin in seen:
            continue
        if wanted is not None and _row_id(data, begin) not in wanted:
            continue  # no task that could be marked: its cells are not read
        cells = _cells(data[begin:end], strings)
        if not cells.get("mark"):
            continue  # a number cell of that value, a text with more than the mark
        seen.add(begin)
        out.append([cells.get("A"), cells.get("B"), None, None, mark])
    return out


def _row_id(data: bytes, begin: int) -> int | None:
    """The whole number in the first cell (column A) of the row starting at ``begin``."""
    found = _FIRST.match(data, begin)
    if found is None:
        return None
    value = float(found.group(1))
    return int(value) if value.is_integer() else None


def _cells(row: bytes, strings: _Strings) -> dict[str, object]:
    """A row's ID (``A``: a number), Task (``B``: its text) and, under ``mark``, whether a
    timeline cell holds the diamond alone."""
    out: dict[str, object] = {}
    tags = list(_CELL.finditer(row))
    if not tags:
        raise _NotFollowedError  # cells without their reference
    for k, tag in enumerate(tags):
        column = tag.group(1)
        body = b"" if tag.group(3) == b"/>" else row[tag.end() : _cell_end(row, tags, k)]
        kind = _TYPE.search(tag.group(0))
        kind_name = kind.group(1) if kind else b"n"
        if column == b"A" and kind_name == b"n":
            value = _VALUE.search(body)
            out["A"] = float(value.group(1)) if value else None
        elif column == b"B":
            out["B"] = _text(body, kind_name, strings)
        elif (len(column) > 1 or column[0] - 65 >= _FIXED) and kind_name in _TEXTS:
            out["mark"] = out.get("mark") or _text(body, kind_name, strings) == _MARK
    return out


def _cell_end(row: bytes, tags: list[re.Match[bytes]], k: int) -> int:
    return tags[k + 1].start() if k + 1 < len(tags) else len(row)


def _text(body: bytes, kind: bytes, strings: _Strings) -> str | None:
    if kind == b"s":
        value = _VALUE.search(body)
        if value is None:
            return None
        return strings.text(int(value.group(1)))
    if kind == b"inlineStr":
        return unescape(b"".join(_TEXT.findall(body)).decode("utf-8"))
    if kind == b"str":  # a formula's text
        value = _VALUE.search(body)
        return None if value is None else unescape(value.group(1).decode("utf-8"))
    return None
