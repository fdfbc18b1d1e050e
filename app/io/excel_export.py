"""The client workbook: Plan, Gantt, Budget, Team, Risks and About sheets (openpyxl).

Written in openpyxl's write-only mode, which streams rows and keeps large
plans fast. Every text a user typed goes through :func:`_text`, which stores
text that a spreadsheet could take for a formula as plain text with Excel's
quote prefix, so a client opening the workbook never runs a formula we wrote.
A hidden ``_gantry`` sheet carries the snapshot of the plan as exported and
the text of every editable cell, the base of the reviewed round trip.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.costs import CostReport, compute_costs
from app.domain.plan import Plan
from app.domain.risk import Risk
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule as run_schedule
from app.io.plan_snapshot import plan_to_json
from app.io.workbook_cells import (
    PLAN_COLUMNS,
    PLAN_SHEET,
    SNAPSHOT_SHEET,
    PlanRow,
    exported_row,
    is_risky_text,
    plan_rows,
)

FORMAT_VERSION = 1
_CHUNK = 30000  # characters per snapshot cell (Excel allows 32767)
_MAX_DAY_COLUMNS = 120
_MAX_GANTT_COLUMNS = 400

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="305496")
_BOLD = Font(bold=True)
_BAR = PatternFill("solid", fgColor="5B9BD5")
_CRITICAL = PatternFill("solid", fgColor="E04040")
_SUMMARY = PatternFill("solid", fgColor="404040")
_WEEKEND = PatternFill("solid", fgColor="EDEDED")
_DATE = "yyyy-mm-dd"
_MONEY = "#,##0.00"


def write_workbook(plan: Plan, path: Path, **options: Any) -> None:
    """Write the client workbook; ``now`` (datetime) stamps the export time in About."""
    now: datetime = options.get("now") or datetime.now().replace(microsecond=0)
    sched = run_schedule(plan)
    costs = compute_costs(plan, sched)
    rows = plan_rows(plan, sched, costs.task_cost)
    money = f'#,##0.00 "{plan.project.currency_symbol or plan.project.currency}"'

    wb = Workbook(write_only=True)
    _plan_sheet(wb, rows, money)
    _gantt_sheet(wb, rows, sched)
    _budget_sheet(wb, plan, rows, costs, money)
    _team_sheet(wb, plan, costs, money)
    _risk_sheet(wb, plan.risks, money)
    _about_sheet(wb, plan, now)
    _snapshot_sheet(wb, plan, rows)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))


# --------------------------------------------------------------------- helpers


def _cell(ws: Worksheet, value: object, **style: Any) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    for key, val in style.items():
        setattr(cell, key, val)
    return cell


def _text(ws: Worksheet, text: str, **style: Any) -> object:
    """A user's text; never a formula, whatever it starts with."""
    if not text or not is_risky_text(text):
        return _cell(ws, text, **style) if style else text
    cell = _cell(ws, text, **style)
    cell.data_type = "s"  # openpyxl would store '=...' as a formula
    cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    return cell


def _header(ws: Worksheet, titles: Sequence[str], widths: Sequence[float]) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    # write-only sheets emit their views with the first row: set them up before appending
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.append([_cell(ws, t, font=_HEADER_FONT, fill=_HEADER_FILL) for t in titles])


def _filter(ws: Worksheet, columns: int, rows: int) -> None:
    ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(rows, 1) + 1}"


# --------------------------------------------------------------------- sheets


