"""The client workbook's Rates sheet: each person's cost rate tables A to E with the date
each row takes effect, and the tasks each table prices (an assignment's rate table), so a
client can check an invoice line against them (tester s30xt: Tom's table B at 140/h and
his +10 % from 1 February were on no sheet; the Team sheet shows table A's first rates).

Only a view, as the Cash Flow sheet: a returned workbook's Rates sheet is not read (rates
are changed in the Team view), so a round trip stays "no changes". A line under the table
says so, and a read of a workbook whose Rates sheet was edited names the first cell edited
(:func:`rates_edited`; tester s30rv: an invoice rate fixed there was lost without a word). Written with the
costs (a hand-off without money has none). Cost items have no rates (their amount is
typed per task) and are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
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


# What the sheet says under its table, and what a read says when the sheet was edited
NOT_READ = "This sheet is not read back: change rates on the Team sheet"


def _lines(plan: Plan) -> list[tuple[Resource, int, RateEntry, str]]:
    """(resource, table, rate row, tasks named) of each line of the sheet, in its order."""
    people = [r for r in plan.resources if r.type is not ResourceType.COST]
    on_table: dict[tuple[int, int], list[str]] = {}
    for a in plan.assignments:
        task = plan.task(a.task_uid).name
        on_table.setdefault((a.resource_uid, a.rate_table), []).append(task)
    out: list[tuple[Resource, int, RateEntry, str]] = []
    for res in people:
        used = {t for (uid, t) in on_table if uid == res.uid}
        for index, entries in _tables(res, used):
            for row, entry in enumerate(entries):
                named = "; ".join(on_table.get((res.uid, index), [])) if row == 0 else ""
                out.append((res, index, entry, named))
    return out


def _rates(plan: Plan, res: Resource, entry: RateEntry) -> tuple[float, float | None, float]:
    """(std., ovt., cost/use) as the sheet shows them: a person's in the Team view's units."""
    if res.type is not ResourceType.WORK:
        return entry.standard_rate, None, entry.cost_per_use
    project = plan.project
    std = rate_in_unit(entry.standard_rate, entry.standard_rate_unit, project)
    ovt = rate_in_unit(entry.overtime_rate, entry.overtime_rate_unit, project)
    return std, ovt, entry.cost_per_use


def rates_sheet(book: Workbook, fmt: Formats, plan: Plan) -> None:
    """One row per rate table row of each person and material, the first row of a table
    naming the tasks it prices; under the table a line saying the sheet is not read."""
    lines = _lines(plan)
    people = [r for r in plan.resources if r.type is not ResourceType.COST]
    widths = (fit(24, (p.name for p in people)), 7, 14, 14, 14, 12, 40)
    ws = table(book, fmt, RATES_SHEET, RATES_COLUMNS, widths, len(lines), centred=("B", "C"))
    name, tasks = Pen(ws), Pen(ws)
    for res, index, entry, named in lines:
        work = res.type is ResourceType.WORK
        std, ovt, per_use = _rates(plan, res, entry)
        std_style = ovt_style = fmt.money
        if work:  # in the units the Team view shows them (1,200/d)
            std_style = fmt.rate(entry.standard_rate_unit.value)
            ovt_style = fmt.rate(entry.overtime_rate_unit.value)
        ws.append(
            (
                fmt.text(name, res.name),
                LETTERS[index],
                styled_cell(ws, entry.start, fmt.date) if entry.start else None,
                styled_cell(ws, finite(round(std, 6)), std_style),
                styled_cell(ws, finite(round(ovt or 0.0, 6)), ovt_style) if work else None,
                styled_cell(ws, finite(per_use), fmt.money),
                fmt.text(tasks, named),
            )
        )
    ws.append(())
    ws.append((fmt.text(name, NOT_READ),))
    print_used_range(ws, len(RATES_COLUMNS))


def rates_edited(rows: Sequence[Sequence[object]], plan: Plan) -> str | None:
    """The note for a returned Rates sheet (``rows``: its cells, the titles first) whose rates
    are not those of ``plan`` (the plan exported), naming the first cell that differs; None
    when they are."""
    for n, (res, _index, entry, _named) in enumerate(_lines(plan), start=1):
        row = rows[n] if n < len(rows) else ()
        for col, want in zip((3, 4, 5), _rates(plan, res, entry), strict=True):
            got = row[col] if col < len(row) else None
            if want is None or (not want and got in (None, "")):
                continue
            if not isinstance(got, int | float) or abs(float(got) - round(want, 6)) > 0.005:
                return (
                    f"{RATES_SHEET}!{'ABCDEFG'[col]}{n + 1}: the {RATES_SHEET} sheet is not "
                    "read; change rates on the Team sheet"
                )
    return None
