"""Page Setup's margins on the paper, and the values its header, footer and legend fields print.

The margins are the plan's (:class:`app.domain.page_setup.PageSetup`, millimetres);
:func:`checked_margins` refuses those that leave too little of the paper to print on, in
one line naming the paper, before a page is laid out. No Qt here: the command line
judges ``--margins`` with it before it reads the plan.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from app.domain.errors import InputError
from app.domain.page_setup import PageSetup
from app.domain.project import Project
from app.domain.quoting import quoted
from app.report.locale_dates import printed_date

# Paper sizes (width, height) in millimetres as printed portrait: those of
# app/report/options.PAPERS.
PAPER_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
    "A5": (148.0, 210.0),
    "A2": (420.0, 594.0),
    "A1": (594.0, 841.0),
    "Tabloid": (279.4, 431.8),
    "Ledger": (431.8, 279.4),  # Tabloid's sheet, wide side up, as QPageSize has it
}
# Least printable width and height left inside the margins: less, a page holds no row.
LEAST_ROOM_MM = 50.0
MM_PER_INCH = 25.4
_MARGINS = re.compile(r"\s*([-\d.]+(?:\s*,\s*[-\d.]+){0,3})\s*(mm|cm|in)?\s*")
_UNIT_MM = {"mm": 1.0, "cm": 10.0, "in": MM_PER_INCH}


def checked_margins(setup: PageSetup, paper: str, landscape: bool) -> PageSetup:
    """``setup`` when its margins leave at least :data:`LEAST_ROOM_MM` across and down the
    paper; InputError saying how much they leave otherwise (a negative margin is
    refused first, by :func:`app.domain.page_setup.checked`)."""
    top, bottom, left, right = setup.margins_mm
    width, height = PAPER_MM.get(paper, PAPER_MM["A4"])
    if landscape:
        width, height = height, width
    across, down = width - left - right, height - top - bottom
    if across < LEAST_ROOM_MM or down < LEAST_ROOM_MM:
        way = "landscape" if landscape else "portrait"
        raise InputError(
            f"the margins leave {max(across, 0):g} x {max(down, 0):g} mm of {way} {paper} "
            f"to print on; leave at least {LEAST_ROOM_MM:g} mm across and down"
        )
    return setup


def parse_margins(text: str) -> tuple[float, float, float, float]:
    """``--margins``: one length for all four sides, or top,bottom,left,right, in mm unless
    the text ends in ``cm`` or ``in`` (``0.5in``, ``20,15,10,10``); InputError otherwise."""
    match = _MARGINS.fullmatch(str(text))
    try:
        if match is None:
            raise ValueError
        numbers = [float(n) for n in match.group(1).split(",")]
    except ValueError:
        raise InputError(
            f"--margins {quoted(text)}: give one length or top,bottom,left,right "
            "in mm (or ending in cm or in), e.g. 15 or 20,15,10,10 or 0.5in"
        ) from None
    if len(numbers) not in (1, 4):
        raise InputError(
            f"--margins {quoted(text)}: give one length for every side or four "
            f"(top,bottom,left,right), not {len(numbers)}"
        )
    mm = _UNIT_MM[match.group(2) or "mm"]
    top, bottom, left, right = (numbers * 4)[:4] if len(numbers) == 1 else numbers
    return (top * mm, bottom * mm, left * mm, right * mm)


def field_values(
    project: Project,
    printed_on: date,
    page: int = 0,
    pages: int = 0,
    view: str = "",
    file: str = "",
    filter_name: str = "",
) -> dict[str, str]:
    """What each field of a header, footer or legend text prints on a page (by the names
    of :data:`app.domain.page_setup.FIELDS`); ``page``/``pages`` 0: not a numbered page;
    ``view``: the printed view's name ("Gantt Chart", "Team", "Status report"...); ``file``:
    the plan's file name; ``filter_name``: the filter the printed rows follow, what
    ``&[Filter]`` prints. ``&[Time]`` is ``printed_on``'s time when it is a moment."""
    status = project.status_date
    return {
        "Project": project.name,
        "Page": f"{page:,}" if page else "",
        "Pages": f"{pages:,}" if pages else "",
        "Date": printed_date(printed_on),
        "Status Date": printed_date(status) if status is not None else "",
        "Manager": project.manager or project.author,
        "Author": project.author,
        "Company": project.company,
        "View": view,
        "File": file,
        "Time": f"{printed_on:%H:%M}" if isinstance(printed_on, datetime) else "",
        "Filter": filter_name,
    }
