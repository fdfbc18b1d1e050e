"""The parsers of ``gantry baseline``, ``status-date`` and ``update``: Project > Set Baseline,
Status Date and Update Project from the command line (app/cli/track_commands.py runs them).

``status-date`` is a command of its own, not an option of ``update`` or ``info``: in MS
Project it is its own dialog, setting it changes what earned value and a later Update
Project measure without touching a task, and ``report --status-date`` already means "as of
this date, this once" (nothing written); a script sets it weekly with one call.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.quoting import quoted

PLAN_HELP = "the plan (.gantry .xml .xlsx ...)"
# --sheet of every command that reads one plan (app/cli/option_checks refuses it for others).
SHEET_HELP = (
    "spreadsheet input (.xlsx .xls .ods): the sheet to read (default: the first that looks "
    "like a plan)"
)
OUTPUT_HELP = "write here instead of FILE"


def _number(text: str) -> int:
    """``--number``: a baseline 0..10, as Set Baseline lists them (bad usage otherwise)."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 10:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not a baseline number (use 0 to 10)")
    return value


def _interim_number(text: str) -> int:
    """``--interim``: an interim plan 1..10 (Start1/Finish1..Start10/Finish10)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 10:
        raise argparse.ArgumentTypeError(
            f"{quoted(text)} is not an interim plan number (use 1 to 10: Start1..Start10)"
        )
    return value


def _add_scope(
    p: argparse.ArgumentParser, filter_type: Callable[[str], object], what: str, summary: str
) -> None:
    """``--tasks UIDS`` or ``--filter NAME``: Set Baseline's and Update Project's "Selected
    tasks" (without either: the entire project)."""
    scope = p.add_mutually_exclusive_group()
    scope.add_argument(
        "--tasks",
        metavar="UIDS",
        help=f"{what} only these tasks, by UID as gantry schedule --json gives them "
        f"(3,5,7-9: a range takes those the plan has); {summary}",
    )
    scope.add_argument(
        "--filter",
        type=filter_type,
        metavar="NAME[=VALUE]",
        help=f"{what} only the tasks this MS Project filter matches (names as gantry "
        "schedule's --filter)",
    )


def add_baseline(sub: Any, filter_type: Callable[[str], object]) -> None:
    """``gantry baseline FILE [--number N | --clear [N]] [--tasks UIDS|--filter F] [--roll-up ...]
    [-o OUT]``."""
    p = sub.add_parser(
        "baseline",
        prog="gantry baseline",
        help="save or clear a baseline (Project > Set Baseline, Clear Baseline)",
        description="MS Project's Set Baseline: the current start, finish, duration, work "
        "and cost of every task (or of the tasks given) saved as baseline N. Writes OUT, or "
        "FILE itself without -o, in a format that keeps baselines (.gantry .xml .xlsx .gan). "
        "With --clear, MS Project's Clear Baseline: baseline N removed (for the tasks given: "
        "their values only).",
    )
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument(
        "--number",
        type=_number,
        default=None,
        metavar="0..10",
        help="which baseline: 0 (Baseline, the budget) to 10 (default: 0)",
    )
    p.add_argument(
        "--clear",
        type=_number,
        nargs="?",
        const=0,
        default=None,
        metavar="N",
        help="Clear Baseline instead: baseline N (0 to 10, default 0) taken off the entire "
        "project, or off the tasks given (the others keep theirs)",
    )
    p.add_argument(
        "--interim",
        type=_interim_number,
        default=None,
        metavar="1..10",
        help="Set interim plan instead: each task's current Start/Finish (or --from-baseline "
        "M's) copied into its Start N/Finish N; with --clear, interim plan N cleared",
    )
    p.add_argument(
        "--from-baseline",
        type=_number,
        default=None,
        metavar="0..10",
        help="with --interim, copy baseline M's start and finish (default: the current ones)",
    )
    _add_scope(p, filter_type, "save (or clear)", "a summary given takes its own current values")
    p.add_argument(
        "--roll-up",
        metavar="to-all-summaries,from-subtasks",
        help="with --tasks or --filter, Set Baseline's 'Roll up baselines': to-all-summaries "
        "(every summary above a task given takes its baseline from its subtasks'), "
        "from-subtasks (a summary given does); default: summaries keep theirs",
    )
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help=OUTPUT_HELP)
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)


def add_status_date(sub: Any) -> None:
    """``gantry status-date FILE DATE|NA [-o OUT]``."""
    p = sub.add_parser(
        "status-date",
        prog="gantry status-date",
        help="set or clear the status date (Project > Status Date)",
        description="MS Project's Status Date: the date earned value, the status report and "
        "Update Project measure progress at (a date means the end of that working day); NA "
        "clears it (progress is then measured at the project's Current Date, else today). "
        "Writes OUT, or FILE itself without -o, in a format that keeps it (.gantry .xml "
        ".xlsx); the same date again leaves the file as it was.",
    )
    p.set_defaults(command="status_date")  # run_status_date: "status-date" is no name in Python
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument(
        "date",
        metavar="DATE|NA",
        help="YYYY-MM-DD (the end of that working day) or 'YYYY-MM-DD HH:MM', or NA for none",
    )
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help=OUTPUT_HELP)
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)


