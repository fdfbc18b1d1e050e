"""Budget and roster on paper: simple HTML tables printed or saved as PDF through Qt.

The Gantt has its own page layout (app.report); these two views are tables,
which QTextDocument paginates well enough (header row repeated per page).
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.earned_value import ZERO, earned_value, project_earned_value
from app.domain.resource import ResourceType
from app.ui.budget.money import money
from app.ui.document import Document

_STYLE = (
    "<style>body{font-family:sans-serif;font-size:9pt}"
    "table{border-collapse:collapse;width:100%}"
    "th{background:#e8e8e8;text-align:left;padding:3px}"
    "td{padding:2px 4px;border-bottom:1px solid #ddd}"
    "td.n{text-align:right}tr.s td{font-weight:bold}</style>"
)


def _table(headers: list[str], rows: list[tuple[list[str], bool]], numeric_from: int) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for cells, strong in rows:
        tds = "".join(
            f'<td class="n">{escape(c)}</td>' if i >= numeric_from else f"<td>{escape(c)}</td>"
            for i, c in enumerate(cells)
        )
        body.append(f'<tr class="s">{tds}</tr>' if strong else f"<tr>{tds}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def budget_html(document: Document, status_date: datetime) -> str:
    """The budget by WBS with earned value at the status date, as one HTML page."""
    plan = document.plan
    costs = document.costs
    sym = plan.project.currency_symbol
    values = earned_value(plan, document.schedule, costs, status_date)
    wbs = plan.wbs_codes()
    rows: list[tuple[list[str], bool]] = []
    for i, t in enumerate(plan.tasks):
        ev = values.get(t.uid, ZERO)
        base = costs.task_baseline_cost.get(t.uid)
        variance = costs.variance(t.uid)
        rows.append(
            (
                [
                    wbs[i],
                    "\u00a0\u00a0" * (t.outline_level - 1) + t.name,
                    "" if base is None else money(sym, base),
                    money(sym, costs.task_cost.get(t.uid, 0.0)),
                    money(sym, costs.task_actual_cost.get(t.uid, 0.0)),
                    "" if variance is None else money(sym, variance),
                    "" if base is None else money(sym, ev.pv),
                    "" if base is None else money(sym, ev.ev),
                    "" if ev.cpi is None or base is None else f"{ev.cpi:.2f}",
                    "" if ev.spi is None or base is None else f"{ev.spi:.2f}",
                ],
                plan.is_summary(t.uid),
            )
        )
    total = project_earned_value(plan, values)
    budget = "no baseline" if costs.budget is None else money(sym, costs.budget)
    summary = (
        f"<p>Budget {escape(budget)} &middot; forecast {escape(money(sym, costs.total_cost))}"
        f" &middot; actual {escape(money(sym, costs.total_actual_cost))}"
        f" &middot; EAC {escape(money(sym, total.eac))}"
        f" &middot; earned value at {status_date:%Y-%m-%d}</p>"
    )
    headers = ["WBS", "Task", "Budget", "Forecast", "Actual", "Variance", "PV", "EV", "CPI", "SPI"]
    title = f"<h2>{escape(plan.project.name)}: budget</h2>"
    return _STYLE + title + summary + _table(headers, rows, 2)


def roster_html(document: Document) -> str:
    """The team roster with each person's work, cost and over-allocation, as one HTML page."""
    plan = document.plan
    costs = document.costs
    sym = plan.project.currency_symbol
    rows: list[tuple[list[str], bool]] = []
    for r in plan.resources:
        over = r.uid in costs.overallocated
        rows.append(
            (
                [
                    r.name,
                    r.type.name.title(),
                    r.role,
                    r.email,
                    f"{r.max_units * 100:g}%" if r.type is ResourceType.WORK else "",
                    money(sym, r.standard_rate),
                    f"{costs.resource_work_minutes.get(r.uid, 0) / 60:,.0f}h",
                    money(sym, costs.resource_cost.get(r.uid, 0.0)),
                    "over-allocated" if over else "",
                ],
                over,
            )
        )
    headers = ["Name", "Type", "Role", "Email", "Max units", "Rate", "Work", "Cost", ""]
    title = f"<h2>{escape(plan.project.name)}: team</h2>"
    return _STYLE + title + _table(headers, rows, 4)


def html_to_pdf(html: str, path: Path, landscape: bool = True) -> None:
    """Write HTML as an A4 PDF."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageOrientation(orientation)
    writer.setPageMargins(QMarginsF(12, 12, 12, 12))
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)


def print_html(parent: QWidget, html: str, title: str) -> bool:
    """Ask for a printer and print; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(printer)
    return True
