"""``gantry report FILE OUT --cash-flow [--by week|month|quarter] [--level N] [--json]``.

MS Project's Reports > Costs > Cash Flow: each task's money per period, a Total row and a
Cumulative row (app/domain/cash_flow.py). OUT named ``.pdf`` gets the landscape printout
(app/report/cash_flow_pdf.py), named ``.csv`` a sheet of plain numbers; ``--json`` prints
the figures (dates ISO, money as numbers in the project's currency, as ``schedule --json``).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from app import formats
from app.domain.cash_flow import CashFlow, CashPeriod, cash_flow
from app.domain.costs import compute_costs
from app.domain.errors import AppError, OptionError
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.io.cash_flow_csv import write_cash_flow_csv

OUTPUTS = (".pdf", ".csv")


def cash_period(text: str | None) -> CashPeriod:
    """``--by``'s period (default: month); bad usage (exit 2, as ``usage --by``'s) naming
    the option when it is not one."""
    if text is None:
        return CashPeriod.MONTH
    try:
        return CashPeriod.named(text)
    except ValueError:
        raise OptionError(f"--by: {text!r} is not one of week, month, quarter") from None


def cash_level(value: int | None) -> int:
    """``--level``'s outline level (default 1: the top-level tasks); below 1, bad usage."""
    if value is None:
        return 1
    if value < 1:
        raise OptionError(f"--level: {value} is not an outline level (1 is the top-level tasks)")
    return value


def check_cash_flow_output(output: Path | None) -> None:
    """OUT must be a .pdf or a .csv (told before the plan is read)."""
    if output is not None and output.suffix.lower() not in OUTPUTS:
        raise AppError(f"{output.name}: the Cash Flow is written as .pdf or .csv")


def cash_flow_to_json_data(flow: CashFlow, currency: str) -> dict[str, Any]:
    """The report as one JSON object: its periods, rows, Total and Cumulative."""
    return {
        "by": flow.period.value,
        "currency": currency,
        "periods": [
            {"start": s.isoformat(), "finish": e.isoformat(), "label": label}
            for s, e, label in zip(flow.starts, flow.ends, flow.labels, strict=True)
        ],
        "tasks": [
            {
                "uid": row.uid,
                "name": row.name,
                "outline_level": row.depth + 1,
                "summary": row.summary,
                "costs": [_cents(v) for v in row.figures],
                "total": _cents(row.total),
                "baseline": None if row.baseline is None else _cents(row.baseline),
            }
            for row in flow.rows
        ],
        "totals": [_cents(v) for v in flow.totals],
        "cumulative": [_cents(v) for v in flow.cumulative],
        "total": _cents(flow.total),
        "baseline_total": None if flow.baseline_total is None else _cents(flow.baseline_total),
        "baseline_cumulative": None
        if flow.baseline_cumulative is None
        else list(flow.baseline_cumulative),
    }


def run_cash_flow(
    args: argparse.Namespace, plan: Plan, schedule: Schedule, out: TextIO, paper: str
) -> int:
    """Work the Cash Flow out and write it as ``args.output`` asks (and/or print ``--json``)."""
    period = cash_period(args.by)
    level = cash_level(args.level)
    costs = compute_costs(plan, schedule)
    flow = cash_flow(plan, schedule, costs, period, level)
    if not flow.has_costs:
        raise AppError(
            f"{Path(args.file).name}: the plan has no costs (no rates, fixed costs or cost "
            "items): there is no cash flow to report"
        )
    output = Path(args.output) if args.output is not None else None
    if output is not None:
        with formats.whole_file(output) as draft:  # a failed file leaves no half of one
            if output.suffix.lower() == ".csv":
                with draft.open("w", encoding="utf-8-sig", newline="") as handle:
                    write_cash_flow_csv(flow, handle)
            else:
                from app.report.cash_flow_pdf import write_cash_flow_pdf
                from app.report.locale_numbers import system_marks

                file = Path(args.file).name  # what &[File] prints, as on the Gantt's pages
                shown = _local_headings(flow)  # Januar 2027 in German, as the Gantt's PDF
                write_cash_flow_pdf(shown, plan.project, draft, system_marks(), paper, file)
    if args.json:
        json.dump(cash_flow_to_json_data(flow, costs.currency), out, indent=2)
        out.write("\n")
    return 0


def _local_headings(flow: CashFlow) -> CashFlow:
    """``flow`` with its week and month headings in the system locale's names (``Jan.
    2027`` in German), as the printed Gantt and the Usage table name them; a quarter and
    the C locale keep theirs. The CSV and --json keep the English headings: machine form."""
    from app.cli.usage_table import system_date_names
    from app.domain.day_names import ENGLISH
    from app.domain.usage_periods import Scale, period_label

    names = system_date_names()
    if names is ENGLISH or flow.period is CashPeriod.QUARTER:
        return flow
    scale = Scale.WEEKS if flow.period is CashPeriod.WEEK else Scale.MONTHS
    return replace(flow, labels=tuple(period_label(day, scale, names) for day in flow.starts))


def _cents(amount: float) -> float:
    """``amount`` rounded to the cent, never -0.0 (a credit rounded to nothing is 0.0)."""
    return round(amount, 2) + 0.0
