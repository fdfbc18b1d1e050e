"""``gantry report``'s options: the status report, the Budget view and the Cash Flow."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from app.cli.track_parser import PLAN_HELP, SHEET_HELP


def add_report(
    sub: Any,
    date: Callable[[str], Callable[[str], datetime]],
    margins_header_footer: Callable[[Any], None],
) -> None:
    """``gantry report``'s parser (``date`` and ``margins_header_footer``: the shared
    option readers of app/cli/parser.py)."""
    from app.cli.pool_report import add_combined
    from app.cli.print_flags import paper_name
    from app.cli.report_tasks_json import add_task_flags

    p = sub.add_parser(
        "report",
        prog="gantry report",
        help="the stakeholder status report as a PDF (--json: its first page's figures)",
        description="Load a plan in any supported format, schedule it and write its status "
        "report as of the status date to OUT.pdf, one or two pages: the headline (start, "
        "finish against the baseline, % complete, cost against the budget, earned value), "
        "every missed deadline however far from the status date and the other scheduling "
        "issues, the tasks most behind in negative slack, milestones, late and critical "
        "tasks, over-allocated people, top risks, a Gantt of the phases and the cost curve. "
        "FILE is left as it is. --json prints the first page's figures as one JSON object "
        "(dates ISO, lengths in working minutes, as schedule --json); with OUT.pdf it is "
        "written too.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument(
        "output",
        type=Path,
        nargs="?",
        metavar="OUT.pdf",
        help="the PDF to write (may be left out with --json)",
    )
    p.add_argument("more", type=Path, nargs="*", metavar="FILE", help="with --combined: more plans")
    add_combined(p)  # several plans in one PDF (app/cli/pool_report.py)
    p.add_argument(
        "--json",
        action="store_true",
        help="print the first page's figures: status date, finish against the baseline, "
        "scheduling issues, missed deadlines, the key deadline, negative slack, late tasks, "
        "%% complete, cost against the budget",
    )
    p.add_argument(
        "--status-date",
        type=date("--status-date"),
        metavar="DATE",
        help="report as of DATE (default: the plan's status date, else now); a date "
        "without a time means the end of that working day",
    )
    p.add_argument(
        "--paper",
        type=paper_name,
        metavar="PAPER",
        help="PDF: paper size, A5, A4, A3, A2, A1, Letter, Legal, Tabloid or Ledger, in any case "
        "(default: A4)",
    )
    p.add_argument(
        "--landscape", action="store_true", help="PDF: landscape pages (default: upright)"
    )
    margins_header_footer(p)  # the plan's Page Setup, for this report only
    p.add_argument(
        "--budget",
        action="store_true",
        help="print the Budget view instead (each task's budget, forecast, actual and earned "
        "value at the status date, the project's total and the risk reserve), as File > "
        "Export PDF prints it; without OUT.pdf (or with --json) it prints the budget "
        "resources' Budget Cost and Budget Work beside the Baseline Cost and Cost",
    )
    p.add_argument(
        "--cash-flow",
        action="store_true",
        help="print the Cash Flow instead (each task's cost per period, a Total and a "
        "Cumulative row, the baseline's cost beside), as MS Project's Reports > Costs > "
        "Cash Flow; OUT may be .pdf or .csv, --json prints its figures",
    )
    p.add_argument(
        "--by",
        metavar="week|month|quarter",
        help="--cash-flow: the period of each column (default: month)",
    )
    p.add_argument(
        "--level",
        type=int,
        metavar="N",
        help="--cash-flow: the tasks down to outline level N (default: 1, the top-level tasks)",
    )
    add_task_flags(p)  # --tasks, --baseline N (app/cli/report_tasks_json.py)
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)
    p.checks = (_pdf_or_json,)


def _pdf_or_json(p: argparse.ArgumentParser, ns: argparse.Namespace) -> None:
    """``gantry report FILE``: OUT.pdf is needed unless --json prints the figures (with
    --budget: the budget resources against the baseline and cost, printed either way)."""
    if ns.budget and ns.cash_flow:
        p.error("--budget and --cash-flow are two reports: ask for one")
    if not ns.cash_flow and (ns.by is not None or ns.level is not None):
        p.error("--by and --level are the Cash Flow's: add --cash-flow")
    # --combined names its PDF itself: one plan with it is told by run_combined
    if ns.output is None and not ns.json and ns.combined is None and not ns.budget:
        # argparse's words; the Cash Flow writes a .csv too
        out = "OUT (.pdf or .csv)" if ns.cash_flow else "OUT.pdf"
        p.error(f"the following arguments are required: {out}")
