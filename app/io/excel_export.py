"""The client workbook: Plan, Gantt, Budget, Team, Risks and About sheets.

Written with :mod:`app.io.xlsx_writer` (openpyxl, at ~20 µs a cell, could not
export 10,000 tasks in the 1.5 s we allow). Text is only ever written as
text, never as a formula; text a spreadsheet could take for one (starting
with ``= + - @``, tab or CR) also gets Excel's quote prefix, so editing the
cell keeps it text. A hidden ``_gantry`` sheet carries the snapshot of the
plan as exported and the text of every editable cell: the base of the
reviewed round trip.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from app.domain.costs import CostReport, compute_costs
from app.domain.plan import Plan
from app.domain.risk import Risk
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule as run_schedule
from app.io.plan_snapshot import plan_to_json
from app.io.workbook_cells import (
    EDITABLE,
    PLAN_COLUMNS,
    PLAN_SHEET,
    SNAPSHOT_SHEET,
    PlanRow,
    exported_row,
    is_risky_text,
    plan_rows,
)
from app.io.xlsx_writer import CellFormat, Sheet, Styled, XlsxBook, column_name

FORMAT_VERSION = 1
_CHUNK = 30000  # characters per snapshot cell (Excel allows 32767)
_MAX_DAY_COLUMNS = 120
_MAX_GANTT_COLUMNS = 400

_HEADER = CellFormat(bold=True, color="FFFFFF", fill="305496")
_HEADER_WEEKEND = CellFormat(bold=True, color="FFFFFF", fill="8EA9DB", center=True)
_DATE = "yyyy-mm-dd"
_BAR = "5B9BD5"
_CRITICAL = "E04040"
_SUMMARY = "404040"


class _Formats:
    """Cell-format indexes of one workbook, looked up once."""

    def __init__(self, book: XlsxBook, money: str) -> None:
        self.book = book
        self.header = book.style(_HEADER)
        self.header_centre = book.style(
            CellFormat(bold=True, color="FFFFFF", fill="305496", center=True)
        )
        self.header_weekend = book.style(_HEADER_WEEKEND)
        self.bold = book.style(CellFormat(bold=True))
        self.date = book.style(CellFormat(number_format=_DATE))
        self.stamp = book.style(CellFormat(number_format="yyyy-mm-dd hh:mm"))
        self.percent = book.style(CellFormat(number_format="0%"))
        self.money = book.style(CellFormat(number_format=money))
        self.money_bold = book.style(CellFormat(bold=True, number_format=money))
        self.bars = {c: book.style(CellFormat(fill=c)) for c in (_BAR, _CRITICAL, _SUMMARY)}
        self.milestone = book.style(CellFormat(bold=True, color="C00000", center=True))
        self.names = {
            (level, bold, quote): book.style(
                CellFormat(bold=bold, indent=level, quote_prefix=quote)
            )
            for level in range(16)
            for bold in (False, True)
            for quote in (False, True)
        }
        self.risky = book.style(CellFormat(quote_prefix=True))

    def name(self, text: str, level: int, bold: bool = False) -> Styled:
        """A task name indented by outline level."""
        return Styled(text, self.names[(min(level, 16) - 1, bold, is_risky_text(text))])

    def text(self, text: str) -> object:
        """A user's text; quote-prefixed when it looks like a formula."""
        return Styled(text, self.risky) if text and is_risky_text(text) else text


def write_workbook(plan: Plan, path: Path, **options: Any) -> None:
    """Write the client workbook.

    Options: ``now`` (datetime) stamps the export time in About; ``schedule`` and
    ``costs`` reuse results the caller already has for this very plan.
    """
    now: datetime = options.get("now") or datetime.now().replace(microsecond=0)
    sched: Schedule = options.get("schedule") or run_schedule(plan)
    costs: CostReport = options.get("costs") or compute_costs(plan, sched)
    rows = plan_rows(plan, sched, costs.task_cost)
    money = f'#,##0.00 "{plan.project.currency_symbol or plan.project.currency}"'

    book = XlsxBook()
    fmt = _Formats(book, money)
    _plan_sheet(book, fmt, rows)
    _gantt_sheet(book, fmt, rows, sched)
    _budget_sheet(book, fmt, rows, costs)
    _team_sheet(book, fmt, plan, costs)
    _risk_sheet(book, fmt, plan.risks)
    _about_sheet(book, fmt, plan, now)
    _snapshot_sheet(book, plan, rows)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    book.save(Path(path))


