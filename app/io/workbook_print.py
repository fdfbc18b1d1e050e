"""How each sheet of the client workbook prints, as a PM sets up MS Project's Excel export.

Every sheet gets a page setup a client can press Print on: the paper (A4, or Letter
where the locale prints on Letter: the plan's Page Setup keeps no paper), the plan's
Page Setup margins when they were set (Gantry's own otherwise), landscape when its
columns are wider than an upright page, fitted to one page wide with as many pages
tall as the rows take, its title row(s) on every page, a print area over the cells
written, centred across the page, and on every page the project's name, the sheet's
name and "Page 1 of 3" (Excel's header codes). Only the columns printed decide the
orientation: the Plan sheet's empty progress columns, left out of its print area, not.

A header or footer typed in the plan's Page Setup takes the place of the workbook's own,
as it does in Gantry's printout: its fields that Excel fills in are written as Excel's
codes (``&[Page]`` as ``&P``, ``&[Pages]`` ``&N``, ``&[Date]`` ``&D``, ``&[View]`` the
sheet's name ``&A``), the others as the text they stand for (the project's name, status
date, manager, author, company).

The Gantt sheet is fitted to the page width too, unless that prints its text smaller
than :data:`READABLE` of its size (a long plan's timeline of many weeks): then it prints
at that scale, its timeline split into pages that each begin at the first column of a
month and hold as many whole months as fit (:func:`gantt_page_starts`), the row number
and task name repeated on each.

Page widths are worked out as Excel lays a sheet out: a column of width ``w`` is some
``7 * w`` pixels (Calibri 11, its default font) and a page holds 96 pixels an inch.
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.page_setup import DEFAULT_MARGIN_MM, PageSetup, fill
from app.domain.project import Project
from app.io.workbook_cells import writable_text

if TYPE_CHECKING:  # openpyxl has no public name for the class of a write-only sheet
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

READABLE = 0.6  # the least print scale: 11 pt text prints at 6.6 pt
PIXELS_PER_UNIT = 7.0  # of column width, at Excel's default font (a digit of Calibri 11)
_PADDING = 5.0  # pixels of a column besides its width in digits
_PIXELS_PER_INCH = 96.0
_MM_PER_INCH = 25.4
_SIDE_MARGIN = 0.5  # inches, left and right: Gantry's own margins
_TOP_MARGIN = 0.75  # inches above the body (the header prints in it), and below it
_HEADER_MARGIN = 0.3  # inches from the paper's edge to the header's (footer's) text
_HEADER_ROOM = 0.35  # inches a header or footer line takes above (below) the body
_HEADER_TITLE = 120  # characters of the project's name in a page's header
_PART_ROOM = 80  # characters of each part of a typed header: Excel takes 255 in all three
# Page Setup's fields Excel fills in as it prints, by their header codes (the rest: as text)
_EXCEL_CODES = {"Page": "P", "Pages": "N", "Date": "D", "View": "A"}
_CODE = "\ue000"  # marks a code's "&" while the typed "&" are doubled
_PAGE_SHIFT = re.compile(r"[+-]\d")  # after &P or &N Excel adds or takes away a number
_EXCEL_WIDTH = 8.43  # a column's width where none is set (Excel's default)
_LAST_ROW = 1048575  # Excel's last row (0-based): a column break runs down to it
_SLACK = 0.85  # of a page's width the split Gantt fills: LibreOffice without Calibri (or
# its metric twin Carlito) lays a column out some 10 % wider, and added pages of one month
# Countries whose paper is Letter (glibc's LC_PAPER): everywhere else prints on A4.
_LETTER_COUNTRIES = frozenset(
    ("US", "CA", "MX", "PH", "CL", "CO", "CR", "DO", "GT", "NI", "PA", "PR", "SV", "VE")
)
_LETTER_NAMES = ("united states", "canada", "mexico", "philippines")  # Windows' locale names


@dataclass(frozen=True, slots=True)
class Paper:
    """The paper and margins every sheet prints on; widths and margins in inches."""

    size: int  # openpyxl's (Excel's) paperSize
    width: float  # upright
    height: float
    margins: PageMargins
    # a typed Page Setup header's and footer's left, centre and right parts in Excel's
    # codes (page_texts); None: the workbook's own
    header: tuple[str, str, str] | None = None
    footer: tuple[str, str, str] | None = None

    def printable(self, landscape: bool) -> float:
        """Pixels across the page between its side margins."""
        across = self.height if landscape else self.width
        sides = float(self.margins.left) + float(self.margins.right)
        return (across - sides) * _PIXELS_PER_INCH


A4 = (int(Worksheet.PAPERSIZE_A4), 210 / _MM_PER_INCH, 297 / _MM_PER_INCH)
LETTER = (int(Worksheet.PAPERSIZE_LETTER), 8.5, 11.0)


def letter_locale(environ: dict[str, str] | None = None) -> bool:
    """Whether the user's locale prints on Letter: its paper setting (``LC_PAPER``, under
    ``LC_ALL``, over ``LANG``, as POSIX reads them), else the process's locale name."""
    env = os.environ if environ is None else environ
    name = env.get("LC_ALL") or env.get("LC_PAPER") or env.get("LANG")
    if name is None and environ is None:  # Windows, macOS: no such variables
        name = locale.getlocale()[0]
    name = name or ""  # C, POSIX, C.UTF-8: no country, A4
    territory = name.split(".")[0].split("@")[0].partition("_")[2]
    if territory:
        return territory.upper() in _LETTER_COUNTRIES
    return any(country in name.lower() for country in _LETTER_NAMES)


