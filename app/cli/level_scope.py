"""``gantry level``'s range, selection and clear options: MS Project's "Level from … To …",
Level Selection and Clear Leveling (entire project or selected tasks) without the window.

``--from DATE --to DATE`` levels only the tasks starting in that range (both days in),
kept with the plan's Leveling Options as the window's Level from/To is;
``--entire-project`` sets the options back to the whole project. ``--tasks UID[,UID…]``
levels only those tasks (a summary: its subtasks), as Level Selection. ``--clear``
clears leveling instead: every task's, or with ``--tasks`` those tasks' only.
A date that does not parse, a To before the From, or ``--clear`` with an option it does
not take is bad usage (exit 2, as every option value the option does not take); a UID
the plan lacks is the file's answer (exit 1).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from typing import Any

from app.cli.level_basis import LEVELING_ONLY
from app.cli.option_words import parse_day, parse_uids
from app.domain.errors import InputError, OptionError
from app.domain.leveling_options import LevelingOptions
from app.domain.leveling_scope import checked_range


def add_level_scope(p: Any) -> None:
    """Add the range, selection and clear options to ``gantry level``'s parser."""
    p.add_argument(
        "--from",
        dest="level_from",
        metavar="DATE",
        help="level only the tasks starting from this day (YYYY-MM-DD or DD.MM.YYYY) to "
        "--to's; kept in the plan written, as Leveling Options' 'Level from … To …'",
    )
    p.add_argument("--to", dest="level_to", metavar="DATE", help="the last day of --from's range")
    p.add_argument(
        "--entire-project",
        action="store_true",
        help="level the entire project again (forget the plan's date range)",
    )
    p.add_argument(
        "--tasks",
        metavar="UID[,UID...]",
        help="level (or with --clear, clear) only these tasks (3,5,7-9: a range takes "
        "those the plan has), as Level "
        "Selection; a summary brings its subtasks (gantry schedule --json lists the uids)",
    )
    p.add_argument(
        "--clear",
        action="store_true",
        help="clear leveling instead of leveling: every task's, or --tasks' only",
    )


def ranged_options(options: LevelingOptions, args: argparse.Namespace) -> LevelingOptions:
    """``options`` with the range ``--from``/``--to`` give (``--entire-project``: none);
    OptionError for a date that does not parse, one end alone or a To before the From."""
    given_from, given_to = getattr(args, "level_from", None), getattr(args, "level_to", None)
    if getattr(args, "entire_project", False):
        if given_from is not None or given_to is not None:
            raise OptionError("--entire-project levels the whole plan: give no --from/--to")
        return replace(options, level_from=None, level_to=None)
    if given_from is None and given_to is None:
        return options
    level_from, level_to = _day("--from", given_from), _day("--to", given_to)
    try:
        checked_range(level_from, level_to)
    except InputError as exc:
        raise OptionError(f"--from/--to: {exc}") from None
    return replace(options, level_from=level_from, level_to=level_to)


def task_uids(args: argparse.Namespace) -> list[int] | None:
    """The UIDs ``--tasks`` names (``3,5,7-9``, as gantry baseline's; None: not given)."""
    text = getattr(args, "tasks", None)
    return None if text is None else list(dict.fromkeys(parse_uids(text)))


def check_clear(args: argparse.Namespace) -> None:
    """``--clear`` with an option only leveling takes is bad usage (OptionError)."""
    taken = [
        name
        for name, given in (
            ("--from", args.level_from is not None),
            ("--to", args.level_to is not None),
            ("--entire-project", args.entire_project),
            ("--order", args.order is not None),
            ("--splits", args.splits),
            ("--no-splits", args.no_splits),
            ("--within-slack", args.within_slack),
            *((flag, bool(getattr(args, dest, None))) for dest, flag in LEVELING_ONLY),
        )
        if given
    ]
    if taken:
        raise OptionError(
            f"--clear clears leveling (all of it, or --tasks'): {', '.join(taken)} is for leveling"
        )


def range_text(options: LevelingOptions) -> str:
    """ "; from 2027-01-04 to 2027-01-29" for a ranged run, "" for the entire project."""
    if options.level_from is None or options.level_to is None:
        return ""
    return f"; from {options.level_from.isoformat()} to {options.level_to.isoformat()}"


def _day(option: str, text: str | None) -> date | None:
    """The day ``text`` names (None: not given), as gantry baseline's dates read."""
    return None if text is None else parse_day(text, option)
