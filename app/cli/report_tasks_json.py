"""``gantry report FILE --json --tasks [--baseline N]``: each task's earned value headless.

MS Project's Earned Value table, per task, as the Budget view and the workbook's Budget
sheet show it: ``tasks`` is added to the status report's JSON object (app/cli/report_json.py),
one entry per task in plan order, each with ``uid``, ``id`` (its row), ``wbs``, ``name``,
``summary``, ``baseline_cost`` (BAC), ``cost``, ``actual_cost`` (all of it, as the Cost
table), ``bcws`` (PV), ``bcwp`` (EV), ``acwp`` (the actual cost up to the status date),
``cv`` (BCWP - ACWP), ``sv`` (BCWP - BCWS), ``cpi``, ``spi``, ``eac`` and ``vac``
(BAC - EAC), money rounded to the cent. A task the baseline does not hold has ``null``
for its budget and earned-value figures, as the Budget view leaves them blank.

``--baseline N`` reads earned value against Baseline N, as Project Options' "Baseline for
Earned Value calculations" does in the window (the headline's CPI, SPI, EAC and VAC too;
its Budget card stays Baseline 0's, as the status report shows it); FILE is left as it is. ``schedule --json`` carries none of this: its speed matters more.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import datetime
from typing import Any

from app.domain.costs import CostReport
from app.domain.errors import InputError, OptionError
from app.domain.plan import Plan
from app.domain.plural_words import joined_list
from app.domain.schedule import Schedule

MAX_BASELINE = 10


def add_task_flags(p: argparse.ArgumentParser) -> None:
    """``--tasks`` and ``--baseline N`` on ``gantry report``."""
    p.add_argument(
        "--tasks",
        action="store_true",
        help="--json: add each task's earned value (baseline cost, cost, actual cost, BCWS, "
        "BCWP, ACWP, CV, SV, CPI, SPI, EAC, VAC), as MS Project's Earned Value table",
    )
    p.add_argument(
        "--baseline",
        type=int,
        metavar="N",
        help="earned value against Baseline N (0-10), as Project Options' 'Baseline for "
        "Earned Value calculations' (default: the plan's own choice, else Baseline 0)",
    )


def check_task_flags(args: argparse.Namespace) -> None:
    """Refuse what the flags cannot mean before the plan is read (bad usage, exit 2)."""
    if getattr(args, "tasks", False) and not args.json:
        raise OptionError("--tasks adds each task's earned value to --json: add --json")
    number = getattr(args, "baseline", None)
    if number is not None and not 0 <= number <= MAX_BASELINE:
        raise OptionError(f"--baseline {number}: a baseline is 0 to {MAX_BASELINE}")
    if number is not None and (args.budget or args.cash_flow):
        raise OptionError("--baseline goes with the status report and --json --tasks")


def against_baseline(plan: Plan, args: argparse.Namespace) -> None:
    """Read earned value against ``--baseline N`` (in memory: FILE is not written); a
    baseline the plan does not hold is refused, naming those it holds (exit 1)."""
    number = getattr(args, "baseline", None)
    if number is None:
        return
    if number not in plan.baselines:
        held = sorted(plan.baselines)
        has = f"it holds Baseline {joined_list([str(n) for n in held])}" if held else "it has none"
        raise InputError(f"--baseline {number}: the plan has no Baseline {number} ({has})")
    plan.set_project(replace(plan.project, ev_baseline=number))


def tasks_json(
    plan: Plan, schedule: Schedule, costs: CostReport, status: datetime
) -> list[dict[str, Any]]:
    """Each task's earned value at ``status`` (the module's docstring)."""
    # read here: the parser imports this module, and the Budget printout's module loads Qt
    from app.domain.earned_value import earned_value
    from app.domain.wbs_shown import shown_wbs_codes
    from app.report.budget_printout import budgets

    values = earned_value(plan, schedule, costs, status)
    bac, _budget = budgets(plan, costs)
    parents = {p for p in plan.parent_uids().values() if p is not None}
    codes = shown_wbs_codes(plan)
    out: list[dict[str, Any]] = []
    for row, task in enumerate(plan.tasks, start=1):
        uid = task.uid
        base = bac.get(uid)
        ev = values.get(uid)
        known = base is not None and ev is not None
        entry: dict[str, Any] = {
            "uid": uid,
            "id": row,
            "wbs": codes[row - 1],
            "name": task.name,
            "summary": uid in parents,
            "baseline_cost": _cents(base),
            "cost": _cents(costs.task_cost.get(uid, 0.0)),
            "actual_cost": _cents(costs.task_actual_cost.get(uid, 0.0)),
        }
        if known:
            assert ev is not None
            entry |= {
                "bcws": _cents(ev.pv),
                "bcwp": _cents(ev.ev),
                "acwp": _cents(ev.ac),
                "cv": _cents(ev.cv),
                "sv": _cents(ev.sv),
                "cpi": None if ev.cpi is None else round(ev.cpi, 2) + 0.0,
                "spi": None if ev.spi is None else round(ev.spi, 2) + 0.0,
                "eac": _cents(ev.eac),
                "vac": _cents(ev.vac),
            }
        else:
            entry |= dict.fromkeys(("bcws", "bcwp", "acwp", "cv", "sv", "cpi", "spi", "eac", "vac"))
        out.append(entry)
    return out


def _cents(amount: float | None) -> float | None:
    """Money rounded to the cent; never -0.0."""
    return None if amount is None else round(amount, 2) + 0.0
