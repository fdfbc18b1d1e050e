"""What ``gantry risks`` prints and writes, and how ``gantry risk`` reads its options' values
(app/cli/risk_command.py): the register's lines, its JSON, its CSV/workbook/PDF, and each
typed field read by the rules of the Risks view (40 or 0.4 is 40 %, 12,000 an amount)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from app.cli.option_words import parse_day
from app.domain.custom_fields import TEXT_LIMIT, checked_text
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.risk import (
    RISK_DIGITS,
    contingency_reserve,
    non_negative,
    open_exposure,
    read_probability,
)
from app.domain.risk_fields import shown_day
from app.domain.risk_register import RegisterView, risk_id
from app.domain.risk_typing import (
    format_task_refs,
    parse_response,
    parse_status,
    parse_task_refs,
)
from app.domain.risk_watch import Overdue, overdue, overdue_line, watch_day
from app.domain.typed_money import read_typed_money
from app.domain.typed_rates import plain_number

_PROSE_LIMIT = 4000  # a mitigation or description: a paragraph, on one line


def typed_fields(plan: Plan, given: dict[str, str]) -> dict[str, Any]:
    """The Risk fields the options set, read as the Risks view reads them; an unreadable
    value is one InputError naming its option ("--probability: '140' is not between...")."""
    project = plan.project
    fields: dict[str, Any] = {}
    for option, text in given.items():
        shown = f"--{option}"
        try:
            if option == "title":
                title = checked_text(text, shown, "the title", TEXT_LIMIT)
                if not title:
                    raise InputError("a risk needs a title")
                fields["title"] = title
            elif option == "probability":
                fields["probability"] = read_probability(text)
            elif option in ("impact", "contingency"):
                fields[option] = non_negative(f"the {option}", _typed_money(project, text))
            elif option == "status":
                fields["status"] = parse_status(text)
            elif option == "tasks":
                fields["task_uids"] = parse_task_refs(plan, text) if text.strip() else ()
            elif option in ("raised", "next-review", "trigger-date"):
                day = parse_day(text, shown) if text.strip() else None
                fields[option.replace("-", "_")] = day
            elif option == "response":
                fields["response"] = parse_response(text) if text.strip() else None
            elif option == "residual-probability":
                value = read_probability(text) if text.strip() else None
                fields["residual_probability"] = value
            elif option == "residual-impact":
                fields["residual_impact"] = (
                    non_negative("the impact", _typed_money(project, text))
                    if text.strip()
                    else None
                )
            elif option == "owner":
                fields["owner"] = checked_text(text, shown, "the owner", TEXT_LIMIT)
            else:
                fields[option] = checked_text(text, shown, f"the {option}", _PROSE_LIMIT)
        except InputError as exc:
            message = str(exc)
            raise InputError(
                message if message.startswith(shown) else f"{shown}: {message}"
            ) from None
    return fields


def probability_notes(given: dict[str, str]) -> list[str]:
    """A note for each probability typed as a bare ``1``: the register's rule (a whole number
    is a percentage, app.domain.risk.read_probability) reads it as 1 %, where a PM typing
    the fraction's way meant a certain risk; taken as the rule says, but said."""
    notes = []
    for option in ("probability", "residual-probability"):
        text = given.get(option, "").strip()
        try:
            bare_one = float(text) == 1
        except ValueError:
            continue
        if bare_one:
            notes.append(
                f"--{option} {text} is read as 1 %, as a whole number is a percentage "
                "(40 is 40 %); type 100% for a risk that is certain"
            )
    return notes


def _typed_money(project: Project, text: str) -> float:
    """An amount typed in an option, read as the Risks view reads it (app.domain.typed_money):
    in the system locale's marks, and refused when unclear against them (``12.500`` in
    English: 12,500 or 12.5?) rather than taken as €12.50."""
    from app.report.locale_numbers import system_marks  # a non-C locale loads Qt

    symbols = (project.currency_symbol, project.currency)
    marks = system_marks()
    return read_typed_money(
        text, symbols, (marks.group, marks.decimal), "", project.currency_digits
    )


def _money(plan: Plan, amount: float) -> str:
    """An amount in the reader's marks (``12.000 €`` in German), as ``gantry info`` and the
    window's Risks view write money; the C locale keeps ``12,000 €``."""
    from app.report.locale_numbers import local_money, system_marks  # a non-C locale loads Qt

    return local_money(plan.project, amount, system_marks(), digits=RISK_DIGITS)


def total_lines(plan: Plan, view: RegisterView) -> list[tuple[str, float, float]]:
    """The totals printed under the register: those of the risks shown, then the reserve of
    the risks not closed (the Risks view's own line) when the risks shown are not those."""
    count = len(view.shown)
    lines = [
        (f"Total of the {count} risk{'s' * (count != 1)} shown", view.exposure, view.contingency)
    ]
    live = {r.uid for r in plan.risks if r.status.value != "closed"}
    if {r.uid for r in view.shown} != live:
        lines.append(
            (
                "Risks not closed (contingency reserve)",
                open_exposure(plan.risks),
                contingency_reserve(plan.risks),
            )
        )
    return lines


