"""The client workbook's Rates sheet: each person's cost rate tables A to E with the date
each row takes effect, and the tasks each table prices (an assignment's rate table), so a
client can check an invoice line against them (tester s30xt: Tom's table B at 140/h and
his +10 % from 1 February were on no sheet; the Team sheet shows table A's first rates).

Only a view, as the Cash Flow sheet: a returned workbook's Rates sheet is not read (rates
are changed in the Team view), so a round trip stays "no changes". Written with the
costs (a hand-off without money has none). Cost items have no rates (their amount is
typed per task) and are left out.
"""

from __future__ import annotations

from datetime import datetime

from openpyxl import Workbook

from app.domain.plan import Plan
from app.domain.resource import RateEntry, Resource, ResourceType, rate_in_unit
from app.io.workbook_format import Formats, Pen, finite, fit, styled_cell, table
from app.io.workbook_print import print_used_range

RATES_SHEET = "Rates"
RATES_COLUMNS = ("Person", "Table", "Effective from", "Std. rate", "Ovt. rate", "Cost/use", "Tasks")
LETTERS = "ABCDE"


def _tables(res: Resource, used: set[int]) -> list[tuple[int, list[RateEntry]]]:
    """The person's tables with their rows by effective date: table A always (their own
    rates when it has none), B to E when they have rows or an assignment uses them (then
    the rates a table without rows prices at: table A's first, as app.domain.cost_pricing)."""
    own = RateEntry(None, res.standard_rate, res.overtime_rate, res.cost_per_use)
    out: list[tuple[int, list[RateEntry]]] = []
    for index in range(len(LETTERS)):
        entries = list(res.rate_tables[index]) if index < len(res.rate_tables) else []
        if not entries and index and index not in used:
            continue
        entries.sort(key=lambda e: e.start or datetime.min)
        out.append((index, entries or [own]))
    return out


def rates_sheet(book: Workbook, fmt: Formats, plan: Plan) -> None:
    """One row per rate table row of each person and material, the first row of a table
    naming the tasks it prices."""
    project = plan.project
    people = [r for r in plan.resources if r.type is not ResourceType.COST]
    on_table: dict[tuple[int, int], list[str]] = {}
    for a in plan.assignments:
        task = plan.task(a.task_uid).name
        on_table.setdefault((a.resource_uid, a.rate_table), []).append(task)
    tables = [(res, _tables(res, {t for (uid, t) in on_table if uid == res.uid})) for res in people]
    rows = sum(len(entries) for _res, found in tables for _i, entries in found)
    widths = (fit(24, (p.name for p in people)), 7, 14, 14, 14, 12, 40)
    ws = table(book, fmt, RATES_SHEET, RATES_COLUMNS, widths, rows, centred=("B", "C"))
    name, tasks = Pen(ws), Pen(ws)
    for res, found in tables:
        work = res.type is ResourceType.WORK
        for index, entries in found:
            for row, entry in enumerate(entries):
                std = entry.standard_rate
                ovt = entry.overtime_rate
                std_style = ovt_style = fmt.money
                if work:  # in the units the Team view shows them (1,200/d)
                    std = rate_in_unit(std, entry.standard_rate_unit, project)
                    ovt = rate_in_unit(ovt, entry.overtime_rate_unit, project)
                    std_style = fmt.rate(entry.standard_rate_unit.value)
                    ovt_style = fmt.rate(entry.overtime_rate_unit.value)
                named = "; ".join(on_table.get((res.uid, index), [])) if row == 0 else ""
                ws.append(
                    (
                        fmt.text(name, res.name),
                        LETTERS[index],
                        styled_cell(ws, entry.start, fmt.date) if entry.start else None,
                        styled_cell(ws, finite(round(std, 6)), std_style),
                        styled_cell(ws, finite(round(ovt, 6)), ovt_style) if work else None,
                        styled_cell(ws, finite(entry.cost_per_use), fmt.money),
                        fmt.text(tasks, named),
                    )
                )
    print_used_range(ws, len(RATES_COLUMNS))
