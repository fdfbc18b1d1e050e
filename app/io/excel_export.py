"""The client workbook: Plan, Gantt, Budget, Team, Risks and About sheets.

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
"""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from app.domain.costs import CostReport, compute_costs
from app.domain.custom_fields import FieldKind, kind_of
from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule as run_schedule
from app.domain.task import Task
from app.io.plan_snapshot import plan_to_json
from app.io.register_sheets import (
    RISK_COLUMNS,
    RISK_SHEET,
    TEAM_COLUMNS,
    TEAM_SHEET,
    plan_numbers,
    rate_unit_shown,
    shown_rate,
    task_numbers_text,
)
from app.io.workbook_accrual import (
    ACCRUAL_TITLE,
    ACCRUAL_WIDTH,
    accrual_cell,
    add_accrual_list,
    has_accruals,
)
from app.io.workbook_cells import (
    EDITABLE,
    PLAN_COLUMNS,
    PLAN_SHEET,
    SNAPSHOT_SHEET,
    PlanRow,
    exported_row,
    plan_rows,
    writable_text,
)
from app.io.workbook_custom import (
    add_value_lists,
    cell_value,
    custom_columns,
    exported_texts,
    write_lists_sheet,
)
from app.io.workbook_format import (
    BAR,
    CRITICAL,
    PLAIN,
    SUMMARY,
    WIDEST,
    Formats,
    Pen,
    finite,
    fit,
    fit_names,
    is_risky,
    landscape,
    money_format,
    new_sheet,
    page_starts,
    quoted,
    styled_cell,
    table,
    unflag_numbers_as_text,
)
from app.io.workbook_hyperlinks import (
    HYPERLINK_TITLE,
    HYPERLINK_WIDTH,
    has_hyperlinks,
    hyperlink_cell,
)

if TYPE_CHECKING:  # openpyxl has no public name for the class of a write-only sheet
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FORMAT_VERSION = 1
_CHUNK = 30000  # characters per snapshot cell (Excel allows 32767)
_MAX_DAY_COLUMNS = 120
_MAX_GANTT_COLUMNS = 400

_REPORT_EVERY = 250  # rows between progress reports (some 50 ms of a large export)
_WIDEST_GANTT_NAME = 48.0  # repeated on each printed page of the Gantt sheet
_WIDEST_PROSE = 60.0  # mitigations: long prose is read in the cell itself
# Plan sheet lists (people, predecessors, notes): the sheet prints fitted to the page
# width, so every character here makes the whole printout smaller.
_WIDEST_LIST = 44.0

Progress = Callable[[int, int], bool | None]
"""``progress(done, total)``: how many rows of all sheets are written; False stops the export."""


class ExportCancelledError(AppError):
    """The caller's progress callback asked the export to stop; no file was written."""


class _Steps:
    """Counts the rows written across all sheets and reports them every few hundred."""

    __slots__ = ("_progress", "_told", "done", "total")

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress = progress
        self._told = 0
        self.done = 0
        self.total = total

    def row(self) -> None:
        """One more row written; report when enough have gone since the last report."""
        self.done += 1
        if self.done - self._told >= _REPORT_EVERY:
            self.report()

    def last(self) -> None:
        """The last step is done (``done`` is now ``total``): report it, once."""
        self.done += 1
        self.report()

    def report(self) -> None:
        """Tell the caller how far the export is; stop it if the caller says so."""
        self._told = self.done
        if self._progress is not None and self._progress(self.done, self.total) is False:
            raise ExportCancelledError("Export cancelled")


