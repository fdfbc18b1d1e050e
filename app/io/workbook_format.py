"""How the client workbook's cells look: named formats, column widths, sheet and print setup.

openpyxl write-only machinery shared by the sheets of :mod:`app.io.excel_export`:
every format is a named style registered once per workbook (:class:`Formats`),
one cell per column and format is reused row after row (:class:`Pen`), and
text a spreadsheet could take for a formula or an error value is written as
quote-prefixed text.
"""

from __future__ import annotations

from collections.abc import Iterable
from copy import copy
from datetime import datetime, time
from math import isfinite
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.fonts import DEFAULT_FONT
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import Outline
from openpyxl.xml.functions import Element, SubElement

from app.domain.page_setup import PageSetup
from app.domain.project import Project
from app.io.workbook_cells import (
    PlanRow,
    excel_cannot_hold,
    is_risky_text,
    round_minute,
    writable_text,
)
from app.io.workbook_print import count_rows, paper_for, print_setup

if TYPE_CHECKING:  # openpyxl has no public name for the class of a write-only sheet
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

_WHITE = "FFFFFF"
_BLUE = "305496"
# Excel's built-in short date (14) and date with time (22): no code of ours, so each reader's
# Excel shows them in its own locale's order (04.01.2027 in German, 04/01/2027 in French,
# 1/4/2027 in the US), as MS Project's export does; ISO 2027-01-04 looked foreign to a client
DATE = "mm-dd-yy"
DATE_TIME = "m/d/yy h:mm"  # a moment at another time than the default ones
TEXT_FORMAT = "@"  # Excel's Text: a cell keeps what is typed as typed
BAR = "5B9BD5"
CRITICAL = "E04040"
SUMMARY = "404040"
DONE = {BAR: "1F4E79", CRITICAL: "8B1A1A", SUMMARY: "000000"}  # the part of a bar done
_ERROR_TEXTS = frozenset(ERROR_CODES)  # text openpyxl would store as an error value
PLAIN = StyleArray()  # the default format
WIDEST = 80.0  # characters: a wider column would push the rest off a landscape page
_FILTER_BUTTON = 2.5  # characters a header's filter drop-down button covers
_INDENT = 2.0  # characters one outline level's indent takes
_BOLD = 1.1  # a bold summary name is about a tenth wider


def sheet_font(font: Font | None = None) -> Font:
    """``font`` (bold, italic, a colour) in the workbook's own typeface and size, those of
    every cell without a style (openpyxl's default: Calibri 11)."""
    base = DEFAULT_FONT
    if font is None:
        return copy(base)
    return Font(
        name=base.name, sz=base.sz, family=base.family, scheme=base.scheme, b=font.b,
        i=font.i, u=font.u, strike=font.strike, color=font.color, vertAlign=font.vertAlign,
    )  # fmt: skip


def _solid(colour: str) -> PatternFill:
    return PatternFill(fill_type="solid", fgColor=colour)


