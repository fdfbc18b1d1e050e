"""A small, fast streaming writer of .xlsx workbooks (SpreadsheetML), values and styles only.

openpyxl spends about 20 µs on every cell it writes, so a 10,000-task export
(some 300,000 cells over six sheets) took 9-15 s; the export must take under
1.5 s. This writer builds each row's XML with plain string formatting and
covers just what the client workbook uses: numbers, text (shared strings,
never formulas), dates, a table of cell formats, column widths, hidden
columns and sheets, frozen panes, autofilter, print titles and page setup.
The result is checked in the tests by reading it back with openpyxl,
python-calamine and LibreOffice.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from math import isfinite
from pathlib import Path
from typing import NamedTuple
from xml.sax.saxutils import escape

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_EPOCH = datetime(1899, 12, 30)
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ENTITIES = {"\r": "&#13;", '"': "&quot;"}


@dataclass(frozen=True, slots=True)
class CellFormat:
    """How a cell looks: font, fill, number format, indent, alignment, quote prefix."""

    bold: bool = False
    color: str | None = None  # font colour, RRGGBB
    fill: str | None = None  # solid fill colour, RRGGBB
    number_format: str | None = None
    indent: int = 0
    center: bool = False
    quote_prefix: bool = False  # Excel keeps the cell text when it is edited


MAX_CELL_TEXT = 32767  # Excel refuses a workbook with longer text in a cell (UTF-16 units)


def fit_cell(text: str) -> str:
    """The longest start of ``text`` a cell can hold (Excel counts UTF-16 code units)."""
    if len(text) <= MAX_CELL_TEXT // 2:
        return text
    units = text.encode("utf-16-le")
    if len(units) // 2 <= MAX_CELL_TEXT:
        return text
    return units[: MAX_CELL_TEXT * 2].decode("utf-16-le", errors="ignore")


_PLAIN_DATE = CellFormat(number_format="yyyy-mm-dd")


class Styled(NamedTuple):
    """A value with a cell format (a plain value uses the default format).

    A named tuple rather than a frozen dataclass: a big export makes hundreds of
    thousands of them and a tuple is several times cheaper to build.
    """

    value: object
    style: int


def _column(col: int) -> str:
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


_COLUMNS = [_column(c) for c in range(1024)]


def column_name(col: int) -> str:
    """Letters of a 0-based column."""
    return _COLUMNS[col] if col < len(_COLUMNS) else _column(col)


def _absolute(ref: str) -> str:
    """``B7`` -> ``$B$7``."""
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    return f"${m.group(1)}${m.group(2)}" if m else ref


def _text(value: str) -> str:
    if _BAD_XML.search(value):
        value = _BAD_XML.sub("", value)
    return escape(value, _ENTITIES)


class _Styles:
    """The cell formats in use; index 0 is the default."""

    def __init__(self) -> None:
        self.formats: list[CellFormat] = [CellFormat()]
        self.index: dict[CellFormat, int] = {CellFormat(): 0}

    def add(self, fmt: CellFormat) -> int:
        if fmt not in self.index:
            self.index[fmt] = len(self.formats)
            self.formats.append(fmt)
        return self.index[fmt]

    def xml(self) -> str:
        num_fmts: dict[str, int] = {}
        fonts: dict[tuple[bool, str | None], int] = {(False, None): 0}
        fills: dict[str | None, int] = {None: 0}
        xfs: list[str] = []
        for f in self.formats:
            num_id = 0
            if f.number_format:
                num_id = num_fmts.setdefault(f.number_format, 164 + len(num_fmts))
            font_id = fonts.setdefault((f.bold, f.color), len(fonts))
            fill_id = fills.setdefault(f.fill, len(fills) + 1) if f.fill else 0  # 1: gray125
            attrs = (
                f'numFmtId="{num_id}" fontId="{font_id}" fillId="{fill_id}" borderId="0" xfId="0"'
            )
            if num_id:
                attrs += ' applyNumberFormat="1"'
            if font_id:
                attrs += ' applyFont="1"'
            if fill_id:
                attrs += ' applyFill="1"'
            if f.quote_prefix:
                attrs += ' quotePrefix="1"'
            if f.indent or f.center:
                align = f' indent="{f.indent}"' if f.indent else ""
                align += ' horizontal="center"' if f.center else ' horizontal="left"'
                xfs.append(f'<xf {attrs} applyAlignment="1"><alignment{align}/></xf>')
            else:
                xfs.append(f"<xf {attrs}/>")
        parts = [
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{_MAIN}">'
        ]
        if num_fmts:
            parts.append(f'<numFmts count="{len(num_fmts)}">')
            parts += [
                f'<numFmt numFmtId="{i}" formatCode="{_text(code)}"/>'
                for code, i in num_fmts.items()
            ]
            parts.append("</numFmts>")
        parts.append(f'<fonts count="{len(fonts)}">')
        for bold, color in fonts:
            inner = "<b/>" if bold else ""
            inner += f'<color rgb="FF{color}"/>' if color else ""
            parts.append(
                f'<font>{inner}<sz val="11"/><name val="Calibri"/><family val="2"/></font>'
            )
        parts.append("</fonts>")
        parts.append(f'<fills count="{len(fills) + 1}">')
        parts.append('<fill><patternFill patternType="none"/></fill>')
        parts.append('<fill><patternFill patternType="gray125"/></fill>')
        for color in list(fills)[1:]:
            parts.append(
                f'<fill><patternFill patternType="solid"><fgColor rgb="FF{color}"/>'
                '<bgColor indexed="64"/></patternFill></fill>'
            )
        parts.append("</fills>")
        parts.append(
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        )
        parts.append(
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        )
        parts.append(f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>')
        parts.append(
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        )
        parts.append("</styleSheet>")
        return "".join(parts)


class Sheet:
    """One worksheet; rows are turned into XML as they are appended."""

    def __init__(self, book: XlsxBook, name: str) -> None:
        self.book = book
        self.name = name
        self.hidden = False
        self.widths: dict[int, float] = {}
        self.hidden_columns: set[int] = set()
        self.freeze: tuple[int, int] | None = None  # rows and columns kept in view
        self.autofilter: str | None = None
        self.print_title_rows: int = 0  # rows repeated on every printed page
        self.print_title_columns: int = 0  # columns repeated on every printed page
        self.landscape = False
        self.fit_to_width = False
        self._rows: list[str] = []
        self._width = 0

    def append(self, values: Iterable[object]) -> None:
        """Add a row: numbers, text, dates, None (empty) or :class:`Styled` values."""
        r = len(self._rows) + 1
        strings = self.book._string
        cells: list[str] = []
        col = -1
        columns = _COLUMNS
        for col, value in enumerate(values):
            if value is None:
                continue
            style = 0
            if isinstance(value, Styled):
                style = value.style
                value = value.value
            ref = f"{columns[col] if col < 1024 else column_name(col)}{r}"
            s = f' s="{style}"' if style else ""
            if value is None or value == "":
                if style:
                    cells.append(f'<c r="{ref}"{s}/>')
            elif isinstance(value, str):
                if len(value) > MAX_CELL_TEXT // 2:
                    value = fit_cell(value)
                cells.append(f'<c r="{ref}"{s} t="s"><v>{strings(value)}</v></c>')
            elif isinstance(value, bool):
                cells.append(f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int | float):
                if isfinite(value):  # NaN and infinity have no spelling in a workbook
                    cells.append(f'<c r="{ref}"{s}><v>{value!r}</v></c>')
            elif isinstance(value, date):
                if not style:  # a date without a format would show as a bare number
                    s = f' s="{self.book.style(_PLAIN_DATE)}"'
                if isinstance(value, datetime):
                    serial = repr((value - _EPOCH).total_seconds() / 86400.0)
                else:
                    serial = str((value - _EPOCH.date()).days)
                cells.append(f'<c r="{ref}"{s}><v>{serial}</v></c>')
            else:
                cells.append(f'<c r="{ref}"{s} t="s"><v>{strings(str(value))}</v></c>')
        self._width = max(self._width, col + 1)
        self._rows.append(f'<row r="{r}">{"".join(cells)}</row>')

    @property
    def row_count(self) -> int:
        """Rows appended so far."""
        return len(self._rows)

    def xml(self) -> str:
        """The worksheet part."""
        last = f"{column_name(max(self._width, 1) - 1)}{max(len(self._rows), 1)}"
        parts = [
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
        ]
        if self.fit_to_width:
            parts.append('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
        parts.append(f'<dimension ref="A1:{last}"/>')
        parts.append('<sheetViews><sheetView workbookViewId="0"')
        parts.append(' tabSelected="1">' if self.book.sheets[0] is self else ">")
        if self.freeze and any(self.freeze):
            rows, cols = self.freeze
            top_left = f"{column_name(cols)}{rows + 1}"
            pane = {(True, True): "bottomRight", (True, False): "bottomLeft"}.get(
                (rows > 0, cols > 0), "topRight"
            )
            split = (f' xSplit="{cols}"' if cols else "") + (f' ySplit="{rows}"' if rows else "")
            parts.append(
                f'<pane{split} topLeftCell="{top_left}" activePane="{pane}" state="frozen"/>'
                f'<selection pane="{pane}" activeCell="{top_left}" sqref="{top_left}"/>'
            )
        parts.append("</sheetView></sheetViews>")
        parts.append('<sheetFormatPr defaultRowHeight="15"/>')
        cols_xml = []
        for c in sorted(set(self.widths) | self.hidden_columns):
            width = self.widths.get(c, 9.0)
            hidden = ' hidden="1"' if c in self.hidden_columns else ""
            cols_xml.append(
                f'<col min="{c + 1}" max="{c + 1}" width="{width}"{hidden} customWidth="1"/>'
            )
        if cols_xml:
            parts.append(f"<cols>{''.join(cols_xml)}</cols>")
        parts.append("<sheetData>")
        parts.extend(self._rows)
        parts.append("</sheetData>")
        if self.autofilter:
            parts.append(f'<autoFilter ref="{self.autofilter}"/>')
        parts.append(
            '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        )
        setup = ' orientation="landscape"' if self.landscape else ""
        if self.fit_to_width:
            setup += ' fitToWidth="1" fitToHeight="0"'
        parts.append(f'<pageSetup paperSize="9"{setup}/>')
        parts.append("</worksheet>")
        return "".join(parts)


class XlsxBook:
    """A workbook being written: sheets, shared strings and cell formats."""

    def __init__(self) -> None:
        self.sheets: list[Sheet] = []
        self._styles = _Styles()
        self._strings: dict[str, int] = {}

    def style(self, fmt: CellFormat) -> int:
        """The index of a cell format, for :class:`Styled` values."""
        return self._styles.add(fmt)

    def add_sheet(self, name: str) -> Sheet:
        """A new worksheet at the end."""
        sheet = Sheet(self, name)
        self.sheets.append(sheet)
        return sheet

    def _string(self, text: str) -> int:
        index = self._strings.get(text)
        if index is None:
            index = self._strings[text] = len(self._strings)
        return index

    def save(self, path: Path) -> None:
        """Write the .xlsx package (to a temporary file first: a failed save leaves no half file)."""
        temporary = path.with_name(f".{path.name}.tmp")
        try:
            self._write(temporary)
            temporary.replace(path)
        finally:
            temporary.unlink(missing_ok=True)

    def _write(self, path: Path) -> None:
        sheets = self.sheets
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            zf.writestr("[Content_Types].xml", self._content_types())
            zf.writestr(
                "_rels/.rels",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL}">'
                f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
                "</Relationships>",
            )
            zf.writestr("xl/workbook.xml", self._workbook())
            rels = [
                f'<Relationship Id="rId{i + 1}" Type="{_REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                for i in range(len(sheets))
            ]
            n = len(sheets)
            rels.append(f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/>')
            rels.append(
                f'<Relationship Id="rId{n + 2}" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
            )
            zf.writestr(
                "xl/_rels/workbook.xml.rels",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Relationships xmlns="{_PKG_REL}">{"".join(rels)}</Relationships>',
            )
            zf.writestr("xl/styles.xml", self._styles.xml())
            zf.writestr("xl/sharedStrings.xml", self._shared_strings())
            for i, sheet in enumerate(sheets):
                zf.writestr(f"xl/worksheets/sheet{i + 1}.xml", sheet.xml())

    def _content_types(self) -> str:
        sheets = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(len(self.sheets))
        )
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            f"{sheets}</Types>"
        )

    def _workbook(self) -> str:
        sheets = []
        names = []
        for i, s in enumerate(self.sheets):
            state = ' state="hidden"' if s.hidden else ""
            sheets.append(
                f'<sheet name="{_text(s.name)}" sheetId="{i + 1}"{state} r:id="rId{i + 1}"/>'
            )
            quoted = "'" + _text(s.name).replace("'", "''") + "'"
            if s.autofilter:
                ref = ":".join(_absolute(part) for part in s.autofilter.split(":"))
                names.append(
                    f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">{quoted}!{ref}</definedName>'
                )
            titles = []
            if s.print_title_columns:
                titles.append(f"{quoted}!$A:${column_name(s.print_title_columns - 1)}")
            if s.print_title_rows:
                titles.append(f"{quoted}!$1:${s.print_title_rows}")
            if titles:
                names.append(
                    f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">'
                    f"{','.join(titles)}</definedName>"
                )
        defined = f"<definedNames>{''.join(names)}</definedNames>" if names else ""
        return (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{''.join(sheets)}</sheets>{defined}</workbook>"
        )

    def _shared_strings(self) -> str:
        items = []
        for text in self._strings:
            space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
            items.append(f"<si><t{space}>{_text(text)}</t></si>")
        n = len(items)
        return (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sst xmlns="{_MAIN}" count="{n}" uniqueCount="{n}">{"".join(items)}</sst>'
        )
