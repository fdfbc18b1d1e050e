"""Option values ``gantry`` judges after parsing but before reading any file.

argparse checks each value alone (a date, a whole number); what needs two
options together (``--rows`` with a .png output, ``--from`` before ``--to``) or a
range is judged here, so bad usage (exit 2) costs no reading of a large plan.
"""

from __future__ import annotations

import argparse
from pathlib import Path

# convert's printing options and the outputs that print with them: given for another
# output (--landscape with a .xlsx), the file would be written without them, in silence.
_PRINTING = (
    ("pages_wide", "--pages-wide", (".pdf",)),
    ("pages_tall", "--pages-tall", (".pdf",)),
    ("paper", "--paper", (".pdf",)),
    ("page_range", "--pages", (".pdf",)),
    ("first_page_number", "--first-page-number", (".pdf",)),
    ("logo", "--logo", (".pdf",)),
    ("landscape", "--landscape", (".pdf",)),
    ("blank_pages", "--blank-pages", (".pdf",)),
    ("page_breaks", "--page-breaks", (".pdf",)),
    *((n, f"--{n.replace('_', '-')}", (".pdf",)) for n in ("margins", "header", "footer")),
    *((n, f"--{n.replace('_', '-')}", (".pdf",)) for n in ("legend", "legend_text", "notes")),
    ("repeat_columns", "--repeat-columns", (".pdf",)),
    ("repeat_timescale", "--repeat-timescale", (".pdf",)),
    ("today", "--today", (".pdf", ".png")),
    ("today_line", "--today-line", (".pdf", ".png")),
    ("outline_level", "--outline-level", (".pdf", ".png")),
    ("width", "--width", (".png",)),
    ("table", "--table", (".pdf", ".png")),
    ("baseline_bars", "--baseline-bars", (".pdf", ".png")),
    ("progress_lines", "--progress-lines", (".pdf", ".png")),
    ("rows", "--rows", (".png",)),
    ("date_from", "--from", (".pdf", ".png")),
    ("date_to", "--to", (".pdf", ".png")),
)


def check_option_values(ns: argparse.Namespace) -> None:
    """Judge the option values that need no plan before any file is read (OptionError: bad
    usage, exit 2), so a typo in ``--rows`` costs no reading of a large plan.

    What only the plan can judge (a task ID past its last) is left to the command.
    """
    _check_sheet(ns)
    if ns.command == "usage":
        _check_usage_csv(ns)
    if ns.command != "convert":
        return
    # Light: no Qt, no plan (the PNG and PDF writers judge them the same way).
    from app.cli.handoff_options import check_handoff_options
    from app.domain.errors import OptionError
    from app.report.option_values import date_span, png_width, row_span

    check_handoff_options(ns)  # --client, --no-costs... with a .pdf: refused
    suffix = ns.output.suffix.lower()
    for name, flag, suffixes in _PRINTING:
        value = getattr(ns, name, None)
        if name == "notes" and value is False and suffix in (".xlsx", ".csv"):
            continue  # a hand-off's notes left out (app/cli/handoff_options.py)
        if value is not None and suffix not in suffixes:
            if value is False:  # --no-blank-pages, --no-baseline-bars, --no-progress-lines
                flag = flag.replace("--", "--no-", 1)
                if name == "notes":  # a workbook's notes are left out too
                    suffixes = (*suffixes, ".xlsx", ".csv")
            raise OptionError(f"{flag} applies to {' and '.join(suffixes)} output only")
    if ns.rows is not None:
        row_span(ns.rows)
    if ns.width is not None:
        png_width(ns.width)
    date_span(ns.date_from, ns.date_to)
    from app.domain.page_setup import PageSetup
    from app.report.page_options import page_setup_given

    page_setup_given(PageSetup(), vars(ns))  # --margins, --header...: judged before reading


def _check_usage_csv(ns: argparse.Namespace) -> None:
    """``usage --csv OUT`` writes CSV text: named otherwise (a client's .xlsx beside the
    plan) it would overwrite that file with it. Refused as ``report`` refuses a status
    report not named .pdf (AppError, exit 1)."""
    if ns.csv is not None and ns.csv.suffix.lower() != ".csv":
        from app.domain.errors import AppError

        raise AppError(f"{ns.csv.name}: the usage table is written as CSV (name it .csv)")


# The inputs --sheet picks a sheet of (a CSV, a .gantry or an MS Project file has none).
_SHEETS = (".xlsx", ".xls", ".ods")


def _check_sheet(ns: argparse.Namespace) -> None:
    """``--sheet`` given with a plan that has no sheets: refused (bad usage) rather than
    ignored, so a script that meant another file hears of it."""
    source = getattr(ns, "input", None) or getattr(ns, "file", None)
    if getattr(ns, "sheet", None) is None or source is None:
        return
    if Path(source).suffix.lower() not in _SHEETS:
        from app.domain.errors import OptionError

        raise OptionError(f"--sheet applies to spreadsheet input only ({' '.join(_SHEETS)})")
