"""The client workbook: Plan, Gantt, Budget, Cash Flow, Team, Risks and About sheets.

Written with openpyxl in write-only mode: rows stream straight to the file.
Every cell format is a named style registered once per workbook; cells share
its style array (``Cell(style_array=...)``) instead of setting font, fill and
number format cell by cell, and one cell per column and format is reused row
after row (:class:`Pen`). Even so openpyxl spends some 15-20 µs on each of
the ~300,000 cells of a 10,000-task plan, so that export takes several
seconds (see tests/bench/test_bench_excel.py); callers run it off the GUI
thread with progress: ``progress(done, total)`` hears every few hundred
rows, and a cancelled export stops at the next report and leaves no file,
neither at the target nor among openpyxl's per-sheet temporary files.

Text is only ever written as text, never as a formula or an error value: a
user's text is typed as a string after it is assigned, and text a spreadsheet
could take for a formula (starting with ``= + - @``, tab or CR) or an error
(``#N/A``) also gets Excel's quote prefix, so editing the cell keeps it text.
A hidden ``_gantry`` sheet carries the snapshot of the plan as exported and
the text of every editable cell: the base of the reviewed round trip.

Each sheet's writer is a module of its own (``workbook_plan_sheet``,
``workbook_gantt_sheet``, ``workbook_budget_sheet``, ``workbook_cash_flow_sheet``, ``workbook_team_sheet``,
``workbook_risk_sheet``, ``workbook_about_sheet``, ``workbook_snapshot_sheet``);
this one puts them in a file, counting rows for progress (``workbook_steps``).
"""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from app.domain.costs import CostReport, compute_costs
from app.domain.day_names import ENGLISH, DateNames
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule as run_schedule
from app.io.excel_export_choice import (
    FULL_EXPORT,
    ExportChoice,
    dropped_columns,
    handoff_plan,
    left_out_words,
    sheets_sent,
)
from app.io.workbook_about_sheet import about_sheet
from app.io.workbook_accrual import has_accruals
from app.io.workbook_budget_sheet import budget_sheet
from app.io.workbook_cash_flow_sheet import cash_flow_sheet, write_cash_flow_sheet
from app.io.workbook_cells import plan_rows, writable_text
from app.io.workbook_custom import custom_columns, write_lists_sheet
from app.io.workbook_format import Formats, money_format
from app.io.workbook_gantt_sheet import gantt_sheet
from app.io.workbook_hyperlinks import has_hyperlinks
from app.io.workbook_plan_sheet import plan_sheet
from app.io.workbook_rates_sheet import rates_sheet
from app.io.workbook_risk_sheet import risk_sheet
from app.io.workbook_snapshot_sheet import snapshot_sheet
from app.io.workbook_steps import ExportCancelledError as ExportCancelledError  # re-exported: tests
from app.io.workbook_steps import Progress, Steps
from app.io.workbook_team_sheet import team_sheet
from app.io.workbook_work_columns import work_hours


