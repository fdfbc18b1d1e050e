"""The client workbook's Risks sheet: the risk register, tasks named by their # on the
Plan sheet (moved out of excel_export.py; read back by register_sheets.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from weakref import WeakKeyDictionary

from openpyxl import Workbook
from openpyxl.styles import NamedStyle
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.risk import RISK_DIGITS, Risk
from app.domain.risk_fields import shown_day
from app.io.register_sheets import (
    RISK_COLUMNS,
    RISK_SHEET,
    plan_numbers,
    status_shown,
    task_numbers_text,
)
from app.io.workbook_format import (
    Formats,
    Pen,
    finite,
    fit,
    money_format,
    sheet_font,
    styled_cell,
    table,
    unflag_numbers_as_text,
)
from app.io.workbook_print import print_used_range
from app.io.workbook_steps import Steps

_WIDEST_PROSE = 60.0  # mitigations: long prose is read in the cell itself


# Each workbook's whole-unit money style, registered once (the Budget sheet's risk reserve
# and the Risks sheet share it).
_WHOLE_MONEY: WeakKeyDictionary[Workbook, StyleArray] = WeakKeyDictionary()


def whole_money(book: Workbook, project: Project) -> StyleArray:
    """The register's money format: whole units (RISK_DIGITS), as the Risks view, its
    printout, the Budget view's reserve and the status report show an estimate."""
    style = _WHOLE_MONEY.get(book)
    if style is None:
        whole = replace(project, currency_digits=RISK_DIGITS)
        money = money_format(whole)
        named = NamedStyle(name="Gantry risk money", number_format=money, font=sheet_font())
        book.add_named_style(named)
        style = _WHOLE_MONEY[book] = named.as_tuple()
    return style


def register_cells(
    ws: Any, fmt: Formats, pens: tuple[Pen, Pen], r: Risk, money: StyleArray | None
) -> tuple[object, ...]:
    """A risk's register fields on its row: category and response as text, dates as
    YYYY-MM-DD text (as read back), residual probability a percentage and residual impact
    money (blank in a hand-off without costs: ``money`` None), then the trigger's text and
    date. ``pens``: the Category's and the Trigger's (a cell each, text that looks like a
    formula in both)."""
    residual_p = r.residual_probability
    residual_i = r.residual_impact
    pen, trigger = pens
    return (
        fmt.text(pen, r.category),
        "" if r.response is None else r.response.label,
        shown_day(r.raised),
        shown_day(r.next_review),
        shown_day(r.closed_on),
        None if residual_p is None else styled_cell(ws, finite(residual_p), fmt.percent),
        None if residual_i is None or money is None else styled_cell(ws, finite(residual_i), money),
        fmt.text(trigger, r.trigger),
        shown_day(r.trigger_date),
    )


def risk_sheet(
    book: Workbook, fmt: Formats, plan: Plan, steps: Steps, with_money: bool = True
) -> None:
    """One row per risk; without ``with_money`` (a client hand-off without costs) the
    Impact, Exposure and Contingency cells are blank."""
    risks = plan.risks
    numbers = plan_numbers(plan)  # the Tasks cell names tasks by their # on the Plan sheet
    tasks = [task_numbers_text(r.task_uids, numbers) for r in risks]
    titles = fit(36, (r.title for r in risks))
    owners = fit(18, (r.owner for r in risks))
    plans = fit(36, (r.mitigation for r in risks), _WIDEST_PROSE)
    about = fit(36, (r.description for r in risks), _WIDEST_PROSE)
    categories = fit(12, (r.category for r in risks))
    widths: tuple[float, ...] = (6, titles, 11, 14, 14, owners, plans, 14, 12, fit(10, tasks))
    triggers = fit(24, (r.trigger for r in risks), _WIDEST_PROSE)
    widths += (about, categories, 11, 12, 12, 12, 12, 14)  # then the register's own fields
    widths += (triggers, 12)  # the trigger and its date
    tasks_column = get_column_letter(RISK_COLUMNS.index("Tasks") + 1)
    ws = table(
        book,
        fmt,
        RISK_SHEET,
        RISK_COLUMNS,
        widths,
        len(risks),
        hidden_columns=("A",),
        text_columns=(tasks_column,),  # Text: 3,4 typed stays two tasks, not the number 34
    )
    unflag_numbers_as_text(ws, [tasks_column], len(risks))  # "3" is a #, written as text
    title, owner, mitigation, linked, description = (Pen(ws) for _ in range(5))
    fields = (Pen(ws), Pen(ws))  # the Category's and the Trigger's
    money = whole_money(book, plan.project)
    for r, task_text in zip(risks, tasks, strict=True):
        ws.append(
            (
                r.uid,
                fmt.text(title, r.title),
                styled_cell(ws, finite(r.probability), fmt.percent),
                styled_cell(ws, finite(r.impact), money) if with_money else None,
                # the figure the view shows (whole units), not one Excel would round again
                styled_cell(ws, finite(round(r.exposure, RISK_DIGITS)), money)
                if with_money
                else None,
                fmt.text(owner, r.owner),
                fmt.text(mitigation, r.mitigation),
                styled_cell(ws, finite(r.contingency), money) if with_money else None,
                status_shown(r.status),
                fmt.kept_text(linked, task_text),
                fmt.text(description, r.description),
                *register_cells(ws, fmt, fields, r, money if with_money else None),
            )
        )
        steps.row()
    print_used_range(ws, len(RISK_COLUMNS))