class Formats:
    """The workbook's cell formats: named styles registered once, shared by every cell."""

    def __init__(
        self,
        book: Workbook,
        money: str,
        title: str = "",
        page: PageSetup | None = None,
        project: Project | None = None,  # fills a typed header's fields (workbook_print)
    ) -> None:
        self.book = book
        self.title = title  # the project's name, in every printed page's header
        self.paper = paper_for(page, project=project)  # paper, margins, typed header, footer
        header_font = Font(bold=True, color=_WHITE)
        self.header = self._style("Gantry header", font=header_font, fill=_solid(_BLUE))
        self.header_centre = self._style(
            "Gantry header centred",
            font=header_font,
            fill=_solid(_BLUE),
            alignment=Alignment(horizontal="center"),
        )
        self.header_weekend = self._style(
            "Gantry header weekend",
            font=header_font,
            fill=_solid("8EA9DB"),
            alignment=Alignment(horizontal="center"),
        )
        self.bold = self._style("Gantry bold", font=Font(bold=True))
        # Centred: a right-aligned date ran into the left-aligned text beside it.
        centre = Alignment(horizontal="center")
        self.date = self._style("Gantry date", number_format=DATE, alignment=centre)
        self._date_time: StyleArray | None = None  # registered when a cell needs it (moment)
        self.centred = self._style("Gantry row number", alignment=centre)
        # a list of facts (the About sheet): numbers and dates flush left like the text
        left = Alignment(horizontal="left")
        self.left = self._style("Gantry fact", alignment=left)
        self.stamp_left = self._style(
            "Gantry fact date time", number_format=DATE_TIME, alignment=left
        )
        self.stamp = self._style("Gantry date time", number_format=DATE_TIME)
        self.percent = self._style("Gantry percent", number_format="0%")
        # hours a client can add up that say they are hours: "8 h", "7.5 h"
        self.hours = self._style("Gantry hours", number_format='General" h"')
        self.ratio = self._style("Gantry ratio", number_format="0.00")  # CPI, SPI
        # the project's CPI and SPI, in a total row that is bold
        self.ratio_bold = self._style(
            "Gantry ratio total", font=Font(bold=True), number_format="0.00"
        )
        self.money = self._style("Gantry money", number_format=money)
        # a change of cost with its sign, as MS Project's Cost Variance: +640 over budget
        self.signed_money = self._style(
            "Gantry signed money", number_format=f"+{money};-{money};{money}"
        )
        self._money_format = money
        self._rates: dict[str, StyleArray] = {}
        self.money_bold = self._style(
            "Gantry money total", font=Font(bold=True), number_format=money
        )
        self.bars = {
            c: self._style(f"Gantry bar {name}", fill=_solid(c))
            for c, name in ((BAR, "task"), (CRITICAL, "critical"), (SUMMARY, "summary"))
        }
        # the done part of a bar (its % complete): a darker shade of the bar's colour, as
        # Excel's Gantt templates draw progress (a pattern fill prints differently in
        # LibreOffice, as a paler colour)
        self.done_bars = {
            c: self._style(f"Gantry bar {name} done", fill=_solid(DONE[c]))
            for c, name in ((BAR, "task"), (CRITICAL, "critical"), (SUMMARY, "summary"))
        }
        self.milestone = self._style(
            "Gantry milestone",
            font=Font(bold=True, color="C00000"),
            alignment=Alignment(horizontal="center"),
        )
        # a label repeated where a printed page begins (the month of a Gantt column)
        self.continued = self._style("Gantry continued", font=Font(italic=True, color="808080"))
        self.quoted = quoted(self._style("Gantry text"))
        # Text ('@'): what a client types stays as typed (a WBS 2.10 is no number 2.1)
        self.as_text = self._style("Gantry kept as text", number_format=TEXT_FORMAT)
        self._as_text_quoted = quoted(self.as_text)
        self._names: dict[tuple[int, bool, bool], StyleArray] = {}

    def _style(self, name: str, **parts: Any) -> StyleArray:
        """Register a named style; its style array is what the cells share. Its font is the
        sheet's (Calibri 11), bold or coloured as given: a font without a name printed in
        LibreOffice's default, a serif, beside the headers and plain cells in sans."""
        parts["font"] = sheet_font(parts.get("font"))
        style = NamedStyle(name=name, **parts)
        self.book.add_named_style(style)
        return style.as_tuple()

    def rate(self, unit: str) -> StyleArray:
        """Money per a unit of time, ``$1,200.00/d``: the cell stays a number a client can
        add up, its unit shown by the format (each letter escaped: ``d`` is a date code)."""
        style = self._rates.get(unit)
        if style is None:
            suffix = "".join(f"\\{c}" for c in f"/{unit}")
            style = self._rates[unit] = self._style(
                f"Gantry rate per {unit}", number_format=f"{self._money_format}{suffix}"
            )
        return style

    def moment(self, value: object, usual: tuple[time, ...]) -> StyleArray:
        """The format of a moment's cell: the date alone when the moment is at a ``usual``
        time (the project's default start and finish times, which a date typed without a
        time takes in a Start or a Finish cell), else with its time (:data:`DATE_TIME`):
        a night pour's 22:00 start or 00:00 finish shows, and reads back as it shows,
        midnight too (app/io/shown_times.py)."""
        if not isinstance(value, datetime) or round_minute(value).time() in usual:
            return self.date
        if self._date_time is None:
            self._date_time = self._style(
                "Gantry date and time",
                number_format=DATE_TIME,
                alignment=Alignment(horizontal="center"),
            )
        return self._date_time

    def name(self, pen: Pen, text: str, level: int, bold: bool = False) -> Cell:
        """A task name indented by outline level (bold for a summary)."""
        level = max(min(level, 16) - 1, 0)
        text = writable_text(text)
        key = (level, bold, is_risky(text))
        style = self._names.get(key)
        if style is None:
            base = self._names.get((level, bold, False))
            if base is None:
                base = self._names[(level, bold, False)] = self._style(
                    f"Gantry task {level + 1}{' summary' if bold else ''}",
                    font=Font(bold=bold),
                    alignment=Alignment(horizontal="left", indent=level),
                )
            style = self._names[key] = quoted(base) if key[2] else base
        return pen.text(text, style)

    def text(self, pen: Pen, text: str) -> object:
        """A user's text; a string cell, quote-prefixed, when it looks like a formula.

        Empty text writes no cell (openpyxl would write an empty inline string).
        """
        text = writable_text(text)
        return pen.text(text, self.quoted) if is_risky(text) else text or None

    def kept_text(self, pen: Pen, text: str) -> Cell:
        """A text cell formatted Text, empty too, so that what a client types there stays
        text: Excel and LibreOffice keep ``2.10`` as typed, not the number 2.1."""
        text = writable_text(text)
        return pen.text(text, self._as_text_quoted if is_risky(text) else self.as_text)


