"""Read a plan from a workbook (.xlsx, .xls, .ods) with python-calamine.

A workbook Gantry exported is read back to the full plan, client edits
included (see :mod:`app.io.roundtrip_import`). Any other workbook goes
through header detection and a column mapping (:mod:`app.io.sheet_mapping`).
Everything is checked before it is parsed (:mod:`app.io.workbook_limits`);
any failure raises one FileFormatError and builds nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import python_calamine as pc

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.plural_words import counted, verb
from app.domain.progress import Progress, part
from app.domain.progress import report as report_progress
from app.domain.quoting import quoted
from app.domain.recurring_recognised import recognise_recurring
from app.io.negative_uids import negative_uid
from app.io.read_progress import start_tasks_under_way
from app.io.register_sheets import RISK_COLUMNS, RISK_SHEET, TEAM_COLUMNS, TEAM_SHEET
from app.io.roundtrip_applied import applied_plan
from app.io.roundtrip_import import RoundTrip, read_roundtrip
from app.io.sheet_currency import (
    StatedCurrency,
    ods_currency,
    refuse_foreign_money,
    refuse_foreign_returned,
    workbook_currency,
)
from app.io.sheet_date_order import date_order_said
from app.io.sheet_import import SheetRows, build_plan, left_out_note
from app.io.sheet_mapping import ColumnMapping, column_letter, guess_mapping
from app.io.sheet_rows_read import cells, forward_only, load_sheet
from app.io.sheet_uids import uid_column, unpin_scheduled_starts
from app.io.workbook_about_sheet import ABOUT_SHEET
from app.io.workbook_cells import PLAN_COLUMNS, PLAN_SHEET, SNAPSHOT_SHEET, cell_text
from app.io.workbook_extent import xlsx_scan
from app.io.workbook_limits import (
    DEFAULT_LIMITS,
    WorkbookLimits,
    check_cells,
    check_rows,
    check_workbook_file,
)
from app.io.workbook_number_formats import percent_cells, shown_cells, with_cells
from app.io.workbook_ods_merges import ods_merged_ranges
from app.io.workbook_refusals import refuse_merged, refuse_unread_formulas
from app.io.workbook_registers_recovered import RegisterRecovery
from app.io.xlsx_indents import column_indents, styles_have_indent

_CALAMINE_ERRORS = (
    pc.CalamineError,
    pc.PasswordError,
    pc.ZipError,
    pc.XmlError,
    pc.WorksheetNotFound,
    ValueError,
    OSError,
)


@dataclass(frozen=True, slots=True)
class WorkbookInfo:
    """What an import dialog needs to know before reading: sheets and the guessed mapping."""

    sheets: tuple[str, ...]
    roundtrip: bool  # exported by Gantry: rows match by hidden ids
    mapping: ColumnMapping | None  # guess for the first sheet that looks like a plan
    # the sheets read to guess it, by name: the mapping dialog shows them without a new
    # read (a 50k-row sheet's parse is ~0.8 s of CPU)
    read: Mapping[str, SheetRows] = field(default_factory=dict, compare=False, repr=False)
    # their merged cells, by sheet: read_workbook(info=...) reads them without a new parse
    merged: Mapping[str, list[tuple[tuple[int, int], tuple[int, int]]]] = field(
        default_factory=dict, compare=False, repr=False
    )


class _Book:
    """An opened workbook whose sheets are read once, with the size limit checked."""

    def __init__(
        self, path: Path, limits: WorkbookLimits, progress: Progress | None = None
    ) -> None:
        check_workbook_file(path, limits)
        self.path = path
        self.limits = limits
        self.progress = progress  # hears each sheet's read (see sheet_rows_read)
        try:
            self.wb = pc.CalamineWorkbook.from_path(str(path))
            self.names = tuple(self.wb.sheet_names)
            hidden = {
                m.name for m in self.wb.sheets_metadata if m.visible != pc.SheetVisibleEnum.Visible
            }
        except pc.PasswordError:
            raise FileFormatError(f"{path.name}: the workbook is password-protected") from None
        except _CALAMINE_ERRORS as exc:
            raise FileFormatError(
                f"{path.name}: the workbook is damaged or not a workbook ({exc})"
            ) from None
        self.visible = tuple(n for n in self.names if n not in hidden or n == SNAPSHOT_SHEET)
        self._cache: dict[str, SheetRows] = {}
        self.merged: dict[str, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
        self._ods_merged: dict[str, list[tuple[tuple[int, int], tuple[int, int]]]] | None = None

    def knows(self, info: WorkbookInfo) -> None:
        """Take the sheets :func:`inspect_workbook` read (``info``) as read: not parsed again."""
        for name, data in info.read.items():
            if name in info.merged:
                self._cache[name] = data
                self.merged[name] = list(info.merged[name])

    def has(self, name: str) -> bool:
        """Whether sheet ``name`` was read (:meth:`rows` gives it without reading)."""
        return name in self._cache

    def rows(self, name: str) -> SheetRows:
        if name in self._cache:
            return self._cache[name]
        if name not in self.names:
            raise FileFormatError(
                f"{self.path.name}: no sheet named {quoted(name)} (sheets: {', '.join(self.names)})"
            )
        reading = self.progress
        report_progress(reading, 0, 100)
        if self.path.suffix.lower() == ".xlsx" and name != SNAPSHOT_SHEET:
            scanning = None if reading is None else part(reading, 0, _SCANNED, 100)
            scan = xlsx_scan(self.path, name, scanning)  # before calamine holds the sheet's cells
            report_progress(reading, _SCANNED, 100)
            if scan is not None:
                check_rows(name, scan.extent[0], self.limits)
                check_cells(name, *scan.extent, self.limits)
                if scan.far_date is not None:
                    raise FileFormatError(_far_date_message(name, *scan.far_date))
        parsing = None if reading is None else part(reading, _SCANNED, 100, 100)
        try:
            sheet = load_sheet(self.wb, name, parsing)
            check_rows(name, sheet.total_height + 1, self.limits)  # total_height is the last index
            check_cells(name, sheet.total_height + 1, sheet.total_width + 1, self.limits)
            data = SheetRows(name, cells(sheet, parsing))
            merged = list(sheet.merged_cell_ranges or [])
            if not merged and self.path.suffix.lower() == ".ods":  # calamine gives none there
                if self._ods_merged is None:
                    self._ods_merged = ods_merged_ranges(self.path)
                merged = self._ods_merged.get(name, [])
            self.merged[name] = merged
        except _CALAMINE_ERRORS as exc:
            raise FileFormatError(f"{name}: the sheet cannot be read ({exc})") from None
        except BaseException as exc:  # pyo3's PanicException is no Exception
            if type(exc).__name__ != "PanicException":
                raise
            raise FileFormatError(f"{name}: the sheet cannot be read ({exc})") from None
        self._cache[name] = data
        return data

    @property
    def is_roundtrip(self) -> bool:
        return SNAPSHOT_SHEET in self.names and self.plan_sheet is not None

    @property
    def plan_sheet(self) -> str | None:
        """The task sheet of a workbook Gantry exported, even if the client renamed it."""
        if PLAN_SHEET in self.names:
            return PLAN_SHEET
        for name in self.visible:
            if name == SNAPSHOT_SHEET:
                continue
            header = self._header(name)
            if "Task" in header and header & {"UID", "#"}:
                return name
        return None

    def register_sheet(self, name: str, titles: frozenset[str], plan_sheet: str) -> str | None:
        """The Team or Risks sheet of a workbook Gantry exported, even if the client renamed
        it: the sheet of that name, else the one sheet whose header holds its titles. Found
        by name only, a renamed register's edits were dropped without a word."""
        if name in self.names:
            return name
        found = [
            n
            for n in self.visible
            if n not in (SNAPSHOT_SHEET, plan_sheet) and titles <= self._header(n)
        ]
        return found[0] if len(found) == 1 else None

    def _header(self, name: str) -> set[str]:
        """The first row's texts of a sheet; none for a sheet that cannot be read (a sheet
        the client added is no reason to refuse the workbook)."""
        try:
            rows = self.rows(name).rows
        except FileFormatError:
            return set()
        return {cell_text(c) for c in rows[0]} if rows else set()

    def percents_shown(
        self, sheet: str, rows: Sequence[Sequence[object]], title: str
    ) -> Sequence[Sequence[object]]:
        """``rows`` with each number of the ``title`` column read as its cell shows it: a
        PercentCell or a PlainCell (General: 50 typed, 50 %) (an .xlsx; others as before)."""
        header = [cell_text(c) for c in rows[0]] if rows else []
        col = header.index(title) if title in header else None
        cells = shown_cells(self.path, sheet, rows, col)
        return rows if col is None or not cells else with_cells(rows, col, cells)

    def refuse_missing_plan(self) -> None:
        """A workbook Gantry exported whose Plan sheet the client deleted: say so.

        Without it the first sheet with a header row was read instead, the Gantt
        sheet, whose legend lines became tasks; the Plan sheet is the one whose
        rows Gantry reads back, and the snapshot alone would drop every task edit.
        """
        if SNAPSHOT_SHEET in self.names and self.plan_sheet is None:
            raise FileFormatError(
                f"{self.path.name}: the workbook has no Plan sheet; Gantry reads the tasks "
                "back from it, so import the workbook with its Plan sheet as exported"
            )

    def roundtrip(
        self, day_first: bool | None = None, progress: Progress | None = None
    ) -> RoundTrip:
        """Base and client plans of a workbook Gantry exported (``day_first``: see read_date;
        ``progress``: read_roundtrip's, after the sheets' read)."""
        self.refuse_missing_plan()
        sheet = self.plan_sheet
        if SNAPSHOT_SHEET not in self.names or sheet is None:
            raise FileFormatError(f"{self.path.name}: was not exported by Gantry (no snapshot)")
        # the Team and Risks sheets, under the names the client may have given them
        named = {
            key: found
            for key, columns in ((TEAM_SHEET, _TEAM_TITLES), (RISK_SHEET, _RISK_TITLES))
            if (found := self.register_sheet(key, columns, sheet)) is not None
        }
        # a number in a percent cell is what the cell shows: 1.5 is 150 %
        registers = {
            key: self.percents_shown(name, self.rows(name).rows, _SHOWN_AS_PERCENT[key])
            for key, name in named.items()
        }
        plan_rows = self.percents_shown(sheet, self.rows(sheet).rows, "% Complete")
        for name, rows in ((sheet, plan_rows), *((named[k], r) for k, r in registers.items())):
            _refuse_negative_uids(name, rows)
        read_back = {sheet: (PLAN_COLUMNS, "task rows")}
        if TEAM_SHEET in named:
            read_back[named[TEAM_SHEET]] = (TEAM_COLUMNS, "rows of people")
        if RISK_SHEET in named:
            read_back[named[RISK_SHEET]] = (RISK_COLUMNS, "rows of risks")
        _refuse_hidden_values(self, read_back)
        trip = read_roundtrip(
            self.rows(SNAPSHOT_SHEET).rows, plan_rows, sheet, registers, day_first, named, progress
        )
        sheets = {
            PLAN_SHEET: (sheet, plan_rows),
            **{k: (named[k], r) for k, r in registers.items()},
        }
        refuse_foreign_returned(self.path, sheets, trip.base.project)  # $120 is no €120
        # The workbook shows its money in the plan's currency (About sheet, number
        # formats), even for a plan first read from a file that named none.
        for plan in (trip.base, trip.theirs):
            if not plan.project.currency_stated:
                plan.set_project(replace(plan.project, currency_stated=True))
        return trip