def _table(
    book: XlsxBook,
    fmt: _Formats,
    name: str,
    titles: tuple[str, ...],
    widths: tuple[float, ...],
    rows: int,
) -> Sheet:
    """A sheet with a frozen, filtered header row and print setup (landscape, fit to width)."""
    ws = book.add_sheet(name)
    ws.widths = dict(enumerate(widths))
    ws.freeze = (1, 0)
    ws.print_title_rows = 1
    ws.landscape = True
    ws.fit_to_width = True
    ws.autofilter = f"A1:{column_name(len(titles) - 1)}{max(rows, 1) + 1}"
    ws.append([Styled(t, fmt.header) for t in titles])
    return ws


def _plan_sheet(book: XlsxBook, fmt: _Formats, rows: list[PlanRow]) -> None:
    widths = (8, 6, 9, 48, 10, 12, 12, 16, 24, 11, 12, 14, 30)
    ws = _table(book, fmt, PLAN_SHEET, PLAN_COLUMNS, widths, len(rows))
    ws.hidden_columns = {0}
    date, percent, money = fmt.date, fmt.percent, fmt.money
    for r in rows:
        ws.append(
            (
                r.uid,
                r.number,
                r.wbs,
                fmt.name(r.name, r.level, r.summary),
                r.duration,
                Styled(r.start, date) if r.start else None,
                Styled(r.finish, date) if r.finish else None,
                r.predecessors,
                fmt.text(r.people),
                Styled(r.percent, percent),
                Styled(r.fixed_cost, money),
                Styled(r.cost, money),
                fmt.text(r.notes),
            )
        )


