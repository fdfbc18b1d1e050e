"""How each sheet of the client workbook prints, as a PM sets up MS Project's Excel export.

Every sheet gets a page setup a client can press Print on: the paper (A4, or Letter
where the locale prints on Letter: the plan's Page Setup keeps no paper), the plan's
Page Setup margins when they were set (Gantry's own otherwise), landscape when its
columns are wider than an upright page, fitted to one page wide with as many pages
tall as the rows take, its title row(s) on every page, a print area over the cells
written, centred across the page, and on every page the project's name, the sheet's
name and "Page 1 of 3" (Excel's header codes).

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
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.page_setup import DEFAULT_MARGIN_MM, PageSetup
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


def paper_for(setup: PageSetup | None, letter: bool | None = None) -> Paper:
    """The paper (``letter`` None: by the locale) with the plan's Page Setup margins.

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
    return Paper(size, width, height, margins)


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
    ws.oddHeader.left.text = title or None
    ws.oddHeader.right.text = "&A"  # the sheet's name
    ws.oddFooter.center.text = "Page &P of &N"
    return wide


class RowCount:
    """A write-only sheet's ``append`` that counts the rows written (openpyxl does not)."""

    __slots__ = ("_append", "rows")

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self._append = ws.append
        self.rows = 0

    def __call__(self, row: object) -> None:
        self._append(row)
        self.rows += 1


def count_rows(ws: WriteOnlyWorksheet) -> None:
    """Count the rows written to ``ws`` from now on (read by :func:`print_used_range`)."""
    ws.append = RowCount(ws)


def print_used_range(ws: WriteOnlyWorksheet, columns: int) -> None:
    """The print area: the first ``columns`` columns of the rows written so far."""
    counter = ws.append
    rows = counter.rows if isinstance(counter, RowCount) else 0
    if rows and columns:
        ws.print_area = f"A1:{get_column_letter(columns)}{rows}"


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
