"""The risk register as a file of its own for a month-end pack: a CSV or a one-sheet workbook
(``gantry risks FILE -o risks.csv``), one row per risk shown, under the Risks view's column
titles, then the totals of the risks shown. Text a spreadsheet would take for a formula is
kept as text."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.risk import RISK_DIGITS, Risk
from app.domain.risk_fields import shown_day
from app.domain.risk_register import RegisterView, risk_id
from app.domain.risk_typing import format_task_refs
from app.io.workbook_cells import is_risky_text, writable_text
from app.io.workbook_format import money_format

REGISTER_COLUMNS = (
    "ID",
    "Risk",
    "Probability",
    "Impact",
    "Exposure",
    "Owner",
    "Mitigation",
    "Contingency",
    "Status",
    "Tasks",
    "Description",
)
# the register's own fields, after those in a data file (CSV, workbook); not printed
FIELD_COLUMNS = (
    "Category",
    "Response",
    "Raised",
    "Next review",
    "Closed",
    "Residual prob.",
    "Residual impact",
    "Residual exposure",
    "Trigger",
    "Trigger date",
)
_MONEY = (3, 4, 7)  # Impact, Exposure, Contingency: by their place in REGISTER_COLUMNS


def register_cells(plan: Plan, risk: Risk) -> list[object]:
    """One risk's cells under REGISTER_COLUMNS: the probability as a fraction (0.4), money
    as plain numbers (the exposure in whole units, as the view shows it), tasks by row ID."""
    return [
        risk_id(risk.uid),
        risk.title,
        risk.probability,
        risk.impact,
        round(risk.exposure, RISK_DIGITS),
        risk.owner,
        risk.mitigation,
        risk.contingency,
        risk.status.label,
        format_task_refs(plan, risk.task_uids),
        risk.description,
    ]


def field_cells(risk: Risk) -> list[object]:
    """One risk's register fields under FIELD_COLUMNS (dates as YYYY-MM-DD; none: blank)."""
    residual = risk.residual_exposure
    return [
        risk.category,
        "" if risk.response is None else risk.response.label,
        shown_day(risk.raised),
        shown_day(risk.next_review),
        shown_day(risk.closed_on),
        risk.residual_probability,
        risk.residual_impact,
        None if residual is None else round(residual, RISK_DIGITS),
        risk.trigger,
        shown_day(risk.trigger_date),
    ]


def total_cells(label: str, exposure: float, contingency: float) -> list[object]:
    """A totals row: ``label`` under Risk, the amounts under Exposure and Contingency."""
    cells: list[object] = [""] * len(REGISTER_COLUMNS)
    cells[1] = label
    cells[4], cells[7] = round(exposure, RISK_DIGITS), round(contingency, RISK_DIGITS)
    return cells


def _safe(value: object) -> object:
    if isinstance(value, str) and is_risky_text(value):
        return "'" + value  # a spreadsheet opening the CSV shows it, never runs it
    return value


def write_register_csv(
    plan: Plan, view: RegisterView, totals: Sequence[list[object]], path: Path
) -> None:
    """The risks shown as CSV (UTF-8 with BOM, for Excel), then the ``totals`` rows."""
    try:
        with path.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow((*REGISTER_COLUMNS, *FIELD_COLUMNS))
            for risk in view.shown:
                cells = register_cells(plan, risk) + field_cells(risk)
                writer.writerow([_safe(c) for c in cells])
            for row in totals:
                writer.writerow([_safe(c) for c in row])
    except OSError as exc:
        raise AppError(f"{path.name}: cannot write ({exc.strerror or exc})") from exc


def write_register_xlsx(
    plan: Plan, view: RegisterView, totals: Sequence[list[object]], note: str, path: Path
) -> None:
    """The risks shown on one sheet, "Risks": headings bold and frozen, the probability as a
    percentage, money in whole units of the plan's currency, then the totals in bold and,
    under them, what the filters left out (``note``)."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Risks"
    ws.append([*REGISTER_COLUMNS, *FIELD_COLUMNS])
    bold = Font(bold=True)
    for cell in ws[1]:
        cell.font = bold
    ws.freeze_panes = "A2"
    money = money_format(replace(plan.project, currency_digits=RISK_DIGITS))  # as the view
    rows = [register_cells(plan, r) + field_cells(r) for r in view.shown]
    for values in [*rows, *totals]:
        ws.append([writable_text(v) if isinstance(v, str) else v for v in values])
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and is_risky_text(cell.value):
                cell.data_type = "s"  # text, never a formula
        line = ws[ws.max_row]
        line[2].number_format = line[16].number_format = "0%"
        for c in (*_MONEY, 17, 18):
            line[c].number_format = money
    for row in ws.iter_rows(min_row=len(rows) + 2):
        for cell in row:
            cell.font = bold
    if note:
        ws.append([])
        ws.append(["", note])
    for letter, width in zip(
        "ABCDEFGHIJK", (7, 36, 11, 12, 12, 18, 40, 12, 11, 10, 40), strict=True
    ):
        ws.column_dimensions[letter].width = width
    try:
        book.save(path)
    except OSError as exc:
        raise AppError(f"{path.name}: cannot write ({exc.strerror or exc})") from exc
