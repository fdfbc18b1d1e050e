"""Page Setup as MS Project keeps it with the plan: the page, margins, header, footer,
legend, notes.

MS Project's Page Setup has a Margins tab (top, bottom, left, right), Header and Footer
tabs (a left, centre and right text, with buttons that insert fields such as the page
number), a Legend tab (on every page, on a legend page, or none, with a text of its own)
and, on its View tab, "Print notes" (the task notes on a page at the end). Gantry types the
fields as text: ``&[Page]`` is the page number, ``&[View]`` the printed view's name (a typed
header takes the place of Gantry's, which names the view after the project's name):
:data:`FIELDS` lists them all.

The default header and footer (:data:`DEFAULT_HEADER`, :data:`DEFAULT_FOOTER`) are those
Gantry always printed; the printout keeps its own layout of them (the project name giving
way to the dates, the page's row and column on a grid of pages) until the user types others.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from app.domain.errors import InputError
from app.domain.quoting import quoted


class LegendOn(Enum):
    """Where the legend prints; the values are the command line's ``--legend`` words."""

    EVERY_PAGE = "every"  # at the foot of every page (MS Project's "Every page")
    LAST_PAGE = "last"  # on a page of its own at the end (MS Project's "Legend page")
    NONE = "none"

    @property
    def label(self) -> str:
        """The choice as the Page Setup dialog words it."""
        return _LEGEND_LABELS[self]


_LEGEND_LABELS = {
    LegendOn.EVERY_PAGE: "On every page",
    LegendOn.LAST_PAGE: "On the last page",
    LegendOn.NONE: "None",
}

# The fields a header, footer or legend text may hold, by their code's name (compared
# without regard to case): what each prints is for the printout to fill in.
FIELDS: tuple[str, ...] = (
    "Project",  # the project's name
    "Page",  # this page's number
    "Pages",  # how many pages print
    "Date",  # the day printed
    "Status Date",  # the project's status date ("" when it has none)
    "Manager",  # Project Information's Manager (its author when none), MS Project's field
    "Author",
    "Company",
    "View",  # the printed view's name ("Gantt Chart", "Team", "Resource Usage"...), MS Project's
    "File",  # the plan's file name ("" when printed from no file), MS Project's File Name
    "Time",  # the time printed (MS Project's Current Time): an auditor's printout says when
    "Filter",  # the filter the printed rows follow ("All Tasks": none), MS Project's
)
_FIELD = re.compile(r"&\[([^\]]*)\]")
_KNOWN = {name.lower(): name for name in FIELDS}

DEFAULT_HEADER: tuple[str, str, str] = (
    "&[Project]",
    "Status date: &[Status Date]",
    "Printed: &[Date]",
)
DEFAULT_FOOTER: tuple[str, str, str] = ("&[Project]", "Page &[Page] of &[Pages]", "")
DEFAULT_MARGIN_MM = 10.0
PARTS = ("left", "centre", "right")


