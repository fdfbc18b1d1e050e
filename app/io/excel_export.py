"""The client workbook: Plan, Gantt, Budget, Team, Risks and About sheets.

Written with openpyxl in write-only mode: rows stream straight to the file.
Every cell format is a named style registered once per workbook; cells share
its style array (``Cell(style_array=...)``) instead of setting font, fill and
number format cell by cell, and one cell per column and format is reused row
after row (:class:`_Pen`). Even so openpyxl spends some 15-20 µs on each of
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
from collections.abc import Callable, Iterable
from contextlib import suppress
from datetime import datetime, timedelta
from math import isfinite
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import ALL_TEMP_FILES
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.costs import CostReport, compute_costs
from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.risk import Risk
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule as run_schedule
from app.io.plan_snapshot import plan_to_json
from app.io.register_sheets import RISK_COLUMNS, RISK_SHEET, TEAM_COLUMNS, TEAM_SHEET
from app.io.workbook_cells import (
    EDITABLE,
    PLAN_COLUMNS,
    PLAN_SHEET,
    SNAPSHOT_SHEET,
    PlanRow,
    exported_row,
    is_risky_text,
    plan_rows,
    writable_text,
)

if TYPE_CHECKING:  # openpyxl has no public name for the class of a write-only sheet
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FORMAT_VERSION = 1
_CHUNK = 30000  # characters per snapshot cell (Excel allows 32767)
_MAX_DAY_COLUMNS = 120
_MAX_GANTT_COLUMNS = 400

_WHITE = "FFFFFF"
_BLUE = "305496"
_DATE = "yyyy-mm-dd"
_BAR = "5B9BD5"
_CRITICAL = "E04040"
_SUMMARY = "404040"
_ERROR_TEXTS = frozenset(ERROR_CODES)  # text openpyxl would store as an error value
_PLAIN = StyleArray()  # the default format
_REPORT_EVERY = 250  # rows between progress reports (some 50 ms of a large export)
_WIDEST = 80.0  # characters: a wider column would push the rest off a landscape page
_FILTER_BUTTON = 2.5  # characters a header's filter drop-down button covers
_WIDEST_GANTT_NAME = 48.0  # repeated on each printed page of the Gantt sheet
_WIDEST_PROSE = 60.0  # mitigations: long prose is read in the cell itself
# Plan sheet lists (people, predecessors, notes): the sheet prints fitted to the page
# width, so every character here makes the whole printout smaller.
_WIDEST_LIST = 44.0
_INDENT = 2.0  # characters one outline level's indent takes
_BOLD = 1.1  # a bold summary name is about a tenth wider

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


def _solid(colour: str) -> PatternFill:
    return PatternFill(fill_type="solid", fgColor=colour)


class _Formats:
    """The workbook's cell formats: named styles registered once, shared by every cell."""

    def __init__(self, book: Workbook, money: str) -> None:
        self.book = book
        header_font = Font(bold=True, color=_WHITE)
        self.header = self._style("Gantry header", font=header_font, fill=_solid(_BLUE))
        self.header_centre = self._style(
            "Gantry header centred",
            font=header_font,
            fill=_solid(_BLUE),
            alignment=Alignment(horizontal="center"),
        )
        self.header_weekend = self._style(
            "Gantry header weekend",
            font=header_font,
            fill=_solid("8EA9DB"),
            alignment=Alignment(horizontal="center"),
        )
        self.bold = self._style("Gantry bold", font=Font(bold=True))
        self.date = self._style("Gantry date", number_format=_DATE)
        self.stamp = self._style("Gantry date time", number_format="yyyy-mm-dd hh:mm")
        self.percent = self._style("Gantry percent", number_format="0%")
        self.money = self._style("Gantry money", number_format=money)
        self.money_bold = self._style(
            "Gantry money total", font=Font(bold=True), number_format=money
        )
        self.bars = {
            c: self._style(f"Gantry bar {name}", fill=_solid(c))
            for c, name in ((_BAR, "task"), (_CRITICAL, "critical"), (_SUMMARY, "summary"))
        }
        self.milestone = self._style(
            "Gantry milestone",
            font=Font(bold=True, color="C00000"),
            alignment=Alignment(horizontal="center"),
        )
        self.quoted = _quoted(self._style("Gantry text"))
        self._names: dict[tuple[int, bool, bool], StyleArray] = {}

    def _style(self, name: str, **parts: Any) -> StyleArray:
        """Register a named style; its style array is what the cells share."""
        style = NamedStyle(name=name, **parts)
        self.book.add_named_style(style)
        return style.as_tuple()

    def name(self, pen: _Pen, text: str, level: int, bold: bool = False) -> Cell:
        """A task name indented by outline level (bold for a summary)."""
        level = max(min(level, 16) - 1, 0)
        text = writable_text(text)
        key = (level, bold, _is_risky(text))
        style = self._names.get(key)
        if style is None:
            base = self._names.get((level, bold, False))
            if base is None:
                base = self._names[(level, bold, False)] = self._style(
                    f"Gantry task {level + 1}{' summary' if bold else ''}",
                    font=Font(bold=bold),
                    alignment=Alignment(horizontal="left", indent=level),
                )
            style = self._names[key] = _quoted(base) if key[2] else base
        return pen.text(text, style)

    def text(self, pen: _Pen, text: str) -> object:
        """A user's text; a string cell, quote-prefixed, when it looks like a formula.

        Empty text writes no cell (openpyxl would write an empty inline string).
        """
        text = writable_text(text)
        return pen.text(text, self.quoted) if _is_risky(text) else text or None


