"""Read a plan from a workbook (.xlsx, .xls, .ods) with python-calamine.

A workbook Gantry exported is read back to the full plan, client edits
included (see :mod:`app.io.roundtrip_import`). Any other workbook goes
through header detection and a column mapping (:mod:`app.io.sheet_mapping`).
Everything is checked before it is parsed (:mod:`app.io.workbook_limits`);
any failure raises one FileFormatError and builds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.domain.errors import FileFormatError
from app.domain.money import NumberMarks
from app.domain.plan import Plan
from app.domain.plural_words import counted, verb
from app.domain.progress import Progress, part
from app.domain.progress import report as report_progress
from app.domain.quoting import quoted
from app.domain.recurring_recognised import recognise_recurring
from app.domain.task import Task
from app.io.csv_actuals import actual_date_columns
from app.io.csv_pins import drop_held_pins, pins_note
from app.io.excel_book import RISK_TITLES, TEAM_TITLES, Book, WorkbookInfo
from app.io.read_progress import start_tasks_under_way
from app.io.register_sheets import RISK_SHEET, TEAM_SHEET
from app.io.roundtrip_applied import applied_changes
from app.io.roundtrip_consequences import consequence_notes
from app.io.roundtrip_file_marks import reading_told_marks, register_money_texts
from app.io.roundtrip_import import RoundTrip
from app.io.roundtrip_left_out import about_left_out_note
from app.io.sheet_columns_note import unread_columns_note
from app.io.sheet_currency import (
    StatedCurrency,
    ods_currency,
    refuse_foreign_money,
    workbook_currency,
)
from app.io.sheet_date_order import date_order_said
from app.io.sheet_file_marks import cost_cells, reading_file_marks, refuse_mixed_currency
from app.io.sheet_import import SheetRows, build_plan, left_out_note
from app.io.sheet_mapping import ColumnMapping, guess_mapping
from app.io.sheet_number_marks import reading_marks
from app.io.sheet_rows_read import forward_only
from app.io.sheet_uids import uid_column, unpin_scheduled_starts
from app.io.shown_times import times_shown
from app.io.workbook_about_sheet import ABOUT_SHEET
from app.io.workbook_actual_dates import sheet_actual_dates
from app.io.workbook_cells import SNAPSHOT_SHEET
from app.io.workbook_empty_plan import empty_plan_mapping
from app.io.workbook_gantt_milestones import sheet_milestones
from app.io.workbook_limits import (
    DEFAULT_LIMITS,
    WorkbookLimits,
)
from app.io.workbook_number_formats import percent_cells, with_cells
from app.io.workbook_rates_sheet import RATES_SHEET, rates_edited
from app.io.workbook_refusals import refuse_merged, refuse_unread_formulas
from app.io.workbook_registers_recovered import RegisterRecovery
from app.io.workbook_sheet_typed import (
    starts_past_finish,
    typed_finishes,
    typed_variance_notes,
)
from app.io.xlsx_indents import column_indents, styles_have_indent


def inspect_workbook(
    path: Path, limits: WorkbookLimits = DEFAULT_LIMITS, progress: Progress | None = None
) -> WorkbookInfo:
    """Sheets of a workbook, whether Gantry exported it, and the guessed mapping;
    ``progress`` hears the sheets' read and stops it, as :func:`read_workbook`'s does."""
    reading = None if progress is None else forward_only(part(progress, 0, READ_STEPS, READ_STEPS))
    book = Book(Path(path), limits, reading)
    book.refuse_missing_plan()
    shown = tuple(n for n in book.visible if n != SNAPSHOT_SHEET)
    if book.is_roundtrip:
        return WorkbookInfo(shown, True, None)
    mapping = _first_mapping(book, shown)
    read = {n: book.rows(n) for n in shown if book.has(n)}
    return WorkbookInfo(shown, False, mapping, read, {n: book.merged[n] for n in read})


def sheet_rows(
    path: Path,
    sheet: str,
    limits: WorkbookLimits = DEFAULT_LIMITS,
    progress: Progress | None = None,
) -> SheetRows:
    """The cells of one sheet (for the mapping dialog's preview); ``progress`` hears the
    read, ``(done, 100)``, and stops it with CancelledError (see sheet_rows_read)."""
    return Book(Path(path), limits, progress).rows(sheet)


def _first_mapping(book: Book, sheets: tuple[str, ...]) -> ColumnMapping | None:
    """The guessed mapping of the first of ``sheets`` that looks like a plan. A sheet that
    cannot be read is passed over (a notes sheet before the plan); when no sheet is a
    plan, the first such sheet's refusal is raised, as it may be the plan."""
    refused: FileFormatError | None = None
    for name in sheets:
        try:
            rows = book.rows(name).rows
        except FileFormatError as exc:
            refused = refused or exc
            continue
        mapping = guess_mapping(name, rows)
        if mapping is not None:
            return mapping
    if refused is not None:
        raise refused
    return None


def read_roundtrip_workbook(
    path: Path,
    limits: WorkbookLimits = DEFAULT_LIMITS,
    day_first: bool | None = None,
    progress: Progress | None = None,
    marks: NumberMarks | None = None,
) -> RoundTrip:
    """Base snapshot and client plan of a workbook Gantry exported.

    ``day_first``: how a date typed as text like 07/08/2023 reads (None: as the
    environment's locale writes dates; the window passes the user's locale). ``marks``
    (group, decimal): the separators money text cells are typed with (``1.200,50`` in
    German; None: the environment's locale's, :mod:`app.io.sheet_number_marks`; the window
    passes its Qt locale's).
    ``progress`` hears how far the read is, in :data:`READ_STEPS` steps (the sheets, then
    the rows read back); when it answers False the read stops with CancelledError.
    """
    report_progress(progress, 0, READ_STEPS)
    sheets = None if progress is None else forward_only(part(progress, 0, _SHEETS, READ_STEPS))
    rest = None if progress is None else part(progress, _SHEETS, READ_STEPS, READ_STEPS)
    with reading_marks(marks):
        return Book(Path(path), limits, sheets).roundtrip(day_first, rest)


_SHEETS = 60  # of READ_STEPS: a returned workbook's sheets (~5% of its read at 20k rows)


def read_workbook(path: Path, sheet: str | None = None, **options: Any) -> Plan:
    """A plan from a workbook; ``sheet`` picks the sheet, ``mapping`` overrides the guess.

    ``report`` (a callable taking one line of text) hears what was mapped; ``warn`` (the
    same) hears only what the user should look at: rows left out, how dates such as
    07/08/2023 were read (``day_first``: that order; None: the environment's locale).
    ``limits`` (WorkbookLimits) overrides the safety limits. ``progress``
    (app.domain.progress.Progress) hears how far the read is, in :data:`READ_STEPS`
    steps; when it answers False the read stops with CancelledError, having built nothing.
    ``info`` (the :class:`WorkbookInfo` the mapping dialog was given): the sheets it holds
    are not parsed again (a 50k-row sheet: ~0.8 s of CPU).
    ``marks`` (group, decimal): the separators money text cells are typed with (None: the
    environment's locale's, :mod:`app.io.sheet_number_marks`; the window passes its own).
    """
    with reading_marks(options.get("marks")):
        return _read_workbook(path, sheet, **options)


def _read_workbook(path: Path, sheet: str | None = None, **options: Any) -> Plan:
    """:func:`read_workbook` within the read's number marks."""
    path = Path(path)
    progress: Progress | None = options.get("progress")
    report: Callable[[str], None] = options.get("report") or (lambda _line: None)
    warn: Callable[[str], None] = options.get("warn") or (lambda _line: None)
    limits: WorkbookLimits = options.get("limits") or DEFAULT_LIMITS
    mapping: ColumnMapping | None = options.get("mapping")
    day_first: bool | None = options.get("day_first")
    report_progress(progress, 0, READ_STEPS)
    reading = None if progress is None else forward_only(part(progress, 0, _READ, READ_STEPS))
    book = Book(path, limits, reading)
    if options.get("info") is not None:
        book.knows(options["info"])
    if mapping is None and book.is_roundtrip and sheet in (None, book.plan_sheet):
        # the Rates sheet read first, while the reading's share of the progress runs
        rates = book.rows(RATES_SHEET).rows if RATES_SHEET in book.names else None
        rest = None if progress is None else part(progress, _READ, READ_STEPS, READ_STEPS)
        result = book.roundtrip(day_first, rest)
        report_progress(progress, READ_STEPS, READ_STEPS)
        report(f"{path.name}: exported by Gantry; rows matched by their hidden ids")
        for line in result.notes:  # what the review would list: dates read day first...
            warn(line)
        plan, changes = applied_changes(result.base, result.theirs)  # the window's rules
        for line in consequence_notes(result, changes, plan):  # a Finish typed: its cost...
            warn(line)
        if rates is not None:  # a view only: a rate typed there is said, not read
            edited = rates_edited(rates, result.base)
            if edited is not None:
                warn(edited)
        return plan
    empty: ColumnMapping | None = None  # Gantry's Plan sheet of a plan with no task
    if mapping is None:
        if not sheet:  # a sheet named on purpose is read as asked
            book.refuse_missing_plan()
        names = (sheet,) if sheet else tuple(n for n in book.visible if n != SNAPSHOT_SHEET)
        # read as the plan it is: the Gantt sheet's legend rows came back as six tasks
        empty = None if sheet else empty_plan_mapping(book)
        mapping = empty or _first_mapping(book, names)
        if mapping is None:
            where = f"sheet {quoted(sheet)}" if sheet else "any sheet"
            hidden = [quoted(n) for n in book.names if n not in book.visible]
            if hidden and not sheet:  # a plan the client hid is not guessed at: name them
                where = (
                    "any visible sheet; hidden sheets are not read unless named: "
                    f"{', '.join(hidden)} (gantry convert --sheet NAME)"
                )
            raise FileFormatError(
                f"{path.name}: no header row with a task name and a duration, start, finish "
                f"or predecessors column found in {where}"
            )
    data = book.rows(mapping.sheet)
    _refuse_merged(book, mapping)
    percent = mapping.columns.get("percent")
    shown = percent_cells(path, mapping.sheet, data.rows, percent)
    if percent is not None and shown:  # read as the sheet shows them: 1.5 in a 0% cell, 150%
        texts = {r: cell.shown() for r, cell in shown.items()}
        data = replace(data, rows=with_cells(data.rows, percent, texts))
    moments = [c for f, c in mapping.columns.items() if f in ("start", "finish")]
    timed = times_shown(path, mapping.sheet, data.rows, moments, (data.first_row, data.first_col))
    data = replace(data, rows=timed)  # 00:00 in a cell showing its time is midnight
    recovery = _recovery(book, mapping)  # a Gantry workbook without its _gantry sheet
    if recovery is not None:
        data = recovery.plan_rows(data, mapping)
    # A formula with no saved value reads as an empty cell: a task would get the default
    # day. A row whose name is one is left out, and the report names it.
    values = {c for f, c in mapping.columns.items() if f != "name"}
    refuse_unread_formulas(path, mapping.sheet, values, mapping.header_row)
    report_progress(progress, _FORMULAS, READ_STEPS)
    if (
        path.suffix.lower() == ".xlsx"
        and not _has_outline_text(data, mapping)
        and styles_have_indent(path)
    ):
        data = SheetRows(data.sheet, data.rows, indents=_cell_indents(path, mapping))
    report(mapping.describe())
    team = _team_names(book)
    report_progress(progress, _CHECKED, READ_STEPS)
    building = None if progress is None else part(progress, _CHECKED, _BUILT, READ_STEPS)
    if building is not None and recovery is not None:  # built again past a bad cell
        building = forward_only(building)
    # a UID column (the Plan sheet's hidden one) numbers the tasks, as the CSV reader's does
    uid_col = uid_column(mapping.titles, list(mapping.columns.values()))

    # People cells as Gantry wrote them (a Plan sheet without its _gantry sheet): lists, so
    # "R&D / QA[50%]" is one person, as Gantry's CSV reads them; with a Team sheet its names
    # say who is a person, so "Ana & Ben" typed there is two when both are on it, as the
    # read of a returned workbook splits them (a name on it such as "R&D / QA" stays one)
    summary_notes: list[str] = []  # a summary's Cost that is not its rows' total

    def build(rows: SheetRows) -> Plan:
        summary_notes.clear()  # (built again past a bad cell: said once)
        money = cost_cells(rows, mapping)
        refuse_mixed_currency(money)  # CHF 1'500.00 among € amounts: not counted as euros
        with reading_file_marks(v for _, v in money):  # 1.500 as the sheet's 1.234,50 tells
            return build_plan(
                rows,
                mapping,
                uid_col=uid_col,
                listed_people=uid_col is not None and not team,
                team=team,
                day_first=day_first,
                progress=building,
                empty_ok=empty is not None,
                notes=summary_notes,
            )

    # Gantry's Plan sheet: a Start a client typed past its Finish moves the task (its
    # duration kept), as MS Project takes it, not a refused "finish is before start"
    gantry_sheet = uid_col is not None and (recovery is not None or _gantry_titles(mapping))
    data, typed = starts_past_finish(data, mapping) if gantry_sheet else (data, [])
    # a Gantry workbook without its _gantry sheet tells every bad cell of its sheets at once,
    # as one with it does: the Plan sheet's kept (built blank) for recovery.apply to raise
    plan = build(data) if recovery is None else recovery.built(data, build)
    if not plan.project.currency_stated:
        stated = _stated_currency(path)  # the money format of the cost cells, say
        if stated is not None:
            plan.set_project(stated.apply(plan.project))
    tasks, links = counted(len(plan.tasks), "task"), counted(len(plan.links), "link")
    if recovery is None or not recovery.refused.told:  # not a count of a plan to be refused
        report(f"{tasks}, {links}, {counted(len(plan.resources), 'person', 'people')}")
    # A Gantry workbook without its hidden sheet: its recurring tasks' rows, found again.
    recurring = recognise_recurring(plan)
    pinned: list[Task] = []
    if uid_col is not None and (recovery is not None or _gantry_titles(mapping)):
        # Gantry's Plan sheet: its dates were worked out, not typed; a Start kept as 'Start
        # No Earlier Than' only where links and the project's start alone place the task
        # earlier, as Gantry's CSV (after the occurrences' pins found their recurring task)
        unpin_scheduled_starts(plan)
        parents = plan.parent_uids()
        pinned = [t for t in drop_held_pins(plan) if parents[t.uid] not in plan.recurrences]
    report_progress(progress, _RECOGNISED, READ_STEPS)
    if recurring:
        whose = verb(len(recurring), "its", "their")
        report(f"{counted(len(recurring), 'recurring task')} read from {whose} occurrences' rows")
    sheet_actual_dates(plan, data, mapping, day_first)  # its Actual Start/Finish columns
    start_tasks_under_way(plan)  # a task at 40 % has started, as the CSV read makes it
    if recovery is not None:
        # the Team and Risks sheets' text amounts read in the marks the client's typing
        # shows there and in the Cost column (1.234,50 €/h makes 1.200 €/h twelve hundred)
        amounts = [v for _, v in cost_cells(data, mapping)]
        amounts += register_money_texts(recovery.team, recovery.risks)
        with reading_told_marks(amounts):
            lines = recovery.apply(plan, data, mapping)
        for line in lines:
            report(line)  # rates and risks from the Team and Risks sheets, and what is lost
            warn(line)
    if gantry_sheet:  # a Finish typed takes its duration; a Finish Variance is computed
        said, rows = typed_finishes(plan, data, mapping)
        typed += said + typed_variance_notes(plan, data, mapping, rows)  # Start, Finish
        sheet_milestones(plan, book)  # a milestone of 2d: its diamond on the Gantt sheet
    for line in typed:
        report(line)
        warn(line)
    cost = mapping.columns.get("cost")  # in a sheet as the file holds it: $1,000 is no €1,000
    if plan.project.currency_stated and cost is not None and not (data.first_row or data.first_col):
        refuse_foreign_money(path, mapping.sheet, data.rows, [cost], plan.project)
    kept = pins_note(path.name, pinned, "the Plan sheet")  # how many a read pins, named
    if kept is not None:
        report(kept)
        warn(kept)
    handoff = _handoff_note(book, path)  # a client hand-off without _gantry: what it lacks
    if handoff is not None:
        report(handoff)
        warn(handoff)
    for line in summary_notes:
        report(line)
        warn(line)
    if uid_col is None and recovery is None:  # a client's column no field takes, named
        actuals = actual_date_columns(mapping, set(mapping.columns.values()))
        unread = unread_columns_note(mapping, {c for c in actuals if c is not None})
        if unread is not None:
            report(unread)
            warn(unread)
    note = left_out_note(data, mapping)
    report_progress(progress, _NOTED, READ_STEPS)
    if note is not None:
        report(note)
        warn(note)
    told = date_order_said(data, mapping, day_first)
    if told is not None:  # '07/08/2023' typed as text: say which way it was read
        report(told)
        warn(told)
    report_progress(progress, READ_STEPS, READ_STEPS)
    return plan


# The progress of a read, in steps: the sheets read (calamine), their formulas and
# indents looked at, the plan built from the rows, what is said of it.
READ_STEPS = 1000
_READ = 330
_FORMULAS = 350
_CHECKED = 360
_BUILT = 960
_RECOGNISED = 975
_NOTED = 985


def _recovery(book: Book, mapping: ColumnMapping) -> RegisterRecovery | None:
    """The Team and Risks sheets of a workbook Gantry exported whose snapshot is gone (its
    risks' probabilities as their cells show them); None for any other workbook."""
    if SNAPSHOT_SHEET in book.names:
        return None
    # by name (any case), as _team_names looks: a client's own workbook is not searched
    # sheet by sheet (each read whole); a sheet named Team that is no Gantry register is none
    found = [
        name
        if (name := next((n for n in book.names if n.casefold() == key.casefold()), None))
        and name != mapping.sheet
        and titles <= book._header(name)
        else None
        for key, titles in ((TEAM_SHEET, TEAM_TITLES), (RISK_SHEET, RISK_TITLES))
    ]
    team, risks = ((n, book.rows(n).rows) if n is not None else None for n in found)
    if team is None and risks is None:
        return None
    if team is not None:
        team = (team[0], book.percents_shown(team[0], team[1], "Max units"))
    if risks is not None:
        risks = (risks[0], book.percents_shown(risks[0], risks[1], "Probability"))
    about = book.rows(ABOUT_SHEET).rows if ABOUT_SHEET in book.names else ()
    return RegisterRecovery(book.path, team, risks, about=about)  # About: its name, currency


def _handoff_note(book: Book, path: Path) -> str | None:
    """What a Gantry client hand-off whose _gantry sheet is gone (or never written) did not
    carry, as its About sheet says (app/io/roundtrip_left_out.py)."""
    if SNAPSHOT_SHEET in book.names or ABOUT_SHEET not in book.names:
        return None
    return about_left_out_note(path.name, book.rows(ABOUT_SHEET).rows)


def _gantry_titles(mapping: ColumnMapping) -> bool:
    """Whether the sheet is titled as Gantry's Plan sheet (UID, #, Task...) though its Team
    and Risks sheets are gone too: its dates are the ones Gantry worked out, not typed.
    A client's own sheet, or MS Project's (Unique ID, ID, Name), keeps each Start typed as
    'Start No Earlier Than', as MS Project's import sets one on a Start typed."""
    return {"UID", "#", "Task"} <= {str(t).strip() for t in mapping.titles}


def _team_names(book: Book) -> list[str]:
    """The names in the Name column of a Team sheet, when the workbook has one."""
    sheet = next((n for n in book.names if n.casefold() == TEAM_SHEET.casefold()), None)
    if sheet is None:
        return []
    rows = book.rows(sheet).rows
    for r, row in enumerate(rows[:10]):
        titles = [str(c).strip().casefold() if c is not None else "" for c in row]
        if "name" in titles:
            col = titles.index("name")
            cells = (row[col] for row in rows[r + 1 :] if col < len(row))
            return [c.strip() for c in cells if isinstance(c, str) and c.strip()]
    return []


def _stated_currency(path: Path) -> StatedCurrency | None:
    """The currency the money formats of an .xlsx or .ods name (an .xls: not looked at)."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return workbook_currency(path)
    if suffix == ".ods":
        return ods_currency(path)
    return None


def _refuse_merged(book: Book, mapping: ColumnMapping) -> None:
    """Merged cells in the task rows hide which row a value belongs to: refuse them."""
    book.rows(mapping.sheet)
    merged = book.merged.get(mapping.sheet, [])
    cols = set(mapping.columns.values())
    refuse_merged(mapping.sheet, merged, mapping.header_row, cols, "task rows")


def _has_outline_text(data: SheetRows, mapping: ColumnMapping) -> bool:
    col = mapping.columns["name"]
    for row in data.rows[mapping.header_row + 1 :]:
        value = row[col] if col < len(row) else None
        if isinstance(value, str) and value[:1] in (" ", "\t", "\u00a0"):
            return True
    return "wbs" in mapping.columns


def _cell_indents(path: Path, mapping: ColumnMapping) -> dict[int, int]:
    """Indent of the name cells (calamine does not read cell formats; openpyxl does)."""
    found = column_indents(path, mapping.sheet, mapping.columns["name"])
    if found is not None:
        return found
    from openpyxl import load_workbook  # only for workbooks the XML reader does not follow

    col = mapping.columns["name"] + 1
    out: dict[int, int] = {}
    try:
        wb = load_workbook(path, read_only=True)
        try:
            ws = wb[mapping.sheet]
            for i, row in enumerate(ws.iter_rows(min_col=col, max_col=col)):
                if row and getattr(row[0], "alignment", None) is not None:
                    indent = int(row[0].alignment.indent or 0)
                    if indent:
                        out[i] = indent
        finally:
            wb.close()
    except (KeyError, ValueError, OSError):
        return {}
    return out