class Pen:
    """The cells of one column, reused row after row: one openpyxl cell per format.

    ``append`` on a write-only sheet writes the whole row before it returns, so
    the next row can put its value in the same cell. Binding a new value costs
    less than building a cell for each of the 200,000 styled values of a
    10,000-task plan.
    """

    __slots__ = ("_cells", "_ws")

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self._ws = ws
        self._cells: dict[int, Cell] = {}

    def _in(self, style: StyleArray) -> Cell:
        cell = self._cells.get(id(style))
        if cell is None:
            cell = self._cells[id(style)] = styled_cell(self._ws, None, style)
        return cell

    def __call__(self, value: object, style: StyleArray) -> Cell | None:
        """The column's cell in ``style`` holding a number or date (None: no cell)."""
        if value is None:
            return None
        cell = self._in(style)
        if type(value) is datetime and value.year < 1900:  # Excel holds no such date
            value = excel_cannot_hold(value)
        cell.value = value
        return cell

    def dated(self, value: datetime | None, style: StyleArray, empty: StyleArray) -> Cell | None:
        """The column's cell for a moment or none: ``value`` in ``style``, or an empty cell
        in ``empty``, so that a date the client types or pastes there (its value: Excel's
        Paste Values) shows as a date, not as General's 46395."""
        if value is not None:
            return self(value, style)
        cell = self._in(empty)
        cell.value = None
        return cell

    def text(self, text: str, style: StyleArray) -> Cell:
        """A string cell whatever the text looks like (openpyxl would make ``=...`` a formula)."""
        cell = self._in(style)
        cell.value = text
        cell.data_type = "s"
        return cell


def quoted(style: StyleArray) -> StyleArray:
    """The same format with Excel's quote prefix (the cell stays text when edited)."""
    quoted = StyleArray(style)
    quoted.quotePrefix = 1
    return quoted


def is_risky(text: str) -> bool:
    return is_risky_text(text) or text in _ERROR_TEXTS


def finite(value: float | None) -> float | None:
    """NaN and infinity have no spelling in a workbook: left empty."""
    return value if value is None or isfinite(value) else None


def styled_cell(ws: WriteOnlyWorksheet, value: object, style: StyleArray) -> Cell:
    """A number, date or empty cell in a shared format."""
    # a write-only cell needs some position before openpyxl places it (its repr uses it)
    return Cell(ws, row=1, column=1, value=value, style_array=style)


def money_format(project: Project) -> str:
    """The Excel number format of money: the project's decimals, its symbol where it stands.

    Excel shows the separators of the reader's locale, as MS Project does. With
    no symbol the code stands apart after the amount; with neither, a bare number.
    """
    digits = project.currency_digits
    number = "#,##0." + "0" * digits if digits else "#,##0"
    # A quote would end the literal: no currency symbol needs one.
    symbol = project.currency_symbol.replace('"', "")
    position = project.currency_symbol_position
    if not symbol:
        return f'{number} "{project.currency}"' if project.currency else number
    gap = " " if position.spaced else ""
    if position.after:
        return f'{number}{gap}"{symbol}"'
    return f'"{symbol}"{gap}{number}'


def fit(floor: float, texts: Iterable[str | None], cap: float = WIDEST) -> float:
    """A column width that shows its longest text: at least ``floor``, at most ``cap``."""
    longest = max((len(t) for t in texts if t), default=0)
    return min(max(floor, longest + 2.0), cap)


def fit_names(floor: float, rows: Iterable[PlanRow], cap: float = WIDEST) -> float:
    """The task-name column's width: the longest name with its indent (bold is wider)."""
    longest = max(
        (
            len(r.name) * (_BOLD if r.summary else 1.0) + _INDENT * max(min(r.level, 16) - 1, 0)
            for r in rows
        ),
        default=0.0,
    )
    return min(max(floor, longest + 2.0), cap)


