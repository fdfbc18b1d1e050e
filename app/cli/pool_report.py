"""``gantry report A B C --combined OUT.pdf``: the status of several plans in one PDF.

Its first page has one row per plan (finish against baseline, % complete, cost against
budget, CPI/SPI, late tasks, missed deadlines) and the people over-allocated with all the
plans added up (people matched by name, as ``gantry usage A B C`` matches them); then
each plan's status report (app/report/combined_report.py). Each plan is reported as of its
own status date unless ``--status-date`` gives one for all.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.domain.errors import AppError, OptionError
from app.domain.percent_shown import half_up, shown_percent
from app.report.locale_numbers import C_MARKS, Marks, local_figure, system_marks

if TYPE_CHECKING:  # loaded when --combined is given, not by the parser every command builds
    from app.domain.pool_load import PoolLoad, PoolPlan
    from app.domain.status_lines import StatusReport

# what --combined does not print: the other printouts of a single plan
_ONE_PLAN_ONLY = ("budget", "cash_flow")


def add_combined(p: Any) -> None:
    """``report``'s ``--combined OUT.pdf`` (the plans are FILE and the names after it)."""
    p.add_argument(
        "--combined",
        type=Path,
        metavar="OUT.pdf",
        help="several plans (FILE and the ones after it) in one PDF: a first page with a row "
        "per plan and the people over-allocated across them, then each plan's report",
    )


def combined_paths(args: argparse.Namespace) -> list[Path]:
    """The plans of ``--combined``: FILE, the name in OUT.pdf's place and the rest."""
    paths = [Path(args.file)]
    if args.output is not None:
        paths.append(Path(args.output))
    paths += [Path(p) for p in getattr(args, "more", None) or ()]
    return paths


def _money(value: float | None, marks: Marks = C_MARKS) -> str:
    return "n/a" if value is None else local_figure(f"{value:,.0f}", marks)


def _ratio(value: float | None, marks: Marks = C_MARKS) -> str:
    return "n/a" if value is None else local_figure(f"{value:.2f}", marks)


def plan_row(label: str, report: StatusReport, marks: Marks = C_MARKS) -> tuple[str, ...]:
    """One plan's row of the first page, as text; its figures in ``marks`` (the system
    locale's: 207.210 EUR in German, as each plan's own report prints)."""
    from app.domain.status_report import signed_days

    h = report.headline
    variance = h.finish_variance_minutes
    currency = report.project.currency
    return (
        label,
        f"{h.finish:%Y-%m-%d}",
        "no baseline" if h.baseline_finish is None else f"{h.baseline_finish:%Y-%m-%d}",
        "n/a" if variance is None else signed_days(report.project, variance),
        f"{shown_percent(h.percent_complete)}%",
        f"{_money(h.forecast, marks)} {currency}".strip(),
        f"{_money(h.budget, marks)} {currency}".strip() if h.budget is not None else "n/a",
        _ratio(h.cpi, marks),
        _ratio(h.spi, marks),
        str(report.late_count),
        str(len(report.deadlines)),
    )


def people_rows(load: PoolLoad) -> list[tuple[str, ...]]:
    """Each person over-allocated across the plans: when, how much, in which plans."""
    return [
        (
            span.person.name,
            f"{span.first:%Y-%m-%d} to {span.last:%Y-%m-%d}",
            f"{half_up(span.peak * 100)}% of {half_up(span.person.resource.max_units * 100)}%",
            ", ".join(load.plans[k].label for k in span.plans),
        )
        for span in load.over_spans()
    ]


def run_combined(args: argparse.Namespace, out: TextIO) -> int:
    """Write the combined PDF (``--combined``) and, with ``--json``, print its figures on
    ``out`` (app/cli/pool_report_totals.py)."""
    from app import formats
    from app.cli.plan_output import check_output_folder
    from app.cli.pool_plans import read_pool, refuse_input_as_output
    from app.cli.pool_report_totals import combined_json, currency_totals, total_row, totals_note
    from app.domain.costs import compute_costs
    from app.domain.status_report import gather_status
    from app.domain.tracking import end_of_day
    from app.report.combined_report import SummaryTable, write_combined_pdf

    output = args.combined
    if output is None and not args.json:
        raise OptionError(
            "several plans: give --combined OUT.pdf for their combined report, or --json"
        )
    for name in _ONE_PLAN_ONLY:
        if getattr(args, name, False):
            flag = "--" + name.replace("_", "-")
            raise OptionError(f"{flag} takes one plan; --combined prints the status reports")
    paths = combined_paths(args)
    if len(paths) < 2:
        raise OptionError("--combined: give two plans or more")
    if output is not None:
        if output.suffix.lower() != ".pdf":
            raise AppError(f"{output.name}: the combined report is written as a PDF (name it .pdf)")
        refuse_input_as_output(output, paths)
        check_output_folder(output)
    plans = read_pool(paths, args)
    now = datetime.now()
    reports = []
    for pp in plans:
        status = args.status_date
        if status is not None and status == datetime.combine(status.date(), datetime.min.time()):
            status = end_of_day(pp.plan, status.date())
        costs = compute_costs(pp.plan, pp.schedule)
        reports.append(gather_status(pp.plan, pp.schedule, costs, now, status))
    from app.domain.pool_load import PoolLoad

    load = PoolLoad(plans)
    from app.cli.schedule_command import dump_json

    data = combined_json(plans, [str(p) for p in paths], reports, load) if args.json else None
    if output is None:
        dump_json(data, out)
        return 0
    totals = currency_totals(reports)
    columns = (
        "Plan",
        "Finish",
        "Baseline",
        "Var.",
        "Done",
        "Cost",
        "Budget",
        "CPI",
        "SPI",
        "Late",
        "Missed",
    )
    marks = system_marks()  # 207.210 EUR in German, as each plan's own report
    rows = [plan_row(pp.label, r, marks) for pp, r in zip(plans, reports, strict=True)]
    rows += [total_row(t, len(columns), marks) for t in totals]  # per currency, never summed
    tables = [
        SummaryTable(
            "Plans",
            columns,
            tuple(rows),
            (2.2, 1.3, 1.3, 0.9, 0.7, 1.6, 1.6, 0.6, 0.6, 0.6, 0.9),
            frozenset(range(3, 11)),
        ),
        SummaryTable(
            "People over-allocated (all the plans added up)",
            ("Person", "When", "Peak", "Plans"),
            tuple(people_rows(load)),
            (2.0, 2.4, 1.4, 3.0),
            empty="No one is over-allocated with the plans added up.",
        ),
    ]
    names = ", ".join(_plan_name(pp) for pp in plans)
    note = f"Made {now:%Y-%m-%d %H:%M}. {len(plans)} plans: {names}."
    if said := totals_note(totals):
        note += " " + said
    with formats.whole_file(output) as draft:
        write_combined_pdf(
            draft,
            "Status of several plans",
            note,
            tables,
            reports,
            args.paper or "A4",
            bool(args.landscape),
        )
    if data is not None:  # printed once the PDF is written
        dump_json(data, out)
    return 0


def _plan_name(pp: PoolPlan) -> str:
    name = pp.plan.project.name.strip()
    return f"{pp.label} ({name})" if name and name != pp.label else pp.label
