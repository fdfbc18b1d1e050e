"""The client workbook's About sheet: what the workbook is and how to send it back
(moved out of excel_export.py), and the plan's name and currency read back from it when
the hidden _gantry sheet is gone (app.io.workbook_registers_recovered).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook

from app.domain.plan import Plan
from app.io.workbook_cells import excel_cannot_hold, writable_text
from app.io.workbook_format import (
    WIDEST,
    Formats,
    Pen,
    fit,
    is_risky,
    new_sheet,
    quoted,
    styled_cell,
)
from app.io.workbook_print import print_setup, print_used_range
from app.io.workbook_snapshot_sheet import FORMAT_VERSION

ABOUT_SHEET = "About"
PROJECT = "Project"
CURRENCY = "Currency"
CURRENCY_SYMBOL = "Currency symbol"
STATUS_DATE = "Status date"
PROJECT_START = "Project start"
MANAGER = "Manager"
NOT_INCLUDED = "Not included"  # what a client hand-off left out (excel_export_choice)


def about_sheet(
    book: Workbook,
    fmt: Formats,
    plan: Plan,
    now: datetime,
    sheets: Sequence[str] = ("Plan", "Team", "Risks"),
    left_out: Sequence[str] = (),
) -> None:
    """What the workbook is; ``sheets``: those a client edits and sends back (none: the
    workbook carries no round-trip data), ``left_out``: what it does not carry, said to
    the client and to a read without the _gantry sheet (excel_export_choice)."""
    project = plan.project
    facts: tuple[tuple[str, object], ...] = (
        (PROJECT, project.name),
        ("Exported by", "Gantry"),
        ("Format version", FORMAT_VERSION),
        ("Exported at", now),
        (PROJECT_START, project.start),
        # what progress is measured to (MS Project's Project Information); blank: none set
        (STATUS_DATE, project.status_date),
        (CURRENCY, project.currency),
        (CURRENCY_SYMBOL, project.currency_symbol),
        # who manages the project (Project Information), for the client who gets the book
        *(((MANAGER, project.manager),) if project.manager else ()),
        ("Tasks", len(plan.tasks)),
        ("Round trip", _round_trip_text(sheets)),
        *(((NOT_INCLUDED, "; ".join(left_out)),) if left_out else ()),
    )
    # As wide as its longest text, on one printed page: the note ran onto a third page.
    texts = (v for _k, v in facts if isinstance(v, str))
    widths = (22, fit(60, texts, WIDEST + 40))
    ws = new_sheet(book, "About", dict(enumerate(widths)))
    print_setup(ws, fmt.paper, fmt.title, widths, title_rows=None)  # no title row
    ws.page_setup.fitToHeight = 1
    ws.print_options.gridLines = False  # a list, not a table
    pen = Pen(ws)
    for key, value in facts:
        value = excel_cannot_hold(value) or value  # a project start before 1900: as text
        if isinstance(value, str):
            cell = pen.text(writable_text(value), quoted(fmt.left) if is_risky(value) else fmt.left)
        else:
            cell = styled_cell(
                ws, value, fmt.stamp_left if isinstance(value, datetime) else fmt.left
            )
        ws.append((styled_cell(ws, key, fmt.bold), cell))
    print_used_range(ws, len(widths))


def _round_trip_text(sheets: Sequence[str]) -> str:
    """How the client sends edits back, naming the sheets the workbook has."""
    if not sheets:
        return "A copy to read: Gantry opens it as a plan of its own, not as changes to review."
    named = sheets[0] if len(sheets) == 1 else f"{', '.join(sheets[:-1])} and {sheets[-1]}"
    word = "sheet" if len(sheets) == 1 else "sheets"
    return (
        f"Edit the {named} {word} and send the workbook back: Gantry shows every change for review."
    )


def about_facts(rows: Sequence[Sequence[object]]) -> dict[str, str]:
    """The About sheet's facts as text by their label (``{"Project": "Brno office"}``), a
    blank one left out: what a workbook whose _gantry sheet is gone still says of its plan."""
    out: dict[str, str] = {}
    for row in rows:
        if len(row) < 2 or not isinstance(row[0], str):
            continue
        value = row[1]
        text = value.strip() if isinstance(value, str) else "" if value is None else str(value)
        if text:
            out.setdefault(row[0].strip(), text)
    return out