_SCANNED = 15  # of a sheet's read: the look at its XML before calamine parses it


def _far_date_message(sheet: str, cell: str, value: float) -> str:
    return f"{sheet}!{cell}: {value:g} is not a date (a date cell holds a number far out of range)"


# The titles that tell a renamed Team or Risks sheet (its uid, key and own columns).
_TEAM_TITLES = frozenset({"UID", "Name", "Type", "Max units"})
_RISK_TITLES = frozenset({"UID", "Risk", "Probability", "Impact"})
# the column of each register whose numbers are percentages, read as their cells show them
_SHOWN_AS_PERCENT = {TEAM_SHEET: "Max units", RISK_SHEET: "Probability"}


def _refuse_negative_uids(sheet: str, rows: Sequence[Sequence[object]]) -> None:
    """FileFormatError naming the first cell of a sheet's UID column (the ids Gantry
    exported, from 1) that holds a negative number; other cells are the reader's to judge."""
    header = [str(c).strip() if c is not None else "" for c in rows[0]] if rows else []
    if "UID" not in header:
        return
    col = header.index("UID")
    for r, row in enumerate(rows[1:], start=2):
        value = row[col] if col < len(row) else None
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                continue
        if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
            raise negative_uid(f"{sheet}!{column_letter(col)}{r}", value)