def _plan_sheet(wb: Workbook, rows: list[PlanRow], money: str) -> None:
    ws = wb.create_sheet(PLAN_SHEET)
    ws.column_dimensions["A"].hidden = True
    _header(ws, PLAN_COLUMNS, (8, 6, 9, 48, 10, 12, 12, 16, 24, 11, 12, 14, 30))
    _filter(ws, len(PLAN_COLUMNS), len(rows))
    indents = [Alignment(indent=min(level - 1, 15)) for level in range(1, 17)]
    for r in rows:
        font = _BOLD if r.summary else None
        name_style: dict[str, Any] = {"alignment": indents[min(r.level, 16) - 1]}
        if font is not None:
            name_style["font"] = font
        ws.append(
            [
                r.uid,
                r.number,
                r.wbs,
                _text(ws, r.name, **name_style),
                r.duration,
                _cell(ws, r.start, number_format=_DATE) if r.start else None,
                _cell(ws, r.finish, number_format=_DATE) if r.finish else None,
                r.predecessors,
                _text(ws, r.people),
                _cell(ws, r.percent, number_format="0%"),
                _cell(ws, r.fixed_cost, number_format=money),
                _cell(ws, r.cost, number_format=money),
                _text(ws, r.notes),
            ]
        )


def _gantt_sheet(wb: Workbook, rows: list[PlanRow], sched: Schedule) -> None:
    """One column per day (per week for long plans); bar cells filled, critical in red."""
    ws = wb.create_sheet("Gantt")
    first = sched.start.date()
    last = max(sched.finish.date(), first)
    span = (last - first).days + 1
    step = 1 if span <= _MAX_DAY_COLUMNS else 7
    if step == 7:
        first -= timedelta(days=first.weekday())
    periods = min((last - first).days // step + 1, _MAX_GANTT_COLUMNS)
    fixed = ("#", "Task", "Start", "Finish")
    for i, width in enumerate((6, 40, 11, 11), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for k in range(periods):
        ws.column_dimensions[get_column_letter(len(fixed) + 1 + k)].width = 3.2 if step == 1 else 4
    days = [first + timedelta(days=k * step) for k in range(periods)]
    months = [d.strftime("%b %Y") if k == 0 or d.day <= step else None for k, d in enumerate(days)]
    ws.freeze_panes = "E3"
    ws.print_title_rows = "1:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.append([_cell(ws, "Timeline", font=_BOLD), None, None, None, *months])
    labels = [
        _cell(
            ws,
            d.day,
            font=_HEADER_FONT,
            fill=_HEADER_FILL,
            alignment=Alignment(horizontal="center"),
        )
        for d in days
    ]
    ws.append([_cell(ws, t, font=_HEADER_FONT, fill=_HEADER_FILL) for t in fixed] + labels)
    weekend = [step == 1 and d.weekday() >= 5 for d in days]
    blank_weekend = _cell(ws, None, fill=_WEEKEND)
    for r in rows:
        cells: list[object] = [
            r.number,
            _text(ws, r.name, alignment=Alignment(indent=min(r.level - 1, 15))),
            _cell(ws, r.start, number_format=_DATE) if r.start else None,
            _cell(ws, r.finish, number_format=_DATE) if r.finish else None,
        ]
        lo = hi = -1
        if r.start is not None and r.finish is not None:
            lo = (r.start.date() - first).days // step
            hi = (r.finish.date() - first).days // step
        fill = _SUMMARY if r.summary else _CRITICAL if r.critical else _BAR
        for k in range(periods):
            if r.milestone and k == lo:
                cells.append(_cell(ws, "◆", font=Font(bold=True, color="C00000")))
            elif not r.milestone and lo <= k <= hi:
                cells.append(_cell(ws, None, fill=fill))
            elif weekend[k]:
                cells.append(blank_weekend)
            else:
                cells.append(None)
        ws.append(cells)


def _budget_sheet(
    wb: Workbook, plan: Plan, rows: list[PlanRow], costs: CostReport, money: str
) -> None:
    ws = wb.create_sheet("Budget")
    titles = ("WBS", "Task", "Fixed cost", "Cost", "Baseline", "Variance", "Actual cost")
    _header(ws, titles, (9, 44, 14, 14, 14, 14, 14))
    _filter(ws, len(titles), len(rows))
    for r in rows:
        baseline = costs.task_baseline_cost.get(r.uid)
        variance = None if baseline is None else round(r.cost - baseline, 2)
        ws.append(
            [
                r.wbs,
                _text(ws, r.name, alignment=Alignment(indent=min(r.level - 1, 15))),
                _cell(ws, r.fixed_cost, number_format=money),
                _cell(ws, r.cost, number_format=money, font=_BOLD if r.summary else Font()),
                _cell(ws, baseline, number_format=money),
                _cell(ws, variance, number_format=money),
                _cell(ws, round(costs.task_actual_cost.get(r.uid, 0.0), 2), number_format=money),
            ]
        )
    ws.append(
        [
            None,
            _cell(ws, "Total", font=_BOLD),
            None,
            _cell(ws, round(costs.total_cost, 2), number_format=money, font=_BOLD),
        ]
    )


def _team_sheet(wb: Workbook, plan: Plan, costs: CostReport, money: str) -> None:
    ws = wb.create_sheet("Team")
    titles = ("Name", "Role", "Type", "Max units", "Rate / h", "Work (h)", "Cost", "Over-allocated")
    _header(ws, titles, (24, 18, 10, 11, 12, 11, 14, 14))
    _filter(ws, len(titles), len(plan.resources))
    for res in plan.resources:
        ws.append(
            [
                _text(ws, res.name),
                _text(ws, res.role),
                res.type.name.lower(),
                _cell(ws, res.max_units, number_format="0%"),
                _cell(ws, res.standard_rate, number_format=money),
                round(costs.resource_work_minutes.get(res.uid, 0) / 60.0, 2),
                _cell(ws, round(costs.resource_cost.get(res.uid, 0.0), 2), number_format=money),
                "yes" if res.uid in costs.overallocated else "",
            ]
        )


def _risk_sheet(wb: Workbook, risks: list[Risk], money: str) -> None:
    ws = wb.create_sheet("Risks")
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
    _header(ws, titles, (36, 11, 14, 14, 18, 36, 14, 12))
    _filter(ws, len(titles), len(risks))
    for r in risks:
        ws.append(
            [
                _text(ws, r.title),
                _cell(ws, r.probability, number_format="0%"),
                _cell(ws, r.impact, number_format=money),
                _cell(ws, round(r.exposure, 2), number_format=money),
                _text(ws, r.owner),
                _text(ws, r.mitigation),
                _cell(ws, r.contingency, number_format=money),
                r.status.value,
            ]
        )


def _about_sheet(wb: Workbook, plan: Plan, now: datetime) -> None:
    ws = wb.create_sheet("About")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 60
    for key, value in (
        ("Project", plan.project.name),
        ("Exported by", "Gantry"),
        ("Format version", FORMAT_VERSION),
        ("Exported at", now),
        ("Project start", plan.project.start),
        ("Currency", plan.project.currency),
        ("Tasks", len(plan.tasks)),
        (
            "Round trip",
            "Edit the Plan sheet and send it back: Gantry shows every change for review.",
        ),
    ):
        shown = (
            _cell(ws, value, number_format="yyyy-mm-dd hh:mm")
            if isinstance(value, datetime)
            else value
        )
        ws.append(
            [_cell(ws, key, font=_BOLD), _text(ws, shown) if isinstance(shown, str) else shown]
        )


def _snapshot_sheet(wb: Workbook, plan: Plan, rows: list[PlanRow]) -> None:
    """Hidden: the plan as exported and the text of each editable cell, for the round trip."""
    ws = wb.create_sheet(SNAPSHOT_SHEET)
    ws.sheet_state = "hidden"
    cells = {str(r.uid): exported_row(r) for r in rows}
    numbers = {str(r.uid): r.number for r in rows}
    meta = json.dumps({"format": FORMAT_VERSION, "cells": cells, "numbers": numbers})
    for kind, text in (("plan", plan_to_json(plan)), ("cells", meta)):
        for k in range(0, max(len(text), 1), _CHUNK):
            ws.append([kind, _plain_text(ws, text[k : k + _CHUNK])])


def _plain_text(ws: Worksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    return cell