def paper_for(
    setup: PageSetup | None, letter: bool | None = None, project: Project | None = None
) -> Paper:
    """The paper (``letter`` None: by the locale) with the plan's Page Setup margins, and
    its header and footer when typed (their fields filled from ``project``'s).

    MS Project's margins are the paper's edge to anything printed: the header's text
    begins at the top margin and the body a header's line under it (the footer the
    same at the bottom). Margins left as Gantry's default keep the workbook's own.
    """
    size, width, height = LETTER if (letter_locale() if letter is None else letter) else A4
    if setup is None or setup.margins_mm == (DEFAULT_MARGIN_MM,) * 4:
        margins = PageMargins(
            left=_SIDE_MARGIN,
            right=_SIDE_MARGIN,
            top=_TOP_MARGIN,
            bottom=_TOP_MARGIN,
            header=_HEADER_MARGIN,
            footer=_HEADER_MARGIN,
        )
    else:
        top, bottom, left, right = (mm / _MM_PER_INCH for mm in setup.margins_mm)
        margins = PageMargins(
            left=left,
            right=right,
            top=top + _HEADER_ROOM,
            bottom=bottom + _HEADER_ROOM,
            header=top,
            footer=bottom,
        )
    if setup is None or project is None:
        return Paper(size, width, height, margins)
    header = page_texts(setup.header, project) if setup.own_header else None
    footer = page_texts(setup.footer, project) if setup.own_footer else None
    return Paper(size, width, height, margins, header, footer)


def page_texts(parts: tuple[str, str, str], project: Project) -> tuple[str, str, str]:
    """A Page Setup header's (footer's) three parts as Excel's header codes write them: a
    field Excel fills in as its code, the others as their text, ``&`` doubled, each part
    cut to :data:`_PART_ROOM` characters (never within a code)."""
    status = project.status_date
    values = {
        **{name: _CODE + code for name, code in _EXCEL_CODES.items()},
        "Project": project.name,
        "Status Date": f"{status:%Y-%m-%d}" if status is not None else "",
        "Manager": project.manager or project.author,  # as the printout fills it
        "Author": project.author,
        "Company": project.company,
    }
    values = {
        name: value if name in _EXCEL_CODES else writable_text(value).replace(_CODE, "")
        for name, value in values.items()
    }
    texts = (_excel_text(fill(writable_text(p).replace(_CODE, ""), values)) for p in parts)
    left, centre, right = texts
    return left, centre, right


def _excel_text(text: str) -> str:
    """``text`` filled (:func:`page_texts`) in Excel's header codes, cut to size."""
    tokens: list[str] = []
    k = 0
    while k < len(text):
        if text[k] == _CODE and k + 1 < len(text):
            tokens.append("&" + text[k + 1])
            if text[k + 1] in "PN" and _PAGE_SHIFT.match(text, k + 2):
                tokens.append(" ")  # "&[Page]-1" is no page number less one
            k += 2
            continue
        tokens.append("&&" if text[k] == "&" else text[k])
        k += 1
    out: list[str] = []
    used = 0
    for token in tokens:
        used += len(token)
        if used > _PART_ROOM:
            break
        out.append(token)
    return "".join(out)


def column_pixels(width: float) -> float:
    """What a column of this width takes across a page at 100 %: Excel's width counts
    digits of its default font, and a column has some padding besides."""
    return width * PIXELS_PER_UNIT + _PADDING


def columns_pixels(widths: Sequence[float]) -> float:
    """What columns of these widths take across a page at 100 %."""
    return sum(column_pixels(w) for w in widths)


