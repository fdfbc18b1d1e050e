"""``gantry convert IN OUT.pdf|.png --from A --to B --active-only``: a look-ahead sheet.

The dates alone set the chart's span and keep every row (MS Project's Page Setup
does the same); with ``--active-only`` only the tasks with a bar in the dates are
printed, their summaries with them (app/report/active_only.py). Bad usage (exit 2)
without a date, on an output that prints no chart, or with ``--rows``.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.domain.errors import OptionError

_PRINTED = (".pdf", ".png")


def add_active_only(parser: argparse.ArgumentParser) -> None:
    """``--active-only`` of ``gantry convert``."""
    parser.add_argument(
        "--active-only",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="PDF and PNG: only the tasks with a bar between --from and --to, with their "
        "summaries (a look-ahead sheet); the page header says 'Active FROM to TO'. A PDF "
        "of a plan whose Page Setup keeps 'Only tasks active in these dates' does so for "
        "its kept dates; --no-active-only prints every row",
    )


def active_only_options(args: argparse.Namespace) -> dict[str, Any]:
    """The writer's ``active_only`` option when given; OptionError when it cannot apply."""
    given = getattr(args, "active_only", None)
    if given is None:
        return {}
    if given is False:  # every row, whatever the plan's Page Setup keeps
        if args.output.suffix.lower() not in _PRINTED:
            raise OptionError("--no-active-only applies to .pdf and .png output only")
        return {"active_only": False}
    if args.output.suffix.lower() not in _PRINTED:
        raise OptionError("--active-only applies to .pdf and .png output only")
    if args.date_from is None and args.date_to is None:
        raise OptionError("--active-only needs the dates: give --from and --to")
    if getattr(args, "rows", None) is not None:
        raise OptionError("--active-only and --rows both choose the rows: give one of them")
    return {"active_only": True}