def inspect_workbook(
    path: Path, limits: WorkbookLimits = DEFAULT_LIMITS, progress: Progress | None = None
) -> WorkbookInfo:
    """Sheets of a workbook, whether Gantry exported it, and the guessed mapping;
    ``progress`` hears the sheets' read and stops it, as :func:`read_workbook`'s does."""
    reading = None if progress is None else forward_only(part(progress, 0, READ_STEPS, READ_STEPS))
    book = _Book(Path(path), limits, reading)
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
    return _Book(Path(path), limits, progress).rows(sheet)


def _first_mapping(book: _Book, sheets: tuple[str, ...]) -> ColumnMapping | None:
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
) -> RoundTrip:
    """Base snapshot and client plan of a workbook Gantry exported.

    ``day_first``: how a date typed as text like 07/08/2023 reads (None: as the
    environment's locale writes dates; the window passes the user's locale).
    ``progress`` hears how far the read is, in :data:`READ_STEPS` steps (the sheets, then
    the rows read back); when it answers False the read stops with CancelledError.
    """
    report_progress(progress, 0, READ_STEPS)
    sheets = None if progress is None else forward_only(part(progress, 0, _SHEETS, READ_STEPS))
    rest = None if progress is None else part(progress, _SHEETS, READ_STEPS, READ_STEPS)
    return _Book(Path(path), limits, sheets).roundtrip(day_first, rest)


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
    """
    path = Path(path)
    progress: Progress | None = options.get("progress")
    report: Callable[[str], None] = options.get("report") or (lambda _line: None)
    warn: Callable[[str], None] = options.get("warn") or (lambda _line: None)
    limits: WorkbookLimits = options.get("limits") or DEFAULT_LIMITS
    mapping: ColumnMapping | None = options.get("mapping")
    day_first: bool | None = options.get("day_first")
    report_progress(progress, 0, READ_STEPS)
    reading = None if progress is None else forward_only(part(progress, 0, _READ, READ_STEPS))
    book = _Book(path, limits, reading)
    if options.get("info") is not None:
        book.knows(options["info"])
    if mapping is None and book.is_roundtrip and sheet in (None, book.plan_sheet):
        rest = None if progress is None else part(progress, _READ, READ_STEPS, READ_STEPS)
        result = book.roundtrip(day_first, rest)
        report_progress(progress, READ_STEPS, READ_STEPS)
        report(f"{path.name}: exported by Gantry; rows matched by their hidden ids")
        for line in result.notes:  # what the review would list: dates read day first...
            warn(line)
        return applied_plan(result.base, result.theirs)  # the window's rules (s22ri)
    if mapping is None:
        if not sheet:  # a sheet named on purpose is read as asked
            book.refuse_missing_plan()
        names = (sheet,) if sheet else tuple(n for n in book.visible if n != SNAPSHOT_SHEET)
        mapping = _first_mapping(book, names)
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
    # a UID column (the Plan sheet's hidden one) numbers the tasks, as the CSV reader's does
    uid_col = uid_column(mapping.titles, list(mapping.columns.values()))
    # People cells as Gantry wrote them (a Plan sheet without its _gantry sheet): lists, so
    # "R&D / QA[50%]" is one person, as Gantry's CSV reads them; with a Team sheet its names
    # say who is a person, so "Ana & Ben" typed there is two when both are on it, as the
    # read of a returned workbook splits them (a name on it such as "R&D / QA" stays one)
    plan = build_plan(
        data,
        mapping,
        uid_col=uid_col,
        listed_people=uid_col is not None and not team,
        team=team,
        day_first=day_first,
        progress=building,
    )
    if not plan.project.currency_stated:
        stated = _stated_currency(path)  # the money format of the cost cells, say
        if stated is not None:
            plan.set_project(stated.apply(plan.project))
    tasks, links = counted(len(plan.tasks), "task"), counted(len(plan.links), "link")
    report(f"{tasks}, {links}, {counted(len(plan.resources), 'person', 'people')}")
    # A Gantry workbook without its hidden sheet: its recurring tasks' rows, found again.
    recurring = recognise_recurring(plan)
    if recovery is not None and uid_col is not None:  # Gantry's Plan sheet: its dates, worked out
        unpin_scheduled_starts(plan)  # (after the occurrences' pins found their recurring task)
    report_progress(progress, _RECOGNISED, READ_STEPS)
    if recurring:
        whose = verb(len(recurring), "its", "their")
        report(f"{counted(len(recurring), 'recurring task')} read from {whose} occurrences' rows")
    start_tasks_under_way(plan)  # a task at 40 % has started, as the CSV read makes it
    for line in recovery.apply(plan, data, mapping) if recovery is not None else ():
        report(line)  # rates and risks from the Team and Risks sheets, and what is lost
        warn(line)
    cost = mapping.columns.get("cost")  # in a sheet as the file holds it: $1,000 is no €1,000
    if plan.project.currency_stated and cost is not None and not (data.first_row or data.first_col):
        refuse_foreign_money(path, mapping.sheet, data.rows, [cost], plan.project)
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


def _recovery(book: _Book, mapping: ColumnMapping) -> RegisterRecovery | None:
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
        for key, titles in ((TEAM_SHEET, _TEAM_TITLES), (RISK_SHEET, _RISK_TITLES))
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


def _team_names(book: _Book) -> list[str]:
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


def _refuse_merged(book: _Book, mapping: ColumnMapping) -> None:
    """Merged cells in the task rows hide which row a value belongs to: refuse them."""
    book.rows(mapping.sheet)
    merged = book.merged.get(mapping.sheet, [])
    cols = set(mapping.columns.values())
    refuse_merged(mapping.sheet, merged, mapping.header_row, cols, "task rows")


def _refuse_hidden_values(book: _Book, sheets: dict[str, tuple[tuple[str, ...], str]]) -> None:
    """A returned workbook's merged cells and unread formulas in the columns Gantry reads
    back: they read as empty, which would look like the client cleared them."""
    for sheet, (titles, rows) in sheets.items():
        header = book.rows(sheet).rows[:1]
        cols = {
            c for c, title in enumerate(header[0] if header else []) if cell_text(title) in titles
        }
        refuse_merged(sheet, book.merged.get(sheet, []), 0, cols, rows)
        refuse_unread_formulas(book.path, sheet, cols)


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