class _Pen:
    """The cells of one column, reused row after row: one openpyxl cell per format.

    ``append`` on a write-only sheet writes the whole row before it returns, so
    the next row can put its value in the same cell. Binding a new value costs
    less than building a cell for each of the 200,000 styled values of a
    10,000-task plan.
    """

    __slots__ = ("_cells", "_ws")

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self._ws = ws
        self._cells: dict[int, Cell] = {}

    def _in(self, style: StyleArray) -> Cell:
        cell = self._cells.get(id(style))
        if cell is None:
            cell = self._cells[id(style)] = _cell(self._ws, None, style)
        return cell

    def __call__(self, value: object, style: StyleArray) -> Cell | None:
        """The column's cell in ``style`` holding a number or date (None: no cell)."""
        if value is None:
            return None
        cell = self._in(style)
        cell.value = value
        return cell

    def text(self, text: str, style: StyleArray) -> Cell:
        """A string cell whatever the text looks like (openpyxl would make ``=...`` a formula)."""
        cell = self._in(style)
        cell.value = text
        cell.data_type = "s"
        return cell


def _quoted(style: StyleArray) -> StyleArray:
    """The same format with Excel's quote prefix (the cell stays text when edited)."""
    quoted = StyleArray(style)
    quoted.quotePrefix = 1
    return quoted


def _is_risky(text: str) -> bool:
    return is_risky_text(text) or text in _ERROR_TEXTS


def _number(value: float | None) -> float | None:
    """NaN and infinity have no spelling in a workbook: left empty."""
    return value if value is None or isfinite(value) else None


def _cell(ws: WriteOnlyWorksheet, value: object, style: StyleArray) -> Cell:
    """A number, date or empty cell in a shared format."""
    # a write-only cell needs some position before openpyxl places it (its repr uses it)
    return Cell(ws, row=1, column=1, value=value, style_array=style)


def money_format(project: Project) -> str:
    """The Excel number format of money: the project's decimals, its symbol where it stands.

    Excel shows the separators of the reader's locale, as MS Project does. With
    no symbol the code stands apart after the amount; with neither, a bare number.
    """
    digits = project.currency_digits
    number = "#,##0." + "0" * digits if digits else "#,##0"
    # A quote would end the literal: no currency symbol needs one.
    symbol = project.currency_symbol.replace('"', "")
    position = project.currency_symbol_position
    if not symbol:
        return f'{number} "{project.currency}"' if project.currency else number
    gap = " " if position.spaced else ""
    if position.after:
        return f'{number}{gap}"{symbol}"'
    return f'"{symbol}"{gap}{number}'


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
    rows = plan_rows(plan, sched, costs.task_cost)
    money = money_format(plan.project)
    # Plan, Gantt and Budget rows, people, risks; About, the snapshot and the save one each.
    steps = _Steps(progress, 3 * len(rows) + len(plan.resources) + len(plan.risks) + 3)
    steps.report()  # (0, total): the caller knows the size before the slow part

    book = Workbook(write_only=True)
    target = Path(path)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        fmt = _Formats(book, money)
        _plan_sheet(book, fmt, rows, steps)
        _gantt_sheet(book, fmt, rows, sched, steps)
        _budget_sheet(book, fmt, rows, costs, steps)
        _team_sheet(book, fmt, plan, costs, steps)
        _risk_sheet(book, fmt, plan.risks, steps)
        _about_sheet(book, fmt, plan, now)
        steps.row()
        _snapshot_sheet(book, plan, rows)
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