def write_workbook(
    plan: Plan, path: Path, *, progress: Progress | None = None, **options: Any
) -> None:
    """Write the client workbook (to a temporary file first: a failed save leaves no half file).

    Options: ``now`` (datetime) stamps the export time in About; ``schedule`` and
    ``costs`` reuse results the caller already has for this very plan.

    ``progress(done, total)`` is called every few hundred rows (``done`` grows and
    the last call is ``(total, total)``, once the file is saved but before it
    replaces the target). When it returns False (or raises) the export stops with
    :class:`ExportCancelledError` (or that exception): the target is left as it
    was and every temporary file is gone.
    """
    now: datetime = options.get("now") or datetime.now().replace(microsecond=0)
    sched: Schedule = options.get("schedule") or run_schedule(plan)
    costs: CostReport = options.get("costs") or compute_costs(plan, sched)
    rows = plan_rows(plan, sched, costs.task_cost, recurring_people=True)
    money = money_format(plan.project)
    # Plan, Gantt and Budget rows, people, risks; About, the snapshot and the save one each.
    steps = _Steps(progress, 3 * len(rows) + len(plan.resources) + len(plan.risks) + 3)
    steps.report()  # (0, total): the caller knows the size before the slow part

    book = Workbook(write_only=True)
    target = Path(path)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        fmt = Formats(book, money, plan.project.name)
        # custom task fields: a column each after Notes, titled as the header cell holds it
        # (the snapshot names the columns a returned workbook's edits are read from)
        custom = [(writable_text(title), name) for title, name in custom_columns(plan)]
        accruals = has_accruals(plan)  # a Fixed cost accrual column (workbook_accrual)
        _plan_sheet(book, fmt, rows, steps, plan, custom, has_hyperlinks(plan), accruals)
        _gantt_sheet(book, fmt, rows, sched, steps)
        _budget_sheet(book, fmt, rows, costs, steps)
        _team_sheet(book, fmt, plan, costs, steps)
        _risk_sheet(book, fmt, plan, steps)
        _about_sheet(book, fmt, plan, now)
        steps.row()
        _snapshot_sheet(book, plan, rows, custom)
        write_lists_sheet(book, fmt, plan.project, custom)  # the drop-downs' values, hidden
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


def _plan_sheet(
    book: Workbook,
    fmt: Formats,
    rows: list[PlanRow],
    steps: _Steps,
    plan: Plan,
    custom: list[tuple[str, str]],
    links: bool = False,
    accruals: bool = False,
) -> None:
    widths = (
        8,
        6,
        fit(9, (r.wbs for r in rows)),
        fit_names(48, rows),
        10,
        12,
        12,
        fit(16, (r.predecessors for r in rows), _WIDEST_LIST),
        fit(24, (r.people for r in rows), _WIDEST_LIST),
        11,
        12,
        14,
        fit(12, (r.notes for r in rows), _WIDEST_LIST),  # empty, it shrank the printout
        *(_CUSTOM_WIDTHS[kind_of(name)] for _, name in custom),
        *((HYPERLINK_WIDTH,) if links else ()),  # after the custom fields (workbook_hyperlinks)
        *((ACCRUAL_WIDTH,) if accruals else ()),  # last (workbook_accrual)
    )
    extra_titles = (*((HYPERLINK_TITLE,) if links else ()), *((ACCRUAL_TITLE,) if accruals else ()))
    ws = table(
        book,
        fmt,
        PLAN_SHEET,
        (*PLAN_COLUMNS, *(title for title, _ in custom), *extra_titles),
        widths,
        len(rows),
        hidden_columns=("A",),
        frozen_columns=PLAN_COLUMNS.index("Task") + 1,  # a wide plan scrolls past its names
        centred=("#", "Start", "Finish"),
    )
    numeric_texts = (PLAN_COLUMNS.index(t) + 1 for t in ("WBS", "Predecessors"))  # 1.1, 2
    unflag_numbers_as_text(ws, [get_column_letter(k) for k in numeric_texts], len(rows))
    date, percent, money, centred = fmt.date, fmt.percent, fmt.money, fmt.centred
    number, wbs, name, start, finish, people, pct, fixed, cost, notes = (Pen(ws) for _ in range(10))
    pens = [Pen(ws) for _ in custom]
    tasks = {t.uid: t for t in plan.tasks} if custom or links or accruals else {}
    for r in rows:
        extra = _custom_cells(fmt, plan, tasks[r.uid], custom, pens) if custom else []
        if links:
            extra = [*extra, hyperlink_cell(ws, tasks[r.uid])]
        if accruals:
            extra = [*extra, accrual_cell(tasks[r.uid])]
        ws.append(
            (
                r.uid,
                number(r.number, centred),
                fmt.text(wbs, r.wbs),
                fmt.name(name, r.name, r.level, r.summary),
                r.duration,
                start(r.start, date),
                finish(r.finish, date),
                r.predecessors or None,
                fmt.text(people, r.people),
                pct(finite(r.percent), percent),
                fixed(finite(r.fixed_cost), money),
                cost(finite(r.cost), money),
                fmt.text(notes, r.notes),
                *extra,
            )
        )
        steps.row()
    if custom:  # drop-downs for the fields with value lists
        add_value_lists(ws, plan.project, custom, len(PLAN_COLUMNS) + 1, len(rows))
    if accruals:  # Start / Prorated / End, in the last column
        add_accrual_list(ws, len(PLAN_COLUMNS) + len(custom) + len(extra_titles), len(rows))


