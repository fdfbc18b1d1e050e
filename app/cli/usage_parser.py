"""``gantry usage``'s options: its own module, so the parser stays a list of commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.track_parser import PLAN_HELP, SHEET_HELP


def add_usage(sub: Any, parse_filter: Callable[[str], object]) -> None:
    """``gantry usage``: MS Project's Resource Usage (or Task Usage) as a table, CSV or PDF;
    ``parse_filter`` reads --filter (the parser's, which loads the domain only when given)."""
    p = sub.add_parser(
        "usage",
        prog="gantry usage",
        help="work per person (or per task) per day, week or month",
        description="MS Project's Resource Usage (or, with --tasks, Task Usage) as a table: "
        "each person with their assignments, work per period (in hours unless the plan's "
        "work unit says otherwise). Over-allocated "
        "periods are marked *. With --csv, the same table as a CSV file.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument(
        "more",
        type=Path,
        nargs="*",
        metavar="FILE",
        help="more plans one team works on: each person (matched by name) with every plan's "
        "work, over-allocation judged on the total, and a Plan column in --csv",
    )
    # Checked by the command, not by choices: a wrong value is one line (exit 2, bad usage).
    p.add_argument(
        "--by",
        default="week",
        metavar="day|week|month",
        help="the period of each column (default: week)",
    )
    p.add_argument("--tasks", action="store_true", help="each task with its people (Task Usage)")
    p.add_argument(
        "--filter",
        type=parse_filter,
        metavar="NAME[=VALUE]",
        help="with --tasks: only the tasks an MS Project filter keeps, with their summaries "
        "and assignments (names as gantry schedule's --filter)",
    )
    p.add_argument(
        "--sort",
        metavar="KEY[:desc],...",
        help="with --tasks: the tasks sorted, each with its assignments, as View > Sort sorts "
        "Task Usage (the outline kept unless --flat; keys as gantry schedule's --sort)",
    )
    p.add_argument(
        "--flat",
        action="store_true",
        help="with --sort: only the tasks without subtasks, in one sorted list",
    )
    p.add_argument(
        "--group",
        metavar="NAME|FIELD,...",
        help="with --tasks: the tasks under group rows with their work rolled up, as View > "
        "Group by groups Task Usage (names and fields as gantry convert's --group)",
    )
    p.add_argument(
        "--details",
        metavar="DETAIL,...",
        help="a line per detail under each row (Work first), as the view's Details menu: "
        "overallocation, availability, cost, actual, actual-cost, peak, baseline-work, "
        "baseline-cost, cumulative-work, remaining-cumulative-work, cumulative-cost",
    )
    p.add_argument(
        "--field",
        metavar="DETAIL",
        help="one more detail line under each row, as --details DETAIL (baseline-work: "
        "baseline 0's work laid over the periods, baseline-cost: its cost, cumulative-work: the "
        "work done and scheduled through each period, remaining-cumulative-work: the work "
        "left after it, a burn-down, cumulative-cost: the cost through it)",
    )
    p.add_argument(
        "--csv", type=Path, metavar="OUT.csv", help="write the table as a CSV file instead"
    )
    p.add_argument(
        "--pdf",
        type=Path,
        metavar="OUT.pdf",
        help="print the table to a PDF instead, as File > Export PDF prints the Usage view",
    )
    p.add_argument(
        "--from",
        dest="from_day",
        metavar="DATE",
        help="the first day shown (YYYY-MM-DD): only the periods from the one holding it; "
        "totals stay the whole row's",
    )
    p.add_argument(
        "--to",
        dest="to_day",
        metavar="DATE",
        help="the last day shown (YYYY-MM-DD): only the periods up to the one holding it",
    )
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)