def _fit(floor: float, texts: Iterable[str | None], cap: float = _WIDEST) -> float:
    """A column width that shows its longest text: at least ``floor``, at most ``cap``."""
    longest = max((len(t) for t in texts if t), default=0)
    return min(max(floor, longest + 2.0), cap)


def _fit_names(floor: float, rows: Iterable[PlanRow], cap: float = _WIDEST) -> float:
    """The task-name column's width: the longest name with its indent (bold is wider)."""
    longest = max(
        (
            len(r.name) * (_BOLD if r.summary else 1.0) + _INDENT * max(min(r.level, 16) - 1, 0)
            for r in rows
        ),
        default=0.0,
    )
    return min(max(floor, longest + 2.0), cap)


def _sheet(book: Workbook, name: str, widths: dict[int, float]) -> WriteOnlyWorksheet:
    """A new sheet with its column widths (0-based columns)."""
    ws: WriteOnlyWorksheet = book.create_sheet(name)
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col + 1)].width = width
    return ws


def _landscape(ws: WriteOnlyWorksheet, fit_to_width: bool) -> None:
    ws.page_margins = PageMargins(
        left=0.5, right=0.5, top=0.75, bottom=0.75, header=0.3, footer=0.3
    )
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    if fit_to_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0


def _table(
    book: Workbook,
    fmt: _Formats,
    name: str,
    titles: tuple[str, ...],
    widths: tuple[float, ...],
    rows: int,
    hidden_columns: tuple[str, ...] = (),
) -> WriteOnlyWorksheet:
    """A sheet with a frozen, filtered header row and print setup (landscape, fit to width).

    Each column is at least as wide as its bold title and the filter's drop-down button.
    """
    fitted = (max(w, len(t) + _FILTER_BUTTON) for w, t in zip(widths, titles, strict=True))
    ws = _sheet(book, name, dict(enumerate(fitted)))
    for letter in hidden_columns:  # column setup must come before the first row is written
        ws.column_dimensions[letter].hidden = True
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    _landscape(ws, fit_to_width=True)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{max(rows, 1) + 1}"
    ws.append([_cell(ws, t, fmt.header) for t in titles])
    return ws


def _plan_sheet(book: Workbook, fmt: _Formats, rows: list[PlanRow], steps: _Steps) -> None:
    widths = (
        8,
        6,
        _fit(9, (r.wbs for r in rows)),
        _fit_names(48, rows),
        10,
        12,
        12,
        _fit(16, (r.predecessors for r in rows), _WIDEST_LIST),
        _fit(24, (r.people for r in rows), _WIDEST_LIST),
        11,
        12,
        14,
        _fit(30, (r.notes for r in rows), _WIDEST_LIST),
    )
    ws = _table(book, fmt, PLAN_SHEET, PLAN_COLUMNS, widths, len(rows), hidden_columns=("A",))
    date, percent, money = fmt.date, fmt.percent, fmt.money
    wbs, name, start, finish, people, pct, fixed, cost, notes = (_Pen(ws) for _ in range(9))
    for r in rows:
        ws.append(
            (
                r.uid,
                r.number,
                fmt.text(wbs, r.wbs),
                fmt.name(name, r.name, r.level, r.summary),
                r.duration,
                start(r.start, date),
                finish(r.finish, date),
                r.predecessors or None,
                fmt.text(people, r.people),
                pct(_number(r.percent), percent),
                fixed(_number(r.fixed_cost), money),
                cost(_number(r.cost), money),
                fmt.text(notes, r.notes),
            )
        )
        steps.row()