def new_sheet(book: Workbook, name: str, widths: dict[int, float]) -> WriteOnlyWorksheet:
    """A new sheet with its column widths (0-based columns), counting its rows (its print
    area: workbook_print.print_used_range)."""
    ws: WriteOnlyWorksheet = book.create_sheet(name)
    count_rows(ws)
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col + 1)].width = width
    return ws


def unflag_numbers_as_text(ws: WriteOnlyWorksheet, columns: Iterable[str], rows: int) -> None:
    """Tell Excel that the text in ``columns`` (rows 2 on) is meant as text.

    A WBS code ``1.1`` or a predecessor ``2`` looks like a number, and Excel marks
    each such cell with a green "number stored as text" triangle. openpyxl writes no
    ``<ignoredErrors>`` (its IgnoredError drops the required ``sqref``), so the
    element is built here and sent after the page breaks, where the sheet's schema
    puts it, by wrapping the sheet writer's step that writes them (openpyxl 3.1's
    ``WorksheetWriter.write_tail`` order). Call after the first row is written.
    """
    writer = ws._writer  # made by the first append
    if writer is None or rows < 1:
        return
    ignored = Element("ignoredErrors")
    for c in columns:
        SubElement(ignored, "ignoredError", sqref=f"{c}2:{c}{rows + 1}", numberStoredAsText="1")
    write_breaks = writer.write_breaks

    def breaks_then_ignored() -> None:
        write_breaks()
        writer.xf.send(ignored)

    writer.write_breaks = breaks_then_ignored


def table(
    book: Workbook,
    fmt: Formats,
    name: str,
    titles: tuple[str, ...],
    widths: tuple[float, ...],
    rows: int,
    hidden_columns: tuple[str, ...] = (),
    frozen_columns: int = 0,
    centred: tuple[str, ...] = (),
    text_columns: tuple[str, ...] = (),
) -> WriteOnlyWorksheet:
    """A sheet with a frozen, filtered header row and print setup (workbook_print: fitted to
    the page width, landscape when wide, the header row on every page).

    Each column is at least as wide as its bold title and the filter's drop-down button.
    The first ``frozen_columns`` stay in view beside the header as the sheet scrolls
    right (the columns that say which row is which: id, WBS, name). The titles in
    ``centred`` stand centred over their centred values (row numbers, dates). The columns
    in ``text_columns`` are formatted Text ('@'), rows a client types below the table too.
    """
    fitted = [max(w, len(t) + _FILTER_BUTTON) for w, t in zip(widths, titles, strict=True)]
    ws = new_sheet(book, name, dict(enumerate(fitted)))
    for letter in hidden_columns:  # column setup must come before the first row is written
        ws.column_dimensions[letter].hidden = True
    for letter in text_columns:
        ws.column_dimensions[letter].number_format = TEXT_FORMAT
    ws.freeze_panes = f"{get_column_letter(frozen_columns + 1)}2"
    printed = [w for k, w in enumerate(fitted) if get_column_letter(k + 1) not in hidden_columns]
    print_setup(ws, fmt.paper, fmt.title, printed)  # landscape when wide, fit to width
    ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{max(rows, 1) + 1}"
    # a summary's row above its rows, as tasks are: Excel's outline button where it belongs
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=False)
    ws.append([_title(ws, t, fmt.header_centre if t in centred else fmt.header) for t in titles])
    return ws


EXCEL_LEVELS = 7  # the deepest outline level Excel groups rows by


def group_row(ws: WriteOnlyWorksheet, row: int, level: int) -> None:
    """Put sheet ``row`` (1-based, before it is written) in Excel's outline by a task's
    outline ``level``: level 1 stays ungrouped, each level below one group deeper (Excel's
    outline stops at seven), so a client collapses the sheet to its top tasks with the
    buttons beside the rows. Only a view: the round trip reads no row's group."""
    grouped = min(max(level - 1, 0), EXCEL_LEVELS)
    if grouped:
        ws.row_dimensions[row].outlineLevel = grouped


def _title(ws: WriteOnlyWorksheet, title: str, style: StyleArray) -> Cell:
    """A header cell: always text (a custom field's alias "=HYPERLINK(...)" would be a live
    formula), without the characters a workbook cannot hold (a pasted control character
    stopped the export with openpyxl's IllegalCharacterError)."""
    text = writable_text(title)
    cell = styled_cell(ws, text, quoted(style) if is_risky(text) else style)
    cell.data_type = "s"
    return cell