def print_register(plan: Plan, view: RegisterView, out: TextIO, day: date | None = None) -> None:
    """The register as aligned lines, its totals and what the filter left out; a risk whose
    trigger or review date is before ``day`` (None: the plan's status date, else today) is
    marked in a Past column and counted."""
    day = day or watch_day(plan.project, datetime.now())
    head: tuple[str, ...] = ("ID", "Risk", "Prob.", "Impact", "Exposure", "Owner", "Status")
    head += ("Tasks",)
    rows: list[tuple[str, ...]] = [
        (
            risk_id(r.uid),
            r.title if len(r.title) <= 40 else r.title[:39] + "…",
            f"{plain_number(round(r.probability * 100, 1))}%",
            _money(plan, r.impact),
            _money(plan, r.exposure),
            r.owner,
            r.status.label,
            format_task_refs(plan, r.task_uids),
        )
        for r in view.shown
    ]
    late = overdue_line(view.shown, day)
    if late:  # only then: a register with nothing past prints as before
        head += ("Past",)
        rows = [(*row, overdue(r, day).mark()) for row, r in zip(rows, view.shown, strict=True)]
    widths = [max(len(str(c)) for c in col) for col in zip(head, *rows, strict=True)]
    right = {2, 3, 4}
    for row in (head, *rows):
        cells = [
            str(c).rjust(w) if i in right else str(c).ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.write("  ".join(cells).rstrip() + "\n")
    if not rows:
        out.write("(no risk)\n")
    for label, exposure, reserve in total_lines(plan, view):
        out.write(
            f"{label}: exposure {_money(plan, exposure)}, contingency {_money(plan, reserve)}\n"
        )
    if late:
        ids = ", ".join(risk_id(r.uid) for r in view.shown if overdue(r, day))
        out.write(f"{late}: {ids}\n")
    note = view.note()
    if note:
        out.write(note + "\n")


def register_json(plan: Plan, view: RegisterView, day: date | None = None) -> str:
    """The register as JSON: ``risks`` (each with ``id`` R-07, ``uid``, the fields, ``tasks``
    by row ID and ``task_uids``, and ``past``: its trigger date or next review before ``day``,
    as field names), the totals of those shown, the reserve, the filter's note, and the day
    the dates were checked at (``checked_at``: ``day``, None: the status date, else today)."""
    day = day or watch_day(plan.project, datetime.now())
    risks = [
        {
            "id": risk_id(r.uid),
            "uid": r.uid,
            "title": r.title,
            "probability": r.probability,
            "impact": r.impact,
            "exposure": round(r.exposure, 2),
            "owner": r.owner,
            "mitigation": r.mitigation,
            "contingency": r.contingency,
            "status": r.status.value,
            "tasks": [plan.index_of(u) + 1 for u in r.task_uids if plan.has_task(u)],
            "task_uids": [u for u in r.task_uids if plan.has_task(u)],
            "description": r.description,
            "category": r.category,
            "response": None if r.response is None else r.response.value,
            "raised": None if r.raised is None else r.raised.isoformat(),
            "next_review": None if r.next_review is None else r.next_review.isoformat(),
            "closed": None if r.closed_on is None else r.closed_on.isoformat(),
            "residual_probability": r.residual_probability,
            "residual_impact": r.residual_impact,
            "residual_exposure": r.residual_exposure,
            "trigger": r.trigger,
            "trigger_date": None if r.trigger_date is None else r.trigger_date.isoformat(),
            "past": _past(overdue(r, day)),
        }
        for r in view.shown
    ]
    data = {
        "currency": plan.project.currency,
        "risks": risks,
        "shown": len(view.shown),
        "not_shown": len(view.left_out),
        "exposure": round(view.exposure, 2) + 0.0,  # never -0.0
        "contingency": round(view.contingency, 2) + 0.0,
        "open_exposure": round(open_exposure(plan.risks), 2) + 0.0,
        "contingency_reserve": round(contingency_reserve(plan.risks), 2) + 0.0,
        "note": view.note(),
        "checked_at": day.isoformat(),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _past(late: Overdue) -> list[str]:
    """The fields past the day checked: ``trigger_date``, ``next_review`` (none: [])."""
    fields = (("trigger_date", late.trigger_date), ("next_review", late.next_review))
    return [name for name, day in fields if day is not None]


def write_register(plan: Plan, view: RegisterView, output: Path, sort: str) -> None:
    """The register at ``output``: .csv, .xlsx or .pdf by its extension."""
    from app.io.risk_register_files import (
        REGISTER_COLUMNS,
        register_cells,
        total_cells,
        write_register_csv,
        write_register_xlsx,
    )

    totals = [total_cells(*line) for line in total_lines(plan, view)]
    note = view.note()
    kind = output.suffix.lower()
    if kind == ".csv":
        write_register_csv(plan, view, totals, output)
        return
    if kind == ".xlsx":
        write_register_xlsx(plan, view, totals, note, output)
        return
    from app.report.risk_printout import write_register_pdf

    money_columns = {3, 4, 7}

    def shown(cells: list[object]) -> list[str]:
        texts = []
        for i, c in enumerate(cells):
            if i == 2 and isinstance(c, float):
                texts.append(f"{plain_number(round(c * 100, 1))}%")
            elif i in money_columns and isinstance(c, int | float):
                texts.append(_money(plan, float(c)))
            else:
                texts.append(str(c))
        return texts

    descending = sort in ("exposure", "probability", "impact", "contingency")
    sorted_by = f"Sorted by {sort.capitalize()}" + (" (descending)" if descending else "")
    sorted_by = sorted_by if sort else ""
    said = " · ".join(p for p in (note, sorted_by) if p)
    rows = [shown(register_cells(plan, r)) for r in view.shown]
    headers: tuple[str, ...] = REGISTER_COLUMNS
    if any(r.trigger or r.trigger_date for r in view.shown):  # as the view shows them: once used
        headers += ("Trigger", "Trigger date")
        rows = [
            [*row, r.trigger, shown_day(r.trigger_date)]
            for row, r in zip(rows, view.shown, strict=True)
        ]
    from app.report.risk_matrix_page import heat_map_page

    write_register_pdf(
        output,
        plan.project.name,
        headers,
        rows,
        [shown(t) for t in totals],
        said,
        heat_map_page(plan, view),
    )