def _gantt_sheet(
    book: Workbook, fmt: _Formats, rows: list[PlanRow], sched: Schedule, steps: _Steps
) -> None:
    """One column per day (per week for long plans); bar cells filled, critical in red."""
    first = sched.start.date()
    last = max(sched.finish.date(), first)
    step = 1 if (last - first).days + 1 <= _MAX_DAY_COLUMNS else 7
    if step == 7:
        first -= timedelta(days=first.weekday())
    periods = min((last - first).days // step + 1, _MAX_GANTT_COLUMNS)
    fixed = ("#", "Task", "Start", "Finish")
    # The name column prints on every page: wide enough to leave room for the timeline.
    widths: dict[int, float] = {0: 6, 1: _fit_names(40, rows, _WIDEST_GANTT_NAME), 2: 11, 3: 11}
    widths.update({len(fixed) + k: 3.2 if step == 1 else 4.0 for k in range(periods)})
    ws = _sheet(book, "Gantt", widths)
    ws.freeze_panes = f"{get_column_letter(len(fixed) + 1)}3"
    ws.print_title_rows = "1:2"
    ws.print_title_cols = f"A:{get_column_letter(len(fixed))}"
    _landscape(ws, fit_to_width=False)  # a long timeline prints across pages, rows repeated
    days = [first + timedelta(days=k * step) for k in range(periods)]
    months = [d.strftime("%b %Y") if k == 0 or d.day <= step else None for k, d in enumerate(days)]
    ws.append([_cell(ws, "Timeline", fmt.bold), None, None, None, *months])
    labels = [
        _cell(
            ws, d.day, fmt.header_weekend if step == 1 and d.weekday() >= 5 else fmt.header_centre
        )
        for d in days
    ]
    ws.append([_cell(ws, t, fmt.header) for t in fixed] + labels)
    date = fmt.date
    name, start, finish = _Pen(ws), _Pen(ws), _Pen(ws)
    mark = _cell(ws, "◆", fmt.milestone)
    # One empty filled cell per bar colour, placed many times: the write-only sheet
    # writes each cell of a row as it reaches it, so the same cell can stand in every
    # column of a bar (some 70,000 cells fewer to build for a 10,000-task plan).
    bars = {colour: _cell(ws, None, style) for colour, style in fmt.bars.items()}
    for r in rows:
        cells: list[object] = [
            r.number,
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
                bar = bars[_SUMMARY if r.summary else _CRITICAL if r.critical else _BAR]
                cells.extend([None] * max(lo, 0))
                cells.extend([bar] * (hi - max(lo, 0) + 1))
        ws.append(cells)
        steps.row()
    _gantt_legend(ws, fmt, bars, mark, step)


def _gantt_legend(
    ws: WriteOnlyWorksheet, fmt: _Formats, bars: dict[str, Cell], mark: Cell, step: int
) -> None:
    """Below the bars, what their colours and marks mean (a client has no Gantry to ask)."""
    column = "a day" if step == 1 else "a week from Monday"
    ws.append(())
    # in the name column, which every printed page repeats
    ws.append((None, _cell(ws, f"Legend (each column is {column})", fmt.bold)))
    for sample, text in (
        ((bars[_BAR],) * 3, "Task"),
        ((bars[_CRITICAL],) * 3, "Critical task: a delay moves the finish"),
        ((bars[_SUMMARY],) * 3, "Summary of the tasks below it"),
        ((mark,), "Milestone"),
    ):
        ws.append((None, text, None, None, *sample))


def _budget_sheet(
    book: Workbook, fmt: _Formats, rows: list[PlanRow], costs: CostReport, steps: _Steps
) -> None:
    titles = ("WBS", "Task", "Fixed cost", "Cost", "Baseline", "Variance", "Actual cost")
    widths = (_fit(9, (r.wbs for r in rows)), _fit_names(44, rows), 14, 14, 14, 14, 14)
    ws = _table(book, fmt, "Budget", titles, widths, len(rows))
    money, money_bold = fmt.money, fmt.money_bold
    wbs, name, fixed, cost, base, variance, actual = (_Pen(ws) for _ in range(7))
    for r in rows:
        baseline = costs.task_baseline_cost.get(r.uid)
        ws.append(
            (
                fmt.text(wbs, r.wbs),
                fmt.name(name, r.name, r.level, r.summary),
                fixed(_number(r.fixed_cost), money),
                cost(_number(r.cost), money_bold if r.summary else money),
                base(_number(baseline), money),
                variance(None if baseline is None else _number(round(r.cost - baseline, 2)), money),
                actual(_number(round(costs.task_actual_cost.get(r.uid, 0.0), 2)), money),
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
            _cell(ws, "Total", fmt.bold),
            *(
                None if v is None else _cell(ws, _number(round(v, 2)), fmt.money_bold)
                for v in totals
            ),
        )
    )


def _team_sheet(
    book: Workbook, fmt: _Formats, plan: Plan, costs: CostReport, steps: _Steps
) -> None:
    people = plan.resources
    names = _fit(24, (p.name for p in people))
    widths = (6, names, _fit(18, (p.role for p in people)), 10, 11, 12, 11, 14, 14)
    ws = _table(
        book, fmt, TEAM_SHEET, TEAM_COLUMNS, widths, len(plan.resources), hidden_columns=("A",)
    )
    name, role = _Pen(ws), _Pen(ws)
    for res in plan.resources:
        ws.append(
            (
                res.uid,
                fmt.text(name, res.name),
                fmt.text(role, res.role),
                res.type.name.lower(),
                _cell(ws, _number(res.max_units), fmt.percent),
                _cell(ws, _number(res.standard_rate), fmt.money),
                _number(round(costs.resource_work_minutes.get(res.uid, 0) / 60.0, 2)),
                _cell(ws, _number(round(costs.resource_cost.get(res.uid, 0.0), 2)), fmt.money),
                "yes" if res.uid in costs.overallocated else None,
            )
        )
        steps.row()


def _risk_sheet(book: Workbook, fmt: _Formats, risks: list[Risk], steps: _Steps) -> None:
    titles = _fit(36, (r.title for r in risks))
    owners = _fit(18, (r.owner for r in risks))
    plans = _fit(36, (r.mitigation for r in risks), _WIDEST_PROSE)
    widths = (6, titles, 11, 14, 14, owners, plans, 14, 12)
    ws = _table(book, fmt, RISK_SHEET, RISK_COLUMNS, widths, len(risks), hidden_columns=("A",))
    title, owner, mitigation = _Pen(ws), _Pen(ws), _Pen(ws)
    for r in risks:
        ws.append(
            (
                r.uid,
                fmt.text(title, r.title),
                _cell(ws, _number(r.probability), fmt.percent),
                _cell(ws, _number(r.impact), fmt.money),
                _cell(ws, _number(round(r.exposure, 2)), fmt.money),
                fmt.text(owner, r.owner),
                fmt.text(mitigation, r.mitigation),
                _cell(ws, _number(r.contingency), fmt.money),
                r.status.value,
            )
        )
        steps.row()


def _about_sheet(book: Workbook, fmt: _Formats, plan: Plan, now: datetime) -> None:
    ws = _sheet(book, "About", {0: 22, 1: _fit(60, (plan.project.name,))})
    name, currency = _Pen(ws), _Pen(ws)
    for key, value in (
        ("Project", fmt.text(name, plan.project.name)),
        ("Exported by", "Gantry"),
        ("Format version", FORMAT_VERSION),
        ("Exported at", _cell(ws, now, fmt.stamp)),
        ("Project start", _cell(ws, plan.project.start, fmt.stamp)),
        ("Currency", fmt.text(currency, plan.project.currency)),
        ("Tasks", len(plan.tasks)),
        (
            "Round trip",
            "Edit the Plan, Team and Risks sheets and send the workbook back: "
            "Gantry shows every change for review.",
        ),
    ):
        ws.append((_cell(ws, key, fmt.bold), value))


def _snapshot_sheet(book: Workbook, plan: Plan, rows: list[PlanRow]) -> None:
    """Hidden: the plan as exported and the text of each editable cell, for the round trip."""
    ws = _sheet(book, SNAPSHOT_SHEET, {})
    ws.sheet_state = "hidden"
    chunk = _Pen(ws)
    # per task, the editable cells' text in EDITABLE order (a list keeps the snapshot small)
    cells = {str(r.uid): [texts[t] for t in EDITABLE] for r in rows for texts in (exported_row(r),)}
    numbers = {str(r.uid): r.number for r in rows}
    meta = json.dumps({"format": FORMAT_VERSION, "cells": cells, "numbers": numbers})
    for kind, text in (("plan", plan_to_json(plan)), ("cells", meta)):
        for k in range(0, max(len(text), 1), _CHUNK):
            # ASCII JSON, never cut by fit_cell, but a chunk may start with '=' or '-'
            ws.append((kind, chunk.text(text[k : k + _CHUNK], _PLAIN)))