_CUSTOM_WIDTHS = {
    FieldKind.TEXT: 16,
    FieldKind.NUMBER: 10,
    FieldKind.FLAG: 8,
    FieldKind.DATE: 12,
    FieldKind.COST: 12,
    FieldKind.DURATION: 10,
}


def _custom_cells(
    fmt: Formats, plan: Plan, task: Task, custom: list[tuple[str, str]], pens: list[Pen]
) -> list[object]:
    """A row's custom field cells: text safe from formulas, dates and money styled."""
    values = dict(task.custom)
    out: list[object] = []
    for (_, name), pen in zip(custom, pens, strict=True):
        value = cell_value(name, values.get(name), plan.project)
        kind = kind_of(name)
        if value is None:
            out.append(None)
        elif kind is FieldKind.DATE:
            out.append(pen(value, fmt.date))
        elif kind is FieldKind.COST:
            out.append(pen(value, fmt.money))
        elif isinstance(value, str):
            out.append(fmt.text(pen, value))
        else:
            out.append(value)
    return out


def _gantt_sheet(
    book: Workbook, fmt: Formats, rows: list[PlanRow], sched: Schedule, steps: _Steps
) -> None:
    """One column per day (per week for long plans); bar cells filled, critical in red."""
    first = sched.start.date()
    last = max(sched.finish.date(), first)
    step = 1 if (last - first).days + 1 <= _MAX_DAY_COLUMNS else 7
    if step == 7:
        first -= timedelta(days=first.weekday())
    periods = min((last - first).days // step + 1, _MAX_GANTT_COLUMNS)
    fixed = ("#", "Task", "Start", "Finish")
    # The row number and name print on every page (the dates only on the first: a
    # reader needs only to know the row): the name column is wide enough for most
    # names and leaves most of each page to the timeline.
    widths: dict[int, float] = {0: 6, 1: fit_names(40, rows, _WIDEST_GANTT_NAME), 2: 11, 3: 11}
    widths.update({len(fixed) + k: 3.2 if step == 1 else 4.0 for k in range(periods)})
    ws = new_sheet(book, "Gantt", widths)
    ws.freeze_panes = f"{get_column_letter(len(fixed) + 1)}3"
    ws.print_title_rows = "1:2"
    repeated = fixed.index("Task") + 1
    ws.print_title_cols = f"A:{get_column_letter(repeated)}"
    # a long timeline prints across pages, rows repeated
    landscape(ws, fit_to_width=False, title=fmt.title)
    days = [first + timedelta(days=k * step) for k in range(periods)]
    # The month over its first column, and again, greyed, over the first column of each
    # printed page (a page that began mid-month showed day numbers under no month).
    pages = set(page_starts([widths[k] for k in sorted(widths)], len(fixed), repeated))
    months = [
        d.strftime("%b %Y")
        if k == 0 or d.day <= step
        else styled_cell(ws, d.strftime("%b %Y"), fmt.continued)
        if k in pages
        else None
        for k, d in enumerate(days)
    ]
    ws.append([styled_cell(ws, "Timeline", fmt.bold), None, None, None, *months])
    labels = [
        styled_cell(
            ws, d.day, fmt.header_weekend if step == 1 and d.weekday() >= 5 else fmt.header_centre
        )
        for d in days
    ]
    ws.append(
        [styled_cell(ws, t, fmt.header if t == "Task" else fmt.header_centre) for t in fixed]
        + labels
    )
    date, centred = fmt.date, fmt.centred
    number, name, start, finish = Pen(ws), Pen(ws), Pen(ws), Pen(ws)
    mark = styled_cell(ws, "◆", fmt.milestone)
    # One empty filled cell per bar colour, placed many times: the write-only sheet
    # writes each cell of a row as it reaches it, so the same cell can stand in every
    # column of a bar (some 70,000 cells fewer to build for a 10,000-task plan).
    # Each holds a blank text: LibreOffice takes a cell with only a fill for empty and
    # leaves a page of nothing else out of a printout or PDF.
    bars = {colour: styled_cell(ws, " ", style) for colour, style in fmt.bars.items()}
    done_bars = {colour: styled_cell(ws, " ", style) for colour, style in fmt.done_bars.items()}
    for r in rows:
        cells: list[object] = [
            number(r.number, centred),
            fmt.name(name, r.name, r.level, r.summary),
            start(r.start, date),
            finish(r.finish, date),
        ]
        if r.start is not None and r.finish is not None:
            lo = (r.start.date() - first).days // step
            hi = min((r.finish.date() - first).days // step, periods - 1)
            if r.milestone:
                if 0 <= lo < periods:
                    cells.extend([None] * lo)
                    cells.append(mark)
            elif lo < periods:
                colour = SUMMARY if r.summary else CRITICAL if r.critical else BAR
                begin = max(lo, 0)
                # the first % complete of the bar is done, as MS Project draws progress
                length = (r.finish.date() - first).days // step - lo + 1
                done_until = lo + round((finite(r.percent) or 0.0) * length)
                done = max(min(done_until, hi + 1) - begin, 0)
                cells.extend([None] * begin)
                cells.extend([done_bars[colour]] * done)
                cells.extend([bars[colour]] * (hi - begin + 1 - done))
        ws.append(cells)
        steps.row()
    _gantt_legend(ws, fmt, bars, done_bars, mark, step)


def _gantt_legend(
    ws: WriteOnlyWorksheet,
    fmt: Formats,
    bars: dict[str, Cell],
    done_bars: dict[str, Cell],
    mark: Cell,
    step: int,
) -> None:
    """Below the bars, what their colours and marks mean (a client has no Gantry to ask)."""
    column = "a day" if step == 1 else "a week from Monday"
    ws.append(())
    # in the name column, which every printed page repeats
    ws.append((None, styled_cell(ws, f"Legend (each column is {column})", fmt.bold)))
    for sample, text in (
        ((bars[BAR],) * 3, "Task"),
        ((bars[CRITICAL],) * 3, "Critical task: a delay moves the finish"),
        ((bars[SUMMARY],) * 3, "Summary of the tasks below it"),
        (
            tuple(done_bars[c] for c in (BAR, CRITICAL, SUMMARY)),
            "Darker: the part done (% complete)",
        ),
        ((mark,), "Milestone"),
    ):
        ws.append((None, text, None, None, *sample))


def _budget_sheet(
    book: Workbook, fmt: Formats, rows: list[PlanRow], costs: CostReport, steps: _Steps
) -> None:
    titles = ("WBS", "Task", "Fixed cost", "Cost", "Baseline", "Variance", "Actual cost")
    widths = (fit(9, (r.wbs for r in rows)), fit_names(44, rows), 14, 14, 14, 14, 14)
    ws = table(book, fmt, "Budget", titles, widths, len(rows), frozen_columns=2)
    unflag_numbers_as_text(ws, ("A",), len(rows))  # WBS 1.1
    money, money_bold = fmt.money, fmt.money_bold
    wbs, name, fixed, cost, base, variance, actual = (Pen(ws) for _ in range(7))
    for r in rows:
        baseline = costs.task_baseline_cost.get(r.uid)
        ws.append(
            (
                fmt.text(wbs, r.wbs),
                fmt.name(name, r.name, r.level, r.summary),
                fixed(finite(r.fixed_cost), money),
                cost(finite(r.cost), money_bold if r.summary else money),
                base(finite(baseline), money),
                variance(None if baseline is None else finite(round(r.cost - baseline, 2)), money),
                actual(finite(round(costs.task_actual_cost.get(r.uid, 0.0), 2)), money),
            )
        )
        steps.row()
    budget = costs.budget  # the baseline's total (None: no baseline saved)
    totals = (
        sum(r.fixed_cost for r in rows),
        costs.total_cost,
        budget,
        None if budget is None else costs.total_cost - budget,
        costs.total_actual_cost,
    )
    ws.append(
        (
            None,
            styled_cell(ws, "Total", fmt.bold),
            *(
                None if v is None else styled_cell(ws, finite(round(v, 2)), fmt.money_bold)
                for v in totals
            ),
        )
    )


def _rate_style(fmt: Formats, res: Resource) -> StyleArray:
    """A person's Std. rate cell shows its unit ($1,200.00/d); a material's is plain money."""
    unit = rate_unit_shown(res)
    return fmt.money if unit is None else fmt.rate(unit.value)


def _rate_width_text(res: Resource, project: Project) -> str:
    """About as wide as the Std. rate cell shows: "€16,000.00/mo" (### when too narrow)."""
    unit = rate_unit_shown(res)
    shown = f"{shown_rate(res, project):,.{project.currency_digits}f}"
    code = project.currency_symbol or project.currency
    return f"{code} {shown}" + ("" if unit is None else f"/{unit.value}")


def _team_sheet(book: Workbook, fmt: Formats, plan: Plan, costs: CostReport, steps: _Steps) -> None:
    people = plan.resources
    project = plan.project
    names = fit(24, (p.name for p in people))
    rates = fit(12, (_rate_width_text(p, project) for p in people))
    widths = (6, names, fit(18, (p.role for p in people)), 10, 11, rates, 11, 14, 14)
    ws = table(
        book, fmt, TEAM_SHEET, TEAM_COLUMNS, widths, len(plan.resources), hidden_columns=("A",)
    )
    name, role = Pen(ws), Pen(ws)
    for res in plan.resources:
        ws.append(
            (
                res.uid,
                fmt.text(name, res.name),
                fmt.text(role, res.role),
                res.type.name.lower(),
                styled_cell(ws, finite(res.max_units), fmt.percent),
                styled_cell(ws, finite(shown_rate(res, project)), _rate_style(fmt, res)),
                finite(round(costs.resource_work_minutes.get(res.uid, 0) / 60.0, 2)),
                styled_cell(ws, finite(round(costs.resource_cost.get(res.uid, 0.0), 2)), fmt.money),
                "yes" if res.uid in costs.overallocated else None,
            )
        )
        steps.row()


def _risk_sheet(book: Workbook, fmt: Formats, plan: Plan, steps: _Steps) -> None:
    risks = plan.risks
    numbers = plan_numbers(plan)  # the Tasks cell names tasks by their # on the Plan sheet
    tasks = [task_numbers_text(r.task_uids, numbers) for r in risks]
    titles = fit(36, (r.title for r in risks))
    owners = fit(18, (r.owner for r in risks))
    plans = fit(36, (r.mitigation for r in risks), _WIDEST_PROSE)
    about = fit(36, (r.description for r in risks), _WIDEST_PROSE)
    widths = (6, titles, 11, 14, 14, owners, plans, 14, 12, fit(10, tasks), about)
    ws = table(book, fmt, RISK_SHEET, RISK_COLUMNS, widths, len(risks), hidden_columns=("A",))
    tasks_column = get_column_letter(RISK_COLUMNS.index("Tasks") + 1)
    unflag_numbers_as_text(ws, [tasks_column], len(risks))  # "3" is a #, written as text
    title, owner, mitigation, linked, description = (Pen(ws) for _ in range(5))
    for r, task_text in zip(risks, tasks, strict=True):
        ws.append(
            (
                r.uid,
                fmt.text(title, r.title),
                styled_cell(ws, finite(r.probability), fmt.percent),
                styled_cell(ws, finite(r.impact), fmt.money),
                styled_cell(ws, finite(round(r.exposure, 2)), fmt.money),
                fmt.text(owner, r.owner),
                fmt.text(mitigation, r.mitigation),
                styled_cell(ws, finite(r.contingency), fmt.money),
                r.status.value,
                fmt.text(linked, task_text),
                fmt.text(description, r.description),
            )
        )
        steps.row()


def _about_sheet(book: Workbook, fmt: Formats, plan: Plan, now: datetime) -> None:
    project = plan.project
    facts: tuple[tuple[str, object], ...] = (
        ("Project", project.name),
        ("Exported by", "Gantry"),
        ("Format version", FORMAT_VERSION),
        ("Exported at", now),
        ("Project start", project.start),
        ("Currency", project.currency),
        ("Tasks", len(plan.tasks)),
        (
            "Round trip",
            "Edit the Plan, Team and Risks sheets and send the workbook back: "
            "Gantry shows every change for review.",
        ),
    )
    # As wide as its longest text, on one printed page: the note ran onto a third page.
    texts = (v for _k, v in facts if isinstance(v, str))
    ws = new_sheet(book, "About", {0: 22, 1: fit(60, texts, WIDEST + 40)})
    landscape(ws, fit_to_width=True, title=fmt.title)
    ws.page_setup.fitToHeight = 1
    ws.print_options.gridLines = False  # a list, not a table
    pen = Pen(ws)
    for key, value in facts:
        if isinstance(value, str):
            cell = pen.text(writable_text(value), quoted(fmt.left) if is_risky(value) else fmt.left)
        else:
            cell = styled_cell(
                ws, value, fmt.stamp_left if isinstance(value, datetime) else fmt.left
            )
        ws.append((styled_cell(ws, key, fmt.bold), cell))


def _snapshot_sheet(
    book: Workbook, plan: Plan, rows: list[PlanRow], custom: list[tuple[str, str]]
) -> None:
    """Hidden: the plan as exported and the text of each editable cell, for the round trip."""
    ws = new_sheet(book, SNAPSHOT_SHEET, {})
    ws.sheet_state = "hidden"
    chunk = Pen(ws)
    # per task, the editable cells' text in EDITABLE order (a list keeps the snapshot small)
    cells = {str(r.uid): [texts[t] for t in EDITABLE] for r in rows for texts in (exported_row(r),)}
    numbers = {str(r.uid): r.number for r in rows}
    parts: dict[str, object] = {"format": FORMAT_VERSION, "cells": cells, "numbers": numbers}
    if custom:  # the custom columns and their cells' text, for the round trip (workbook_custom)
        parts["custom_columns"] = custom
        parts["custom"] = exported_texts(plan, custom)
    meta = json.dumps(parts)
    for kind, text in (("plan", plan_to_json(plan)), ("cells", meta)):
        for k in range(0, max(len(text), 1), _CHUNK):
            # ASCII JSON, never cut by fit_cell, but a chunk may start with '=' or '-'
            ws.append((kind, chunk.text(text[k : k + _CHUNK], PLAIN)))
