"""``gantry convert``'s printing flags that MS Project keeps in Page Setup or View:
the today line, repeating the task columns and timescale on every page, the outline level
printed, Print's "Manual page breaks", and the paper's name in any case.

Each stands in for what the plan's Page Setup and saved view say, for this printout only.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.option_words import parse_day
from app.domain.quoting import quoted

# the papers app/report/options.py prints on (not imported: the parser stays free of Qt)
PAPERS: tuple[str, ...] = ("A4", "A3", "Letter", "Legal", "A5", "A2", "A1", "Tabloid", "Ledger")

# the option names run_convert hands the PDF and PNG writers when given
PRINT_FLAG_NAMES = (
    "today",
    "today_line",
    "repeat_columns",
    "repeat_timescale",
    "outline_level",
    "page_range",
    "first_page_number",
    "logo",
    "page_breaks",
)


def paper_name(text: str) -> str:
    """``--paper``'s word as the paper's name, in any case (a3 is A3); bad usage else."""
    match = {p.lower(): p for p in PAPERS}.get(text.strip().lower())
    if match is None:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not a paper (use {', '.join(PAPERS)})")
    return match


def _level(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            f"{quoted(text)} is not an outline level (1 is the top-level tasks)"
        )
    return value


def _first_page(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not a page number (1 or more)")
    return value


def page_range(text: str) -> tuple[int, int]:
    """``--pages``: ``2-3``, one page ``4``, or ``5-`` from page 5 to the last; bad usage
    else (numbered as the whole printout numbers its pages, from 1)."""
    first, dash, last = str(text).strip().partition("-")
    try:
        start = int(first)
        end = int(last) if last.strip() else 10**9 if dash else start
    except ValueError:
        start = end = 0
    if start < 1 or end < start:
        raise argparse.ArgumentTypeError(
            f"{quoted(text)} is not a page range (e.g. 2-3, 4 or 5-: pages count from 1)"
        )
    return (start, end)


def add_print_flags(p: Any) -> None:
    """The flags on ``convert``'s parser."""
    p.add_argument(
        "--today",
        type=lambda text: parse_day(text, "--today"),
        metavar="DATE",
        help="PDF and PNG: the day the today line (MS Project's Current date) marks "
        "(default: the day printed)",
    )
    p.add_argument(
        "--no-today-line",
        dest="today_line",
        action="store_false",
        default=None,
        help="PDF and PNG: no today line on the chart",
    )
    p.add_argument(
        "--repeat-columns",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="PDF: print the task columns on every page across (default: the plan's Page "
        "Setup, else on); --no-repeat-columns prints them on the first page across only, "
        "for a wall chart taped together",
    )
    p.add_argument(
        "--repeat-timescale",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="PDF: print the timescale on every page down (default: the plan's Page Setup, "
        "else on)",
    )
    p.add_argument(
        "--pages",
        dest="page_range",
        type=page_range,
        metavar="FROM-TO",
        help="PDF: only these pages of the printout (2-3, 4, or 5- to the last), numbered "
        "as the whole printout numbers them, as the Print dialog's Pages from/to",
    )
    p.add_argument(
        "--first-page-number",
        type=_first_page,
        metavar="N",
        help="PDF: the number &[Page] prints on the first page, the others counting on "
        "(Page Setup > Page's 'First page number', for a printout bound after other pages; "
        "default: 1)",
    )
    p.add_argument(
        "--logo",
        metavar="PATH",
        help="PDF: a PNG or JPEG printed in the header, scaled to its height, at the part "
        "Page Setup keeps for it (left when none); a file missing or unreadable is said "
        "once and the pages print without it (Page Setup > Header's 'Insert Picture...')",
    )
    p.add_argument(
        "--page-breaks",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="PDF: start a new page at each task given a page break (Insert > Page Break), "
        "as Print's 'Manual page breaks' (default: the plan's Page Setup, else on); "
        "--no-page-breaks runs the rows on as if no task had one",
    )
    p.add_argument(
        "--outline-level",
        type=_level,
        metavar="N",
        help="PDF and PNG: only the tasks down to outline level N (1: the top-level tasks), "
        "as View > Outline > Level N shows them; default: the outline as the plan was saved",
    )


def print_flag_options(args: argparse.Namespace) -> dict[str, Any]:
    """The flags given, by the writers' option names; for a PDF, its notes on stderr (text
    fitted too small to read) and its progress while a long one is written."""
    given = {
        name: getattr(args, name)
        for name in PRINT_FLAG_NAMES
        if getattr(args, name, None) is not None
    }
    output = getattr(args, "output", None)
    if isinstance(output, Path) and output.suffix.lower() == ".pdf":
        from app.cli.pdf_progress import PdfProgress
        from app.cli.plan_output import note

        given["tell"] = note
        given["progress"] = PdfProgress(output.name)
    return given