def add_update(sub: Any, filter_type: Callable[[str], object]) -> None:
    """``gantry update FILE --through DATE [--reschedule|--all-or-nothing] [--tasks ...]``."""
    p = sub.add_parser(
        "update",
        prog="gantry update",
        help="update progress through a date (Project > Update Project)",
        description="MS Project's Update Project: 'Update work as complete through' DATE "
        "(tasks due by then 100 %, tasks under way the share scheduled before it, unless "
        "--all-or-nothing), or with --reschedule 'Reschedule uncompleted work to start "
        "after' DATE (late tasks with no progress start no earlier than it, tasks under way "
        "split there). Progress is never taken back; manual tasks are left alone. Says how "
        "many tasks changed and writes OUT, or FILE itself without -o; nothing to update "
        "leaves FILE as it was.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument(
        "--through",
        required=True,
        metavar="DATE",
        help="the date, YYYY-MM-DD or DD.MM.YYYY (the end of that working day)",
    )
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "--reschedule",
        action="store_true",
        help="move the work not done by DATE after it instead of setting progress",
    )
    how.add_argument(
        "--all-or-nothing",
        action="store_true",
        help="'Set 0%% or 100%% complete only': only tasks due by DATE change (100 %%)",
    )
    _add_scope(p, filter_type, "update", "a summary given stands for all its subtasks")
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help=OUTPUT_HELP)
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)


def add_progress(sub: Any) -> None:
    """``gantry progress FILE --task UID [--percent N] [--actual-start DATE] ...`` (run by
    app/cli/progress_command.py)."""
    p = sub.add_parser(
        "progress",
        prog="gantry progress",
        help="one task's progress (Task > Update Tasks)",
        description="MS Project's Update Tasks for one task: the values given are taken in "
        "the dialog's order (actual start, % complete, actual duration, remaining duration, "
        "actual finish), each keeping the others consistent as in the window, then "
        "--actual-work as the sheet's Act. Work. A summary's progress comes from its "
        "subtasks (refused). Says the task's progress and writes OUT, or FILE itself "
        "without -o; a bad value is refused and nothing is written.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument(
        "--task", required=True, metavar="UID", help="the task, by UID (gantry schedule --json)"
    )
    p.add_argument("--percent", metavar="N", help="%% complete, 0 to 100")
    p.add_argument(
        "--actual-start",
        metavar="DATE",
        help="YYYY-MM-DD [HH:MM] (a day alone: the project's default start time); NA: not "
        "started (0 %%)",
    )
    p.add_argument(
        "--actual-finish",
        metavar="DATE",
        help="YYYY-MM-DD [HH:MM] (a day alone: the project's default finish time): the task "
        "is finished there; NA: started, no work known done",
    )
    p.add_argument(
        "--actual-duration",
        metavar="D",
        help="the duration done (3d, 12h): %% complete follows; the whole or more finishes it",
    )
    p.add_argument(
        "--remaining-duration",
        metavar="D",
        help="the duration left (2d): the duration becomes done + left, %% complete follows",
    )
    p.add_argument(
        "--actual-work",
        metavar="W",
        help="the work done (10h), spread over the task's people by their work; %% complete "
        "follows (a task without people is refused)",
    )
    p.add_argument(
        "--person",
        metavar="NAME",
        help="with --actual-work: that person's own hours on the task (the others keep theirs)",
    )
    p.add_argument(
        "--on",
        metavar="DATE",
        help="with --person: the hours done on that day (YYYY-MM-DD), kept there as a "
        "timesheet's; the person's other days stay",
    )
    p.add_argument(
        "--remaining-work",
        metavar="W",
        help="the work left (30h): the task's work becomes its work done + W, spread over its "
        "people by the work each has left, as MS Project's Remaining Work (0h finishes a "
        "started task; after --actual-work when both are given)",
    )
    p.add_argument(
        "--percent-work",
        metavar="N",
        help="%% Work Complete, 0 to 100 (decimals allowed: 37.5): the work done becomes "
        "that share of the task's work, as --actual-work takes it (a milestone: its %% "
        "complete; a summary: handed to its subtasks in schedule order, as the sheet does; a "
        "task without people is refused; not with --percent)",
    )
    p.add_argument(
        "--physical-percent",
        metavar="N",
        help="Physical %% Complete, 0 to 100 (a whole number; earned value reads it for a "
        "task measured by it)",
    )
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help=OUTPUT_HELP)
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)
