"""The client workbook's Team sheet: each person's type, max units, rate in its unit,
work, cost and over-allocation (moved out of excel_export.py; read back by
register_sheets.py).
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles.cell_style import StyleArray

from app.domain.costs import CostReport
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.io.register_sheets import (
    TEAM_COLUMNS,
    TEAM_SHEET,
    rate_unit_shown,
    shown_rate,
)
from app.io.workbook_format import (
    Formats,
    Pen,
    finite,
    fit,
    styled_cell,
    table,
)
from app.io.workbook_steps import Steps


def _rate_style(fmt: Formats, res: Resource) -> StyleArray:
    """A person's Std. rate cell shows its unit ($1,200.00/d); a material's is plain money."""
    unit = rate_unit_shown(res)
    return fmt.money if unit is None else fmt.rate(unit.value)


def _rate_width_text(res: Resource, project: Project) -> str:
    """About as wide as the Std. rate cell shows: "€16,000.00/mo" (### when too narrow)."""
    unit = rate_unit_shown(res)
    shown = f"{shown_rate(res, project):,.{project.currency_digits}f}"
    code = project.currency_symbol or project.currency
    return f"{code} {shown}" + ("" if unit is None else f"/{unit.value}")


def team_sheet(book: Workbook, fmt: Formats, plan: Plan, costs: CostReport, steps: Steps) -> None:
    people = plan.resources
    project = plan.project
    names = fit(24, (p.name for p in people))
    rates = fit(12, (_rate_width_text(p, project) for p in people))
    widths = (6, names, fit(18, (p.role for p in people)), 10, 11, rates, 11, 14, 14)
    ws = table(
        book, fmt, TEAM_SHEET, TEAM_COLUMNS, widths, len(plan.resources), hidden_columns=("A",)
    )
    name, role = Pen(ws), Pen(ws)
    for res in plan.resources:
        ws.append(
            (
                res.uid,
                fmt.text(name, res.name),
                fmt.text(role, res.role),
                res.type.name.lower(),
                styled_cell(ws, finite(res.max_units), fmt.percent),
                styled_cell(ws, finite(shown_rate(res, project)), _rate_style(fmt, res)),
                finite(round(costs.resource_work_minutes.get(res.uid, 0) / 60.0, 2)),
                styled_cell(ws, finite(round(costs.resource_cost.get(res.uid, 0.0), 2)), fmt.money),
                "yes" if res.uid in costs.overallocated else None,
            )
        )
        steps.row()
