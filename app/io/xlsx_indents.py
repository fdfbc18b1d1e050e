"""Cell indents of one column of an .xlsx sheet, read straight from its XML parts.

python-calamine reads values but not formats, and openpyxl takes ~1.5 s to
read a 10k-row sheet just to learn which name cells are indented. A cell's
indent is the ``indent`` of the ``<alignment>`` of the cell format
(``cellXfs``) its ``s`` attribute names, as openpyxl reads it; so the
workbook, its relationships, the styles and the sheet are parsed with the C
XML parser (declarations refused, as for every file) and only that column
is looked at.

Anything this reader does not follow (strict OOXML namespaces, cells
without a reference, a missing part) returns None, and the caller asks
openpyxl instead.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, XMLParser
from xml.parsers import expat

from defusedxml import DefusedXmlException

from app.io.xml_safety import check_declarations

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_CELL_REF = re.compile(r"([A-Z]+)([0-9]+)$")


class _NotFollowedError(Exception):
    """A layout this reader leaves to openpyxl."""


# What makes a reader of the sheet's own XML give up (and leave the cells to openpyxl).
UNREAD_PARTS = (
    _NotFollowedError,
    zipfile.BadZipFile,
    OSError,
    ParseError,
    expat.ExpatError,
    DefusedXmlException,
    ValueError,
    IndexError,
)


def _xml(zf: zipfile.ZipFile, name: str) -> Element:
    try:
        data = zf.read(name)
    except KeyError:
        raise _NotFollowedError from None
    check_declarations(data)
    parser = XMLParser()
    parser.feed(data)
    root: Element = parser.close()
    return root


def _part(target: str, base: str = "xl/") -> str:
    """Zip member name of a relationship target (relative to ``xl/`` or absolute)."""
    return target.lstrip("/") if target.startswith("/") else base + target


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number - 1


def _format_indents(styles: Element) -> list[int]:
    """Indent of each cell format, in ``s`` order."""
    formats = styles.find(_MAIN + "cellXfs")
    out: list[int] = []
    for xf in formats.findall(_MAIN + "xf") if formats is not None else ():
        alignment = xf.find(_MAIN + "alignment")
        indent = alignment.get("indent") if alignment is not None else None
        value = int(float(indent or 0))
        if value < 0:
            raise _NotFollowedError  # openpyxl refuses the workbook's styles
        out.append(value)
    return out


_ANY_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c(?=[\s/>])")
_CELL_WITHOUT_REF = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c(?=[\s/>])(?![^>]*\sr\s*=)")
_STYLE = re.compile(rb"""\ss\s*=\s*["'](\d+)["']""")


def _scan_cells(data: bytes, col: int, indents: list[int]) -> dict[int, int] | None:
    """The same answer as a full parse of the sheet, from its cell start tags alone.

    A 10k-row sheet is ~2.5 MB of XML; building its tree to look at one
    column costs ~0.2 s, a scan of the tags ~10 ms. Cell start tags are found
    by pattern, which is exact for the XML spreadsheet programs write: no
    comments, no CDATA, every cell with its reference. When the part holds
    either of those, or a cell without a reference, this returns None and the
    caller parses the sheet (and so still refuses a declaration).
    """
    if b"<!" in data or b"<?" in data[100:] or _CELL_WITHOUT_REF.search(data):
        return None  # comments, CDATA, declarations or instructions: parse it properly
    if not _ANY_CELL.search(data):
        return {}
    letters = re.escape(column_letter_bytes(col))
    tag = re.compile(
        rb"<(?:[A-Za-z_][\w.-]*:)?c(?=[\s/>])([^>]*?)\sr\s*=\s*[\"']"
        + letters
        + rb"""([0-9]+)["']([^>]*)>"""
    )
    out: dict[int, int] = {}
    for m in tag.finditer(data):
        style = _STYLE.search(m.group(1) + b" " + m.group(3))
        indent = indents[int(style.group(1))] if style else indents[0] if indents else 0
        if indent:
            out[int(m.group(2)) - 1] = indent
    return out


def column_letter_bytes(col: int) -> bytes:
    """``A``, ``B``, ... ``AA`` of a 0-based column, as bytes."""
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters.encode()


def column_indents(path: Path, sheet: str, col: int) -> dict[int, int] | None:
    """0-based row -> indent of the indented cells of 0-based column ``col``; None: ask openpyxl."""
    try:
        with zipfile.ZipFile(path) as zf:
            return _column_indents(zf, sheet, col)
    except UNREAD_PARTS:
        return None


def _parts(zf: zipfile.ZipFile, sheet: str) -> tuple[str, str | None]:
    """Zip member names of a sheet's XML and of the workbook's styles (None: none)."""
    book = _xml(zf, "xl/workbook.xml")
    if not book.tag.startswith(_MAIN):
        raise _NotFollowedError  # strict OOXML or something else
    rels = _xml(zf, "xl/_rels/workbook.xml.rels")
    targets: dict[str, str] = {}
    styles_part = None
    for rel in rels.iter(_PKG_REL + "Relationship"):
        targets[rel.get("Id", "")] = rel.get("Target", "")
        if rel.get("Type", "").endswith("/styles"):
            styles_part = _part(rel.get("Target", ""))
    rid = next(
        (s.get(_DOC_REL + "id") for s in book.iter(_MAIN + "sheet") if s.get("name") == sheet),
        None,
    )
    if rid is None or rid not in targets:
        raise _NotFollowedError
    return _part(targets[rid]), styles_part


def sheet_part(zf: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member holding a sheet's XML (None: a layout this module does not follow)."""
    try:
        return _parts(zf, sheet)[0]
    except (_NotFollowedError, ParseError, expat.ExpatError, DefusedXmlException, ValueError):
        return None


def _column_indents(zf: zipfile.ZipFile, sheet: str, col: int) -> dict[int, int]:
    part, styles_part = _parts(zf, sheet)
    if styles_part is None:
        raise _NotFollowedError
    indents = _format_indents(_xml(zf, styles_part))
    if not any(indents):
        return {}
    try:
        data = zf.read(part)
    except KeyError:
        raise _NotFollowedError from None
    found = _scan_cells(data, col, indents)
    if found is not None:
        return found
    out: dict[int, int] = {}
    for cell in _xml(zf, part).iter(_MAIN + "c"):
        ref = _CELL_REF.match(cell.get("r") or "")
        if ref is None:
            raise _NotFollowedError  # cells placed by position only
        if _column_number(ref.group(1)) != col:
            continue
        indent = indents[int(cell.get("s") or 0)]
        if indent:
            out[int(ref.group(2)) - 1] = indent
    return out


_INDENT = re.compile(rb"""\bindent\s*=\s*["']\s*0*[1-9]""")


def styles_have_indent(path: Path) -> bool:
    """Whether any cell format of an .xlsx indents its text.

    Cell indents come from the formats in the styles part; when none indents,
    no cell does, and openpyxl (~1.5 s on 10k rows) need not read the sheet.
    The file's sizes were checked before (workbook_limits).
    """
    try:
        with zipfile.ZipFile(path) as zf:
            styles = [n for n in zf.namelist() if n.lower().endswith("styles.xml")]
            return any(_INDENT.search(zf.read(name)) for name in styles)
    except (zipfile.BadZipFile, KeyError, OSError):
        return True  # let openpyxl look, as before
