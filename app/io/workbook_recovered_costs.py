"""The Cost column of a Gantry Plan sheet read back without its hidden ``_gantry`` sheet.

A task's cost is worked out, not typed: its people's work at their rates and its fixed
cost. With the snapshot a changed Cost cell moves the task's fixed cost by as much (the
export's text tells what changed). Without it the sheet cannot tell which of Fixed cost
and Cost the client changed, since both cells held the task's figures before: the Fixed
cost column is read, and the Cost cells that differ from what their tasks now cost are
named in a note, not read as a guess (they were dropped without a word). A Cost cell that
still holds what its task cost as written is no change, though a typed Duration or Finish
changed the task since (app/io/workbook_exported_costs.py). A task a cost
item is on is passed over: the item's cost was typed on the assignment, which no sheet
shows, so its Cost cell always says more than the sheets give back.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.costs import compute_costs
from app.domain.money import format_money
from app.domain.plan import Plan
from app.domain.resource import ResourceType
from app.domain.scheduler import schedule
from app.io.sheet_import import SheetRows
from app.io.sheet_mapping import ColumnMapping
from app.io.sheet_values import CellError, is_blank, plan_currency, read_amount
from app.io.workbook_cells import cell_text
from app.io.workbook_exported_costs import exported_costs

COST_TITLE = "Cost"
_NAMED = 5  # cells a note names before "and N more"


def cost_cells_note(
    plan: Plan, data: SheetRows, mapping: ColumnMapping, rows: Iterable[tuple[int, int]]
) -> str | None:
    """The note naming the Cost cells that differ from what their tasks cost; None when
    every one agrees (an unchanged sheet), or the sheet has no Cost column of its own.

    ``rows``: (sheet row, task uid) of every task row.
    """
    col = _cost_column(mapping)
    if col is None:
        return None
    rows = list(rows)
    cost = compute_costs(plan, schedule(plan)).task_cost
    written = exported_costs(plan, data, mapping, rows) or {}
    project = plan.project
    digits = project.currency_digits
    own = plan_currency(project)
    differ: list[tuple[str, float, object]] = []  # (cell, what its task costs, the cell)
    priced = _priced_on_assignments(plan)
    for i, uid in rows:
        if not plan.has_task(uid) or uid in priced:
            continue  # a row recognise_recurring made part of another; a cost item's cost
        row = data.rows[i]
        value = row[col] if col < len(row) else None
        try:
            typed = 0.0 if is_blank(value) else read_amount(value, own, digits)
        except CellError:
            typed = None
        worth = round(cost.get(uid, plan.task(uid).fixed_cost), digits)
        if typed is None or not any(
            abs(round(typed, digits) - round(was, digits)) < 0.5 * 10.0**-digits
            for was in (worth, written.get(uid, worth))
        ):
            differ.append((data.where(i, col), worth, value))
    if not differ:
        return None
    cells = ", ".join(where for where, _, _ in differ[:_NAMED])
    if len(differ) > _NAMED:
        cells += f" and {len(differ) - _NAMED} more"
    _, worth, value = differ[0]
    if len(differ) == 1:
        shown = cell_text(value) or "blank"
        said = (
            f"{cells}: the Cost cell ({shown}) is not what the task costs "
            f"({format_money(worth, project)}: its people and its Fixed cost)"
        )
    else:
        said = (
            f"{cells}: Cost cells differ from what their tasks cost (their people and Fixed cost)"
        )
    return (
        f"{said}; with the hidden sheet gone Cost is not read, as the sheet cannot tell it "
        "from a changed Fixed cost: type a change of cost in Fixed cost"
    )


def _priced_on_assignments(plan: Plan) -> set[int]:
    """The tasks a cost item is on (and their summaries): its cost was typed on the
    assignment, which the sheets do not show, so their Cost cells say more than is read."""
    items = {r.uid for r in plan.resources if r.type is ResourceType.COST}
    tasks = {a.task_uid for a in plan.assignments if a.resource_uid in items}
    if not tasks:
        return tasks
    parents = plan.parent_uids()
    for uid in list(tasks):
        parent = parents.get(uid)
        while parent is not None and parent not in tasks:
            tasks.add(parent)
            parent = parents.get(parent)
    return tasks


def _cost_column(mapping: ColumnMapping) -> int | None:
    """The column titled Cost, unless the mapping reads it (as the cost, or as any field)."""
    taken = set(mapping.columns.values())
    for col, title in enumerate(mapping.titles):
        if str(title).strip() == COST_TITLE and col not in taken:
            return col
    return None
