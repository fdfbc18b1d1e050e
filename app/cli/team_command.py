"""``gantry team import TARGET --from OTHER``: people of another plan added to a plan (the
window's Resource > Import People from Plan), with their rates, rate tables, max units and
calendars (app/domain/people_transfer.py). People already there (same name, any case) are
left as they are unless ``--update``. Unknown names and unreadable files end in one line
and nothing is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

PLAN_HELP = "the plan (.gantry .xml .xlsx ...)"


def add_team(sub: Any) -> None:
    """``gantry team import TARGET --from OTHER [--names "A,B"] [--update] [-o OUT]``."""
    p = sub.add_parser(
        "team",
        prog="gantry team",
        help="bring people from another plan (Resource > Import People from Plan)",
        description="gantry team import TARGET --from OTHER: add OTHER's people to TARGET with "
        "their rates, rate tables, max units, role, e-mail and calendars (their days off "
        "too; a base calendar is matched by name or copied). People TARGET has already (same "
        "name, any case) are left as they are unless --update. Writes OUT, or TARGET itself "
        "without -o; an unknown name or an unreadable file is refused and nothing is written. "
        "gantry team check A B C: per person in two plans or more (matched by name), the "
        "plans whose rates, max units, availability, calendar or days off differ.",
    )
    p.add_argument(
        "action",
        choices=("import", "check"),
        help="import: bring people from --from; check: per person (by name), the plans whose "
        "rates, max units, calendar or days off differ (gantry team check A B C)",
    )
    p.add_argument("file", type=Path, metavar="TARGET", help=PLAN_HELP)
    p.add_argument(
        "more", type=Path, nargs="*", metavar="FILE", help="check: the other plans to compare"
    )
    p.add_argument("--from", dest="source", type=Path, metavar="OTHER", help="import: " + PLAN_HELP)
    p.add_argument(
        "--names", metavar="NAMES", help='only these people, comma-separated: "Ana Ruiz,Bo Lind"'
    )
    p.add_argument(
        "--update",
        action="store_true",
        help="make the people TARGET has already as they are in OTHER (rates, calendar...)",
    )
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help="write here instead of TARGET")


def run_team(args: argparse.Namespace, out: TextIO) -> int:
    """Import people from ``--from`` into TARGET and write it."""
    # Here, not at the top: the parser imports this module for every command.
    from app.cli.plan_io import load_plan, read_plan_file, reader_options
    from app.cli.plan_output import plan_output, write_plan_output
    from app.domain.errors import OptionError
    from app.domain.people_transfer import (
        apply_merge,
        merge_people,
        merge_said,
        pick_people,
        snapshot_people,
    )
    from app.domain.quoting import quoted

    if args.action == "check":  # app/cli/pool_team_check.py
        from app.cli.pool_team_check import run_team_check

        return run_team_check(args, [Path(args.file), *args.more], out)
    if args.source is None:
        raise OptionError("team import: give --from OTHER, the plan to bring people from")
    if args.more:
        raise OptionError("team import takes one TARGET (more plans are for team check)")
    names = None
    if args.names is not None:
        names = [n for n in args.names.split(",") if n.strip()]
        if not names:
            raise OptionError("--names: give the people's names, comma-separated")
    output = plan_output(args, "changed")
    source = read_plan_file(Path(args.source), **reader_options(argparse.Namespace()))
    snapshot = snapshot_people(source, source=Path(args.source).name)
    if names is not None:
        snapshot = pick_people(snapshot, names)
    target = load_plan(Path(args.file), args)
    merge = merge_people(target, snapshot, update=args.update)
    name = target.project.name or Path(args.file).stem
    if merge.empty:
        out.write(
            f"{name}: no one to add from {quoted(snapshot.source)} (everyone is there already"
            f"{'' if args.update else '; --update makes them as they are there'}); "
            f"{output} left as it was\n"
        )
        return 0
    apply_merge(target, merge)
    write_plan_output(target, output, "no one was imported")
    out.write(f"{name}: {merge_said(merge)}; written to {output}\n")
    return 0