def _gantt_sheet(book: XlsxBook, fmt: _Formats, rows: list[PlanRow], sched: Schedule) -> None:
    """One column per day (per week for long plans); bar cells filled, critical in red."""
    ws = book.add_sheet("Gantt")
    first = sched.start.date()
    last = max(sched.finish.date(), first)
    step = 1 if (last - first).days + 1 <= _MAX_DAY_COLUMNS else 7
    if step == 7:
        first -= timedelta(days=first.weekday())
    periods = min((last - first).days // step + 1, _MAX_GANTT_COLUMNS)
    fixed = ("#", "Task", "Start", "Finish")
    ws.widths = {0: 6, 1: 40, 2: 11, 3: 11}
    ws.widths.update({len(fixed) + k: 3.2 if step == 1 else 4.0 for k in range(periods)})
    ws.freeze = (2, len(fixed))
    ws.print_title_rows = 2
    ws.print_title_columns = len(fixed)
    ws.landscape = True
    ws.fit_to_width = False  # a long timeline prints across pages, rows repeated
    days = [first + timedelta(days=k * step) for k in range(periods)]
    months = [d.strftime("%b %Y") if k == 0 or d.day <= step else None for k, d in enumerate(days)]
    ws.append([Styled("Timeline", fmt.bold), None, None, None, *months])
    labels = [
        Styled(d.day, fmt.header_weekend if step == 1 and d.weekday() >= 5 else fmt.header_centre)
        for d in days
    ]
    ws.append([Styled(t, fmt.header) for t in fixed] + labels)
    mark = Styled("◆", fmt.milestone)
    for r in rows:
        cells: list[object] = [
            r.number,
            fmt.name(r.name, r.level, r.summary),
            Styled(r.start, fmt.date) if r.start else None,
            Styled(r.finish, fmt.date) if r.finish else None,
        ]
        if r.start is not None and r.finish is not None:
            lo = (r.start.date() - first).days // step
            hi = min((r.finish.date() - first).days // step, periods - 1)
            if r.milestone:
                if 0 <= lo < periods:
                    cells.extend([None] * lo)
                    cells.append(mark)
            elif lo < periods:
                bar = Styled(
                    None, fmt.bars[_SUMMARY if r.summary else _CRITICAL if r.critical else _BAR]
                )
                cells.extend([None] * max(lo, 0))
                cells.extend([bar] * (hi - max(lo, 0) + 1))
        ws.append(cells)


def _budget_sheet(book: XlsxBook, fmt: _Formats, rows: list[PlanRow], costs: CostReport) -> None:
    titles = ("WBS", "Task", "Fixed cost", "Cost", "Baseline", "Variance", "Actual cost")
    ws = _table(book, fmt, "Budget", titles, (9, 44, 14, 14, 14, 14, 14), len(rows))
    money = fmt.money
    for r in rows:
        baseline = costs.task_baseline_cost.get(r.uid)
        variance = None if baseline is None else round(r.cost - baseline, 2)
        ws.append(
            (
                r.wbs,
                fmt.name(r.name, r.level, r.summary),
                Styled(r.fixed_cost, money),
                Styled(r.cost, fmt.money_bold if r.summary else money),
                Styled(baseline, money),
                Styled(variance, money),
                Styled(round(costs.task_actual_cost.get(r.uid, 0.0), 2), money),
            )
        )
    ws.append(
        (None, Styled("Total", fmt.bold), None, Styled(round(costs.total_cost, 2), fmt.money_bold))
    )


def _team_sheet(book: XlsxBook, fmt: _Formats, plan: Plan, costs: CostReport) -> None:
    titles = ("Name", "Role", "Type", "Max units", "Rate / h", "Work (h)", "Cost", "Over-allocated")
    ws = _table(book, fmt, "Team", titles, (24, 18, 10, 11, 12, 11, 14, 14), len(plan.resources))
    for res in plan.resources:
        ws.append(
            (
                fmt.text(res.name),
                fmt.text(res.role),
                res.type.name.lower(),
                Styled(res.max_units, fmt.percent),
                Styled(res.standard_rate, fmt.money),
                round(costs.resource_work_minutes.get(res.uid, 0) / 60.0, 2),
                Styled(round(costs.resource_cost.get(res.uid, 0.0), 2), fmt.money),
                "yes" if res.uid in costs.overallocated else "",
            )
        )


def _risk_sheet(book: XlsxBook, fmt: _Formats, risks: list[Risk]) -> None:
    titles = (
        "Risk",
        "Probability",
        "Impact",
        "Exposure",
        "Owner",
        "Mitigation",
        "Contingency",
        "Status",
    )
    ws = _table(book, fmt, "Risks", titles, (36, 11, 14, 14, 18, 36, 14, 12), len(risks))
    for r in risks:
        ws.append(
            (
                fmt.text(r.title),
                Styled(r.probability, fmt.percent),
                Styled(r.impact, fmt.money),
                Styled(round(r.exposure, 2), fmt.money),
                fmt.text(r.owner),
                fmt.text(r.mitigation),
                Styled(r.contingency, fmt.money),
                r.status.value,
            )
        )


def _about_sheet(book: XlsxBook, fmt: _Formats, plan: Plan, now: datetime) -> None:
    ws = book.add_sheet("About")
    ws.widths = {0: 22, 1: 60}
    for key, value in (
        ("Project", fmt.text(plan.project.name)),
        ("Exported by", "Gantry"),
        ("Format version", FORMAT_VERSION),
        ("Exported at", Styled(now, fmt.stamp)),
        ("Project start", Styled(plan.project.start, fmt.stamp)),
        ("Currency", plan.project.currency),
        ("Tasks", len(plan.tasks)),
        (
            "Round trip",
            "Edit the Plan sheet and send it back: Gantry shows every change for review.",
        ),
    ):
        ws.append((Styled(key, fmt.bold), value))


def _snapshot_sheet(book: XlsxBook, plan: Plan, rows: list[PlanRow]) -> None:
    """Hidden: the plan as exported and the text of each editable cell, for the round trip."""
    ws = book.add_sheet(SNAPSHOT_SHEET)
    ws.hidden = True
    # per task, the editable cells' text in EDITABLE order (a list keeps the snapshot small)
    cells = {str(r.uid): [texts[t] for t in EDITABLE] for r in rows for texts in (exported_row(r),)}
    numbers = {str(r.uid): r.number for r in rows}
    meta = json.dumps({"format": FORMAT_VERSION, "cells": cells, "numbers": numbers})
    for kind, text in (("plan", plan_to_json(plan)), ("cells", meta)):
        for k in range(0, max(len(text), 1), _CHUNK):
            ws.append((kind, text[k : k + _CHUNK]))
