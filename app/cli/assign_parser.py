"""``gantry assign``'s options (run by app/cli/assign_command.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.track_parser import OUTPUT_HELP, PLAN_HELP, SHEET_HELP
from app.domain.contours import WorkContour

# --contour's words: MS Project's names less their second word (Back Loaded: back)
CONTOURS = {
    "flat": WorkContour.FLAT,
    "back": WorkContour.BACK_LOADED,
    "front": WorkContour.FRONT_LOADED,
    "double": WorkContour.DOUBLE_PEAK,
    "early": WorkContour.EARLY_PEAK,
    "late": WorkContour.LATE_PEAK,
    "bell": WorkContour.BELL,
    "turtle": WorkContour.TURTLE,
}
RATE_TABLES = "ABCDE"  # the cost rate tables, as MS Project names them


def contour_word(text: str) -> WorkContour:
    """``--contour``: one of :data:`CONTOURS`, or MS Project's whole name (``back-loaded``)."""
    key = text.strip().casefold()
    if key in CONTOURS:
        return CONTOURS[key]
    try:
        found = WorkContour.labelled(key.replace("-", ""))
    except ValueError:
        found = None
    if found is None or found is WorkContour.CONTOURED:  # typed period by period, not a shape
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a work contour (choose from {', '.join(CONTOURS)})"
        )
    return found


def rate_table(text: str) -> int:
    """``--cost-table``: A to E, as the Team view's Rate table cell takes it."""
    letter = text.strip().upper()
    if len(letter) != 1 or letter not in RATE_TABLES:
        raise argparse.ArgumentTypeError(f"{text!r} is not a cost rate table (choose A to E)")
    return RATE_TABLES.index(letter)


def add_assign(sub: Any) -> None:
    """``gantry assign FILE --task UID --person NAME [--units ...] [--remove] [-o OUT]``."""
    p = sub.add_parser(
        "assign",
        prog="gantry assign",
        help="put one person on a task or change their assignment (Resource > Assign "
        "Resources, Assignment Information)",
        description="Resource > Assign Resources and Assignment Information for one person "
        "on one task, by the window's rules: a person not yet on the task is assigned "
        "(at --units, else their default), then the fields given are set in the dialog's "
        "order (contour, units, work, cost table, Delay last), the task's type deciding "
        "what follows; --remove takes them off. Prints the task's Start, Finish, Work and "
        "Cost before and after and writes OUT, or FILE itself without -o; a bad value is "
        "refused in one line and nothing is written.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument(
        "--task", required=True, metavar="UID", help="the task, by UID (gantry schedule --json)"
    )
    p.add_argument(
        "--person",
        required=True,
        metavar="NAME",
        help="who, by name or initials, as the People cell reads them",
    )
    p.add_argument(
        "--units",
        metavar="U",
        help="units: 50%% of full time for a person, a quantity for a material (20)",
    )
    p.add_argument(
        "--work",
        metavar="W",
        help="the person's work (16h, 2d; a bare number in the plan's work unit)",
    )
    p.add_argument(
        "--delay",
        metavar="D",
        help="MS Project's Delay: they start that long after the task (2d, 4h; 1ed around "
        "the clock); 0d for none",
    )
    p.add_argument(
        "--contour",
        type=contour_word,
        metavar="SHAPE",
        help=f"work contour: {', '.join(CONTOURS)}",
    )
    p.add_argument(
        "--cost-table",
        type=rate_table,
        metavar="A-E",
        help="the cost rate table the assignment is priced at",
    )
    p.add_argument(
        "--remove",
        action="store_true",
        help="take the person off the task (no other field with it)",
    )
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help=OUTPUT_HELP)
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)
