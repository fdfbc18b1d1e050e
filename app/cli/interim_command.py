"""``gantry baseline --interim N``: MS Project's Set Baseline > Set interim plan, and with
``--clear``, Clear Baseline > Clear interim plan (app/domain/interim.py).

Copies each task's current Start/Finish (or, with ``--from-baseline M``, baseline M's) into
its Start N/Finish N, for the entire project or the tasks given (the others keep theirs).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TextIO

from app.cli.plan_io import load_plan, schedule_read
from app.cli.plan_output import plan_output, write_plan_output
from app.cli.track_commands import chosen_tasks, clear_and_write
from app.domain.errors import OptionError
from app.domain.interim import KEEPS_INTERIMS
from app.domain.interim_plan import InterimPlan


def _output(args: argparse.Namespace, done: str) -> Path:
    output = plan_output(args, done)
    if output.suffix.lower() not in KEEPS_INTERIMS:
        raise OptionError(
            f"{output.name} would not keep the interim plan: write a .gantry, .xml or .xlsx file (-o)"
        )
    return output


def _left(args: argparse.Namespace) -> str:
    return "nothing written" if args.output is not None else f"{args.file} left as it was"


def _replaced(old: InterimPlan | None, uids: list[int] | None) -> str:
    """ ", replacing the one last saved on Mon 2026-11-23 14:05" when one was in use (tasks
    given: "updating"), as ``gantry baseline`` says of a baseline saved over."""
    if old is None:
        return ""
    when = f" {old.saved_words()}" if old.saved_at is not None else ""
    return f", {'replacing' if uids is None else 'updating'} the one{when}"


def run_interim(args: argparse.Namespace, out: TextIO) -> int:
    """Set interim plan ``--interim`` (or, with ``--clear``, clear it), then write the plan."""
    from app.domain.interim import interim_plan, interim_summary

    if args.number is not None:
        raise OptionError("--number and --interim: give one, a baseline or an interim plan")
    if args.roll_up is not None:
        raise OptionError("--roll-up applies to saving a baseline, not to --interim")
    if args.clear is not None:
        return _run_clear(args, out)
    output = _output(args, "copied")
    path = Path(args.file)
    plan = load_plan(path, args)
    result = schedule_read(path, plan)
    uids = chosen_tasks(plan, result, args)
    saved_at = datetime.now().replace(second=0, microsecond=0)  # as a baseline's (track_commands)
    new = interim_plan(plan, result, args.interim, args.from_baseline, uids, saved_at)
    old = plan.set_interim(new)
    write_plan_output(plan, output, "no interim plan was set")
    said = interim_summary(new, args.from_baseline, uids is not None)
    out.write(f"{plan.project.name}: {said}{_replaced(old, uids)}; written to {output}\n")
    return 0


def _run_clear(args: argparse.Namespace, out: TextIO) -> int:
    from app.domain.interim import clear_interim_summary, cleared_interim, no_interim_to_clear

    if args.clear != 0:
        raise OptionError("--clear N and --interim: give the interim plan to clear as --interim N")
    if args.from_baseline is not None:
        raise OptionError("--from-baseline applies to setting an interim plan, not to --clear")
    output = _output(args, "cleared")
    return clear_and_write(
        args,
        out,
        output,
        lambda plan, uids: cleared_interim(plan, args.interim, uids),
        lambda plan, uids: no_interim_to_clear(plan, args.interim, uids),
        clear_interim_summary,
        "interim plan",
    )
