"""``gantry report A B C --combined``'s totals and its ``--json``.

Plans are totalled per currency: a plan in euros and one in US dollars give two total rows,
never one sum, since Gantry knows no exchange rate (the first page says so when there are
several). Each total row adds the plans' forecast cost and budget (a plan without a
baseline has no budget: the row says how many), late tasks and missed deadlines, and gives
the latest finish. ``--json`` prints the same as one object: ``plans`` (each plan's
``file``, ``label`` and ``gantry report --json``'s object), ``totals`` (per ``currency``:
``plans``, ``cost``, ``budget``, ``plans_without_budget``, ``finish``, ``late_tasks``,
``missed_deadlines``), ``over_allocated_across_plans`` (``name``, ``first``, ``last``,
``peak_units`` and ``max_units`` (1.0 = 100 %), ``stretches``, ``plans``) and ``notes``.
Keys may be added; none is renamed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.people_currency import plan_currency
from app.domain.pool_load import PoolLoad, PoolPlan
from app.domain.status_lines import StatusReport
from app.report.locale_numbers import C_MARKS, Marks, local_figure

UNKNOWN = "currency not stated"  # a plan read from a file that names none (a CSV)


@dataclass(frozen=True, slots=True)
class CurrencyTotal:
    """The plans in one currency added up."""

    currency: str  # the code ('EUR'), else the symbol; "" not stated
    plans: int
    cost: float
    budget: float | None  # None: no plan of them has a budget
    without_budget: int
    finish: datetime
    late: int
    missed: int


def currency_totals(reports: Sequence[StatusReport]) -> list[CurrencyTotal]:
    """One total per currency, in the order the plans first give each."""
    groups: dict[str, list[StatusReport]] = {}
    for r in reports:
        groups.setdefault(plan_currency(r.project), []).append(r)
    out = []
    for currency, group in groups.items():
        budgets = [r.headline.budget for r in group if r.headline.budget is not None]
        out.append(
            CurrencyTotal(
                currency,
                len(group),
                sum(r.headline.forecast for r in group),
                sum(budgets) if budgets else None,
                len(group) - len(budgets),
                max(r.headline.finish for r in group),
                sum(r.late_count for r in group),
                sum(len(r.deadlines) for r in group),
            )
        )
    return out


def totals_note(totals: Sequence[CurrencyTotal]) -> str:
    """The first page's word on totals in several currencies ("": one currency)."""
    if len(totals) < 2:
        return ""
    names = [t.currency or UNKNOWN for t in totals]
    listed = ", ".join(names[:-1]) + f" and {names[-1]}"
    return (
        f"Totals are per currency: {listed} are not added together (Gantry knows no exchange rate)."
    )


def total_row(total: CurrencyTotal, columns: int, marks: Marks = C_MARKS) -> tuple[str, ...]:
    """A total as a row of the Plans table (``columns`` wide, as plan_row's), its figures
    in ``marks``."""
    code = total.currency or UNKNOWN

    def whole(amount: float) -> str:
        return f"{local_figure(f'{amount:,.0f}', marks)} {total.currency}".strip()

    budget = "n/a" if total.budget is None else whole(total.budget)
    if total.budget is not None and total.without_budget:
        budget += f" ({total.without_budget} without)"
    row = (
        f"Total {code} ({total.plans} plan{'s' if total.plans != 1 else ''})",
        f"{total.finish:%Y-%m-%d}",
        "",
        "",
        "",
        whole(total.cost),
        budget,
        "",
        "",
        str(total.late),
        str(total.missed),
    )
    return row[:columns]


def combined_json(
    plans: Sequence[PoolPlan],
    files: Sequence[str],
    reports: Sequence[StatusReport],
    load: PoolLoad | None,
) -> dict[str, Any]:
    """The object ``report A B C --json`` prints (the module's docstring)."""
    from app.cli.report_json import status_to_json_data
    from app.cli.schedule_json import iso

    totals = currency_totals(reports)
    note = totals_note(totals)
    spans = load.over_spans() if load is not None else []
    return {
        "plans": [
            {"file": f, "label": pp.label, **status_to_json_data(r)}
            for pp, f, r in zip(plans, files, reports, strict=True)
        ],
        "totals": [
            {
                "currency": t.currency or None,
                "plans": t.plans,
                "cost": round(t.cost, 2),
                "budget": None if t.budget is None else round(t.budget, 2),
                "plans_without_budget": t.without_budget,
                "finish": iso(t.finish),
                "late_tasks": t.late,
                "missed_deadlines": t.missed,
            }
            for t in totals
        ],
        "over_allocated_across_plans": [
            {
                "name": s.person.name,
                "first": iso(s.first),
                "last": iso(s.last),
                "peak_units": round(s.peak, 4),
                "max_units": s.person.resource.max_units,
                "stretches": s.stretches,
                "plans": [load.plans[k].label for k in s.plans] if load is not None else [],
            }
            for s in spans
        ],
        "notes": [note] if note else [],
    }