def print_setup(
    ws: WriteOnlyWorksheet,
    paper: Paper,
    title: str,
    widths: Sequence[float],
    title_rows: str | None = "1:1",
    fit_to_width: bool = True,
    landscape: bool = False,
) -> bool:
    """The sheet's page setup: ``paper``, landscape when ``widths`` (the printed columns')
    are wider than an upright page (or ``landscape``: always), fitted to one page wide (``fit_to_width``), the rows
    ``title_rows`` on every page, centred, headed by ``title`` (the project's name) and
    the sheet's name and footed by its page number. Returns whether it is landscape."""
    wide = landscape or columns_pixels(widths) > paper.printable(landscape=False)
    ws.page_margins = paper.margins
    ws.page_setup.paperSize = paper.size
    ws.page_setup.orientation = "landscape" if wide else "portrait"
    counter = ws.append  # the orientation decided again from the columns printed
    if isinstance(counter, RowCount):
        counter.paper = None if landscape else paper
    ws.print_options.gridLines = True
    ws.print_options.horizontalCentered = True
    if fit_to_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages tall as the rows take
    if title_rows:
        ws.print_title_rows = title_rows
    # Excel takes at most 255 characters in a header; & starts a field code
    title = writable_text(title)[:_HEADER_TITLE].replace("&", "&&")
    header = paper.header or (title, "", "&A")  # the sheet's name
    footer = paper.footer or ("", "Page &P of &N", "")
    for part, text in zip(("left", "center", "right"), header, strict=True):
        getattr(ws.oddHeader, part).text = text or None
    for part, text in zip(("left", "center", "right"), footer, strict=True):
        getattr(ws.oddFooter, part).text = text or None
    return wide


class RowCount:
    """A write-only sheet's ``append`` that counts the rows written (openpyxl does not);
    ``paper``: what the sheet prints on, when its columns printed decide its orientation
    (None: landscape whatever they are, or no page setup)."""

    __slots__ = ("_append", "paper", "rows")

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self._append = ws.append
        self.rows = 0
        self.paper: Paper | None = None

    def __call__(self, row: object) -> None:
        self._append(row)
        self.rows += 1


def count_rows(ws: WriteOnlyWorksheet) -> None:
    """Count the rows written to ``ws`` from now on (read by :func:`print_used_range`)."""
    ws.append = RowCount(ws)


# The last row of a sheet (Excel's and LibreOffice's): a print area down to it is whole
# columns, which Excel shows as $A:$N. openpyxl takes no $A:$N (it warns and drops it).
LAST_ROW = 1_048_576


def print_used_range(ws: WriteOnlyWorksheet, columns: int) -> None:
    """The print area: the first ``columns`` columns, whole, so that a row the client adds
    below the last one prints too (the rows written so far left it out); landscape only
    when those of them shown are wider than an upright page (the Plan sheet's empty
    progress columns after them count for nothing). A sheet with no row has none."""
    counter = ws.append
    rows = counter.rows if isinstance(counter, RowCount) else 0
    if rows and columns:
        ws.print_area = f"A1:{get_column_letter(columns)}{LAST_ROW}"
    paper = counter.paper if isinstance(counter, RowCount) else None
    if paper is None or not columns:
        return
    dims = [ws.column_dimensions[get_column_letter(k + 1)] for k in range(columns)]
    printed = [d.width or _EXCEL_WIDTH for d in dims if not d.hidden]
    wide = columns_pixels(printed) > paper.printable(landscape=False)
    ws.page_setup.orientation = "landscape" if wide else "portrait"


def gantt_page_starts(
    widths: Sequence[float], first: int, repeated: int, months: Sequence[int], page: float
) -> list[int]:
    """Where the Gantt's timeline splits into pages at :data:`READABLE` scale: an index
    into ``widths[first:]`` (the timeline's columns) for each page. [0]: the whole sheet
    fits one page wide at that scale or larger (fitted to the page width).

    ``first`` columns print on the first page only, the first ``repeated`` on every one;
    ``months``: the timeline's columns where a month begins. Each page begins at one of
    them and holds as many whole months as fit (a month wider than a page: as many
    columns as fit).
    """
    pixels = [column_pixels(w) for w in widths]
    room = page / READABLE * _SLACK
    if sum(pixels) <= page / READABLE:
        return [0]
    timeline = pixels[first:]
    again = sum(pixels[:repeated])
    starts = [0]
    used = sum(pixels[:first])
    bounds = sorted({*months, len(timeline)} - {0})
    begin = 0
    for end in bounds:  # one month: timeline[begin:end]
        month = sum(timeline[begin:end])
        if used + month > room and begin > starts[-1]:
            starts.append(begin)
            used = again
        for k in range(begin, end):  # a month too wide for a page breaks within it
            if used + timeline[k] > room and k > starts[-1]:
                starts.append(k)
                used = again
            used += timeline[k]
        begin = end
    return starts


def split_gantt(ws: WriteOnlyWorksheet, starts: Sequence[int], first: int) -> None:
    """Print the Gantt at :data:`READABLE` scale, a page break before each of ``starts``
    (timeline indexes; the timeline begins after ``first`` columns)."""
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = round(READABLE * 100)
    for k in starts[1:]:  # after column ``id``, down every row (as Excel writes one)
        ws.col_breaks.append(Break(id=first + k, max=_LAST_ROW))
