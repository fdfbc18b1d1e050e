"""``gantry report FILE OUT.pdf --budget``: the Budget view's printout from the command line.

Why a switch of ``report`` rather than a command of its own: ``report`` is the command that
writes a plan's reports to a PDF for people who do not run Gantry, with the options such a
printout takes (``--status-date`` for the earned value, ``--paper``, ``--landscape``,
``--margins``, ``--header``, ``--footer``); the Budget is one more such report, and
``convert`` writes the Gantt (its ``--table cost`` is the Gantt's cost columns).
The pages are app/report/budget_printout.py's.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from app import formats
from app.cli.budget_resources_output import budget_json, print_budget_text
from app.domain.budget_resources import compare_plan
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import measured_at
from app.domain.schedule import Schedule
from app.report.budget_printout import write_budget_pdf
from app.report.locale_numbers import system_marks
from app.report.page_options import page_setup_given


def write_budget(
    args: argparse.Namespace,
    plan: Plan,
    schedule: Schedule,
    status: datetime | None,
    asked: dict[str, Any],
    out: TextIO,
) -> int:
    """Write the Budget printout to ``args.output``, its earned value at ``status`` (None:
    the plan's status date, else its Current Date, else now, as the Budget view reads it);
    ``asked``: ``--margins``, ``--header``, ``--footer`` in place of the plan's Page Setup."""
    moment = status or measured_at(plan.project, datetime.now().replace(second=0, microsecond=0))
    setup = page_setup_given(plan.project.page_setup, asked) if asked else None
    costs = compute_costs(plan, schedule)
    if args.output is None or args.json:  # the budget resources against baseline and cost
        compared = compare_plan(plan, costs)
        if args.json:
            out.write(json.dumps(budget_json(compared), indent=2, ensure_ascii=False) + "\n")
        else:
            print_budget_text(compared, plan.project, out)
    if args.output is None:
        return 0
    with formats.whole_file(args.output) as draft:  # a failed PDF leaves no half of one
        write_budget_pdf(
            plan,
            schedule,
            costs,
            draft,
            status=moment,
            marks=system_marks(),
            paper=args.paper or "A4",
            landscape=True if args.landscape else None,
            setup=setup,
            said_status=status,
            file=Path(args.file).name,  # what &[File] prints, as on the Gantt's pages
        )
    return 0