def write_workbook(
    plan: Plan, path: Path, *, progress: Progress | None = None, **options: Any
) -> None:
    """Write the client workbook (to a temporary file first: a failed save leaves no half file).

    Options: ``now`` (datetime) stamps the export time in About; ``schedule`` and
    ``costs`` reuse results the caller already has for this very plan; ``choice``
    (:class:`ExportChoice`, default everything) says which sheets and details go out;
    ``date_names`` (app.domain.day_names.DateNames, default English) the language of the
    Gantt and Cash Flow sheets' months (``Mär 2027``: the caller's locale's).

    ``progress(done, total)`` is called every few hundred rows (``done`` grows and
    the last call is ``(total, total)``, once the file is saved but before it
    replaces the target). When it returns False (or raises) the export stops with
    :class:`ExportCancelledError` (or that exception): the target is left as it
    was and every temporary file is gone.
    """
    now: datetime = options.get("now") or datetime.now().replace(microsecond=0)
    sched: Schedule = options.get("schedule") or run_schedule(plan)
    costs: CostReport = options.get("costs") or compute_costs(plan, sched)
    # what goes out (excel_export_choice): the plan's dates are its own, as scheduled with
    # every calendar; rates, costs, risks, notes and people left out are in no sheet
    choice: ExportChoice = options.get("choice") or FULL_EXPORT
    sent = handoff_plan(plan, choice)
    if not choice.keeps_costs:
        costs = compute_costs(sent, sched)  # hours and over-allocations, no money
    rows = plan_rows(sent, sched, costs.task_cost if choice.keeps_costs else {}, True)
    money = money_format(sent.project)
    # Plan, Gantt and Budget rows, people, risks; About, the snapshot and the save one each.
    budget = len(rows) if choice.keeps_costs else 0
    people = len(sent.resources) if choice.team else 0
    steps = Steps(progress, 2 * len(rows) + budget + people + len(sent.risks) + 3)
    steps.report()  # (0, total): the caller knows the size before the slow part

    book = Workbook(write_only=True)
    target = Path(path)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        fmt = Formats(book, money, sent.project.name, sent.project.page_setup, sent.project)
        # custom task fields: a column each after Notes, titled as the header cell holds it
        # (the snapshot names the columns a returned workbook's edits are read from)
        custom = [(writable_text(title), name) for title, name in custom_columns(sent)]
        accruals = has_accruals(sent)  # a Fixed cost accrual column (workbook_accrual)
        left_out = dropped_columns(choice)
        # Work and Remaining Work: the estimates a product owner reviews (no money in them)
        work = work_hours(costs, (r.uid for r in rows)) if choice.work else None
        plan_sheet(
            book, fmt, rows, steps, sent, custom, has_hyperlinks(sent), accruals, left_out, work
        )
        names: DateNames = options.get("date_names") or ENGLISH
        gantt_sheet(book, fmt, rows, sched, steps, names)
        if choice.keeps_costs:
            budget_sheet(book, fmt, rows, costs, steps, (sent, sched, now))
            # the Cash Flow report by month, top-level tasks (a view: never read back)
            flow = cash_flow_sheet(sent, sched, costs, names)
            write_cash_flow_sheet(book, fmt, flow, sent.project.currency_digits)
        if choice.team:
            team_sheet(book, fmt, sent, costs, steps, money=choice.keeps_costs)
            if choice.keeps_costs:  # each person's rate tables A-E (a view: never read back)
                rates_sheet(book, fmt, sent)
        if choice.risks:
            risk_sheet(book, fmt, sent, steps, choice.keeps_costs)
        about_sheet(book, fmt, sent, now, sheets_sent(choice), left_out_words(choice))
        steps.row()
        if choice.roundtrip:
            snapshot_sheet(book, sent, rows, custom, left_out_words(choice))
        write_lists_sheet(book, fmt, sent.project, custom)  # the drop-downs' values, hidden
        steps.row()
        target.parent.mkdir(parents=True, exist_ok=True)
        book.save(temporary)
        steps.last()
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)
        _drop_sheet_files(book)


def _drop_sheet_files(book: Workbook) -> None:
    """Close and delete the temporary files of sheets a stopped export never saved.

    A write-only sheet streams its rows to a file in the system temp folder and
    only ``save`` deletes it (openpyxl's own clean-up waits for the program to
    exit). After a save there is nothing left to do here.
    """
    for ws in book.worksheets:
        writer = ws._writer
        if writer is None:
            continue
        with suppress(Exception):  # the row stream first: it writes through the file's stream
            if ws._rows is not None:
                ws._rows.close()
        with suppress(Exception):
            writer.close()
        if writer.out in ALL_TEMP_FILES:
            Path(writer.out).unlink(missing_ok=True)
            ALL_TEMP_FILES.remove(writer.out)