@dataclass(frozen=True, slots=True)
class PageSetup:
    """What Page Setup keeps with the plan.

    ``margins_mm``: top, bottom, left, right, in millimetres; ``header`` and ``footer``:
    their left, centre and right texts, with fields (:func:`fill`); ``legend``: where the
    legend prints and ``legend_text`` what it says left of its entries; ``print_notes``:
    the printed tasks' notes on pages at the end.
    """

    margins_mm: tuple[float, float, float, float] = (DEFAULT_MARGIN_MM,) * 4
    header: tuple[str, str, str] = DEFAULT_HEADER
    footer: tuple[str, str, str] = DEFAULT_FOOTER
    legend: LegendOn = LegendOn.EVERY_PAGE
    legend_text: str = ""
    print_notes: bool = False
    # The Page tab (schema v42), kept with the plan as MS Project keeps a view's Page Setup
    # in the .mpp: the paper's name, its orientation (None: Automatic), fit to
    # ``pages_wide`` x ``pages_tall`` (None: as many as keep the rows legible) or a
    # ``scale`` (1.0: natural size; None: fit), the dates printed (None: the whole
    # project; ``date_to`` is where printing stops), the task columns (None: as the sheet
    # shows them), what repeats on every page, the header and footer switches and
    # "Print blank pages" for the Gantt chart and the Usage grid.
    paper: str = "A4"
    landscape: bool | None = None
    pages_wide: int = 1
    pages_tall: int | None = None
    scale: float | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    columns: tuple[str, ...] | None = None
    repeat_columns: bool = True
    repeat_timescale: bool = True
    print_header: bool = True
    print_footer: bool = True
    blank_pages: bool = True
    usage_blank_pages: bool = False
    # Schema v49: the Page tab's "First page number" (None: Auto, the first page is 1) and
    # the Header tab's "Insert Picture..." (a PNG or JPEG file's path, "" none) at the
    # header's ``logo_part`` (an index into :data:`PARTS`), scaled to the header's height
    first_page_number: int | None = None
    logo: str = ""
    logo_part: int = 0
    # Schema v50: Print's "Manual page breaks" (on: a task's Insert Page Break starts a new
    # page, as MS Project's default) and the Dates' "Only tasks active in these dates"
    manual_page_breaks: bool = True
    active_only: bool = False

    @property
    def own_header(self) -> bool:
        """Whether the header is the user's own (typed), not Gantry's."""
        return self.header != DEFAULT_HEADER

    @property
    def own_footer(self) -> bool:
        """Whether the footer is the user's own (typed), not Gantry's."""
        return self.footer != DEFAULT_FOOTER


def unknown_fields(text: str) -> list[str]:
    """The field codes of ``text`` that are not among :data:`FIELDS`, as typed."""
    return [m.group(0) for m in _FIELD.finditer(text) if m.group(1).strip().lower() not in _KNOWN]


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with each field replaced by its value (``values`` by :data:`FIELDS` name);
    a field without a value prints as nothing."""
    return _FIELD.sub(lambda m: values.get(_KNOWN.get(m.group(1).strip().lower(), ""), ""), text)


def checked(setup: PageSetup) -> PageSetup:
    """``setup`` when it can be printed; InputError naming what cannot (a negative margin,
    an unknown field code) otherwise. Whether the margins leave room on the paper is the
    printout's call (app/report/page_layout.py)."""
    for side, mm in zip(("top", "bottom", "left", "right"), setup.margins_mm, strict=True):
        if mm < 0:
            raise InputError(f"the {side} margin is {mm:g} mm: a margin cannot be negative")
    if setup.pages_wide < 1 or (setup.pages_tall is not None and setup.pages_tall < 1):
        raise InputError("pages wide and pages tall must be at least 1")
    if setup.scale is not None and setup.scale <= 0:
        raise InputError(f"the scale is {setup.scale:.0%}: it must be more than 0 %")
    if setup.first_page_number is not None and setup.first_page_number < 1:
        raise InputError(
            f"the first page number is {setup.first_page_number}: it must be 1 or more"
        )
    if setup.logo_part not in range(len(PARTS)):
        raise InputError(
            f"the picture's place is {setup.logo_part}: use 0, 1 or 2 (left, centre, right)"
        )
    if setup.date_from and setup.date_to and setup.date_to <= setup.date_from:
        raise InputError("the dates printed: 'to' is before 'from'")
    texts = [(f"header {p}", t) for p, t in zip(PARTS, setup.header, strict=True)]
    texts += [(f"footer {p}", t) for p, t in zip(PARTS, setup.footer, strict=True)]
    texts.append(("legend text", setup.legend_text))
    for where, text in texts:
        bad = unknown_fields(text)
        if bad:
            known = ", ".join(f"&[{name}]" for name in FIELDS)
            raise InputError(f"{where}: unknown field {quoted(bad[0])} (use {known})")
    return setup
