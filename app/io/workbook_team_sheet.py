"""The client workbook's Team sheet: each person's type, max units, standard and overtime
rates in their units, cost per use, work, cost and over-allocation (moved out of excel_export.py; read back by
register_sheets.py).

As the Team view (and MS Project's resource sheet) shows them: a material or cost item
has no max units (blank), a material's work is the quantity assigned in its label
("40 t") and a cost item has none. The column is titled Work, a person's hours shown
"8 h" (a number a client can add up): under "Work (h)" a material's 40 t read as hours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray

from app.domain.costs import CostReport
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource, ResourceType
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
from app.io.workbook_print import print_used_range
from app.io.workbook_steps import Steps

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet


def _rate_style(fmt: Formats, res: Resource, which: str = "standard") -> StyleArray:
    """A person's Std. rate (``which`` "overtime": Ovt. rate) cell shows its unit
    ($1,200.00/d); a material's is plain money."""
    unit = None if rate_unit_shown(res) is None else getattr(res, f"{which}_rate_unit")
    return fmt.money if unit is None else fmt.rate(unit.value)


def _rate_width_text(res: Resource, project: Project, which: str = "standard") -> str:
    """About as wide as the rate cell shows: "€16,000.00/mo" (### when too narrow)."""
    unit = None if rate_unit_shown(res) is None else getattr(res, f"{which}_rate_unit")
    shown = f"{shown_rate(res, project, which):,.{project.currency_digits}f}"
    code = project.currency_symbol or project.currency
    return f"{code} {shown}" + ("" if unit is None else f"/{unit.value}")


def _rate_cells(
    ws: WriteOnlyWorksheet, fmt: Formats, res: Resource, project: Project
) -> tuple[Cell | None, ...]:
    """Std. rate, Ovt. rate and Cost/use, blank where the Team view has none: a material
    no overtime rate, a cost item none of them (its amount is typed per task)."""
    work, cost_item = res.type is ResourceType.WORK, res.type is ResourceType.COST
    return (
        None
        if cost_item
        else styled_cell(ws, finite(shown_rate(res, project)), _rate_style(fmt, res)),
        styled_cell(
            ws, finite(shown_rate(res, project, "overtime")), _rate_style(fmt, res, "overtime")
        )
        if work
        else None,
        None if cost_item else styled_cell(ws, finite(res.cost_per_use), fmt.money),
    )


def _quantities(plan: Plan) -> dict[int, float]:
    """Each material's quantity over all its assignments (the Team view's Work)."""
    materials = {r.uid for r in plan.resources if r.type is ResourceType.MATERIAL}
    out = dict.fromkeys(materials, 0.0)
    for a in plan.assignments:
        if a.resource_uid in materials:
            out[a.resource_uid] += a.units
    return out


def _work(res: Resource, costs: CostReport, quantities: dict[int, float]) -> float | str | None:
    """Hours for a person, the quantity and its label for a material, nothing for a cost item."""
    if res.type is ResourceType.MATERIAL:
        return f"{quantities.get(res.uid, 0.0):,g} {res.material_label}".strip()
    if res.type is ResourceType.COST:
        return None
    return finite(round(costs.resource_work_minutes.get(res.uid, 0) / 60.0, 2))


def team_sheet(
    book: Workbook, fmt: Formats, plan: Plan, costs: CostReport, steps: Steps, money: bool = True
) -> None:
    """One row per person; without ``money`` (a client hand-off) the rate and cost cells
    are blank."""
    people = plan.resources
    project = plan.project
    names = fit(24, (p.name for p in people))
    rates = fit(12, (_rate_width_text(p, project) for p in people))
    overtime = fit(12, (_rate_width_text(p, project, "overtime") for p in people))
    widths = (6, names, fit(18, (p.role for p in people)), 10, 11, rates, overtime, 12, 11, 14, 14)
    ws = table(
        book, fmt, TEAM_SHEET, TEAM_COLUMNS, widths, len(plan.resources), hidden_columns=("A",)
    )
    name, role, quantity = Pen(ws), Pen(ws), Pen(ws)
    quantities = _quantities(plan)
    for res in plan.resources:
        work = _work(res, costs, quantities)
        ws.append(
            (
                res.uid,
                fmt.text(name, res.name),
                fmt.text(role, res.role),
                res.type.name.capitalize(),  # as the Team view shows it: Material
                styled_cell(ws, finite(res.max_units), fmt.percent)
                if res.type is ResourceType.WORK
                else None,
                *(_rate_cells(ws, fmt, res, project) if money else (None, None, None)),
                fmt.text(quantity, work)
                if isinstance(work, str)
                else styled_cell(ws, work, fmt.hours)
                if work is not None
                else None,
                styled_cell(ws, finite(round(costs.resource_cost.get(res.uid, 0.0), 2)), fmt.money)
                if money
                else None,
                "yes" if res.uid in costs.overallocated else None,
            )
        )
        steps.row()
    print_used_range(ws, len(TEAM_COLUMNS))
