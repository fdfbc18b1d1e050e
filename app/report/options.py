"""What the user chose in Page Setup: range, columns, fitting, header/footer, paper."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.grouping_rows import TaskGroup
from app.domain.page_setup import PageSetup
from app.report.columns import DEFAULT_COLUMNS
from app.report.gantt_paint import ChartOptions

# MS Project's Page Setup sizes; Ledger is Tabloid's sheet wide side up (17 x 11 in), as Qt has it
PAPERS: tuple[str, ...] = ("A4", "A3", "Letter", "Legal", "A5", "A2", "A1", "Tabloid", "Ledger")
_GANTRY_PAGE_SETUP = PageSetup()  # frozen: every PrintOptions may share it
GANTT_VIEW = "Gantt Chart"  # MS Project's name of the view the Gantt prints


@dataclass(frozen=True, slots=True)
class PrintOptions:
    """Options of a printed (or PDF) Gantt chart.

    With ``scale`` None the chart is fitted to ``pages_wide`` x ``pages_tall``
    pages; with a scale (1.0 = natural size) the page count follows from it.
    ``pages_tall`` None: as many pages tall as keep the rows legible (one page
    for a plan that fits on one without shrinking its text below
    :data:`app.report.gantt_pages.LEGIBLE_SCALE`). ``rows``: the tasks
    printed, top to bottom, as the window's sheet shows them (a filter, or
    collapsed summaries, leave some out, as MS Project prints its view);
    None prints every task of the plan. ``groups``: the group header rows among
    ``rows`` (View > Group by), by their row keys. ``flat``: the names are not indented, as
    the sheet lists them sorted without the outline structure. ``view_note``: the filter,
    sort and group that chose ``rows``, said in the page header
    (app/report/view_note.py; "": none is on).

    ``blank_pages`` / ``usage_blank_pages``: MS Project's Page Setup > View > "Print
    blank pages", for the Gantt chart and for the Usage grid (MS Project keeps a page
    setup per view). Off, a page past the first column of pages whose rows have nothing
    in its dates (no bar on the chart; no figure in the grid) is left out. The Gantt
    keeps MS Project's default (on: every page of the grid asked for, as before); the
    Usage grid defaults to off: a task's work sits in a few periods of hundreds, so
    nearly every page of a big plan's grid is empty (a 25k-task Task Usage by week is
    106,662 pages, 3,132 of them with a figure), and a PM turns it off there first.

    ``landscape``: Page Setup's Orientation, None for "Automatic" (the default, as
    ``gantry convert`` with no --landscape or --paper): a page is laid out only once
    :func:`app.report.page_orientation.oriented` has decided it for the rows and columns
    printed (landscape when the task columns would squeeze the chart on an upright page).

    ``setup``: what the plan keeps of Page Setup (margins, the header's, footer's and
    legend's texts, where the legend goes, Print notes: app/domain/page_setup.py);
    ``header``, ``footer`` and ``legend`` False leave those out whatever it says.
    ``view``: the printed view's name, what a header's ``&[View]`` prints.
    """

    date_from: datetime | None = None
    date_to: datetime | None = None
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    pages_wide: int = 1
    pages_tall: int | None = None
    scale: float | None = None
    repeat_columns: bool = True
    repeat_timescale: bool = True
    header: bool = True
    footer: bool = True
    legend: bool = True
    paper: str = "A4"
    landscape: bool | None = None  # None: Automatic (app/report/page_orientation.py)
    chart: ChartOptions = field(default_factory=ChartOptions)
    printed_on: date | None = None  # None: today, when printing
    rows: tuple[int, ...] | None = None
    groups: Mapping[int, TaskGroup] = field(default_factory=dict, hash=False)
    flat: bool = False
    view_note: str = ""
    blank_pages: bool = True
    usage_blank_pages: bool = False
    setup: PageSetup = _GANTRY_PAGE_SETUP
    view: str = GANTT_VIEW
    file_name: str = ""  # the plan's file, what &[File] prints ("": none)
    active_only: bool = False  # only the rows with a bar in the dates (app/report/active_only)
    # the Print dialog's "Pages from/to" (``--pages 2-3``): the first and last page printed,
    # numbered as the full printout numbers them (None: every page)
    page_range: tuple[int, int] | None = None
    # Page Setup > Page's "First page number" (``--first-page-number``): what &[Page] prints
    # on the first page, the others counting on from it (&[Pages]: the last page's number)
    first_page_number: int = 1
    # Print's "Manual page breaks" (``--no-page-breaks``): a task's Insert Page Break starts
    # a new page (app/report/page_breaks.py); off, the rows run on as if none had one
    page_breaks: bool = True
