"""``gantry level``'s options for MS Project's "Look for overallocations on a … basis",
"Clear leveling values before leveling", "Leveling calculations" and "Leveling can adjust
individual assignments on a task".

``--basis minute|hour|day|week|month`` chooses who needs leveling (MS Project's default:
day, a person with more work in a day than their day holds, and a new plan's; minute: every
overlap); ``--keep-delays`` keeps the
leveling delays the plan has (tasks wait at least that long, more only for a clash left),
``--clear-first`` clears them first again (the default); ``--automatic``/``--manual`` set
"Leveling calculations" (the window levels again after each edit when Automatic);
``--adjust-assignments``/``--no-adjust-assignments`` let leveling delay one person's
assignment rather than the whole task (each task's Level Assignments allowing). Each is
kept in the plan written, as the window's Leveling Options keeps it. A basis word it does
not know is bad usage (exit 2).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from app.domain.errors import OptionError
from app.domain.leveling_options import LevelingBasis, LevelingOptions
from app.domain.quoting import quoted

BASES = tuple(b.value for b in LevelingBasis)  # the words --basis takes
# the options --clear does not take (app/cli/level_scope.check_clear), by their dest
LEVELING_ONLY = (
    ("basis", "--basis"),
    ("keep_delays", "--keep-delays"),
    ("clear_first", "--clear-first"),
    ("automatic", "--automatic"),
    ("manual", "--manual"),
    ("adjust_assignments", "--adjust-assignments"),
    ("no_adjust_assignments", "--no-adjust-assignments"),
)


def add_basis_options(p: Any) -> None:
    """Add --basis, --keep-delays/--clear-first, --automatic/--manual and
    --(no-)adjust-assignments to the parser."""
    p.add_argument(
        "--basis",
        default=None,
        metavar="minute|hour|day|week|month",
        help="look for overallocations on this basis: day (MS Project's default, and a new "
        "plan's) levels a person with more work in a day than the day holds, minute every "
        "overlap (default: the plan's; kept in it)",
    )
    clear = p.add_mutually_exclusive_group()
    clear.add_argument(
        "--keep-delays",
        action="store_true",
        help="keep the plan's leveling delays: tasks wait more only for a clash left "
        "('Clear leveling values before leveling' off; kept in the plan)",
    )
    clear.add_argument(
        "--clear-first",
        action="store_true",
        help="clear leveling delays before leveling (the default; kept in the plan)",
    )
    calc = p.add_mutually_exclusive_group()
    calc.add_argument(
        "--automatic",
        action="store_true",
        help="leveling calculations automatic: the window levels again after each edit "
        "(kept in the plan)",
    )
    calc.add_argument(
        "--manual",
        action="store_true",
        help="leveling calculations manual: only Level Resources levels (kept in the plan)",
    )
    adjust = p.add_mutually_exclusive_group()
    adjust.add_argument(
        "--adjust-assignments",
        action="store_true",
        help="leveling can adjust individual assignments on a task: only the person "
        "without room waits, the others start on time (kept in the plan)",
    )
    adjust.add_argument(
        "--no-adjust-assignments",
        action="store_true",
        help="leveling delays whole tasks (the default; kept in the plan)",
    )


def parse_basis(word: str) -> LevelingBasis:
    """The basis named by ``--basis`` (OptionError, bad usage, for another word)."""
    for basis in LevelingBasis:
        if basis.value == word.strip().lower():
            return basis
    raise OptionError(f"--basis {quoted(word)} is not a leveling basis (use {', '.join(BASES)})")


def basis_options(options: LevelingOptions, args: argparse.Namespace) -> LevelingOptions:
    """``options`` with what --basis, --keep-delays/--clear-first and --automatic/--manual
    say instead."""
    word = getattr(args, "basis", None)
    basis = options.basis if word is None else parse_basis(word)
    clear_first = options.clear_first
    if getattr(args, "keep_delays", False):
        clear_first = False
    elif getattr(args, "clear_first", False):
        clear_first = True
    automatic = options.automatic
    if getattr(args, "automatic", False):
        automatic = True
    elif getattr(args, "manual", False):
        automatic = False
    adjust = options.adjust_assignments
    if getattr(args, "adjust_assignments", False):
        adjust = True
    elif getattr(args, "no_adjust_assignments", False):
        adjust = False
    return replace(
        options,
        basis=basis,
        clear_first=clear_first,
        automatic=automatic,
        adjust_assignments=adjust,
    )


def basis_text(options: LevelingOptions) -> str:
    """ "; Day by Day" and, with delays kept, "; leveling delays kept" (with assignments
    adjusted, "; individual assignments adjusted"), for the summary."""
    kept = "" if options.clear_first else "; leveling delays kept"
    adjusted = "; individual assignments adjusted" if options.adjust_assignments else ""
    return f"; {options.basis.label}{kept}{adjusted}"
