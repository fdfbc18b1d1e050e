"""The ``gantry level`` command's options (MS Project's Level All and its Leveling Options)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.cli.level_basis import add_basis_options
from app.cli.level_scope import add_level_scope
from app.cli.pool_level import add_busy
from app.cli.track_parser import OUTPUT_HELP, PLAN_HELP, SHEET_HELP


def add_level(sub: Any) -> None:
    """``gantry level FILE [-o OUT] [--order ...] [--(no-)splits] [--within-slack] ..."""
    p = sub.add_parser(
        "level",
        prog="gantry level",
        help="level resources: delay tasks until no one is over-allocated",
        description="MS Project's Level All, from the plan without its leveling delays "
        "(with --keep-delays: from them): "
        "tasks wait until their people have room; the work left of a started task may "
        "resume later (a split). Says what moved, the new finish and who stays "
        "over-allocated and why. Writes OUT, or FILE itself without -o.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help=OUTPUT_HELP)
    # Checked by the command, not by choices: a wrong value is one line (exit 2, bad usage).
    # Without --order or --(no-)splits: the plan's own Leveling Options (app/cli/level_command).
    p.add_argument(
        "--order",
        default=None,
        metavar="standard|id|priority",
        help="leveling order, as Leveling Options names them: standard (Standard), id (ID "
        "Only) or priority (Priority, Standard); kept in the plan written (default: the "
        "plan's)",
    )
    splits = p.add_mutually_exclusive_group()
    splits.add_argument(
        "--no-splits",
        action="store_true",
        help="no splits in remaining work: tasks wait whole (kept in the plan written)",
    )
    splits.add_argument(
        "--splits",
        action="store_true",
        help="splits in remaining work: a task may resume after a clash (kept in the plan "
        "written; default: the plan's)",
    )
    p.add_argument(
        "--within-slack",
        action="store_true",
        help="level only within available slack: no task waits past its late finish; "
        "what that leaves over-allocated is named",
    )
    add_basis_options(p)  # --basis, --keep-delays/--clear-first, --automatic/--manual
    add_level_scope(p)  # --from/--to, --entire-project, --tasks, --clear (app/cli/level_scope)
    add_busy(p)  # --busy A,B: other plans' bookings count as used (app/cli/pool_level)
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)
