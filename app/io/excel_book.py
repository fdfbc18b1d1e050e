"""A workbook (.xlsx, .xls, .ods) opened with python-calamine for reading a plan: its sheets,
each read once with the size limits checked (:class:`Book`), and a workbook Gantry exported
read back to its base and client plans (:meth:`Book.roundtrip`). :mod:`app.io.excel_import`
reads plans with it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

import python_calamine as pc

from app.domain.errors import FileFormatError
from app.domain.progress import Progress, part
from app.domain.progress import report as report_progress
from app.domain.quoting import quoted
from app.io.negative_uids import negative_uid
from app.io.register_sheets import RISK_COLUMNS, RISK_SHEET, TEAM_COLUMNS, TEAM_SHEET
from app.io.roundtrip_file_marks import reading_returned_marks
from app.io.roundtrip_import import RoundTrip, read_roundtrip
from app.io.roundtrip_indents import task_indents
from app.io.roundtrip_other_sheets import BUDGET_SHEET, other_sheet_notes
from app.io.sheet_currency import refuse_foreign_returned
from app.io.sheet_import import SheetRows
from app.io.sheet_mapping import ColumnMapping, column_letter
from app.io.sheet_rows_read import cells, load_sheet
from app.io.shown_times import plan_moment_columns, times_shown
from app.io.workbook_about_sheet import ABOUT_SHEET
from app.io.workbook_cells import PLAN_COLUMNS, PLAN_SHEET, SNAPSHOT_SHEET, cell_text
from app.io.workbook_extent import xlsx_scan
from app.io.workbook_limits import WorkbookLimits, check_cells, check_rows, check_workbook_file
from app.io.workbook_number_formats import shown_cells, with_cells
from app.io.workbook_ods_merges import ods_merged_ranges
from app.io.workbook_refusals import refuse_merged, refuse_unread_formulas, told_with

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


class Book:
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
            for key, columns in ((TEAM_SHEET, TEAM_TITLES), (RISK_SHEET, RISK_TITLES))
            if (found := self.register_sheet(key, columns, sheet)) is not None
        }
        # a number in a percent cell is what the cell shows: 1.5 is 150 %
        registers = {
            key: self.percents_shown(name, self.rows(name).rows, _SHOWN_AS_PERCENT[key])
            for key, name in named.items()
        }
        plan_rows = self.percents_shown(sheet, self.rows(sheet).rows, "% Complete")
        # a moment at midnight in a cell showing its time is midnight, not a date alone
        plan_rows = times_shown(self.path, sheet, plan_rows, plan_moment_columns(plan_rows))
        for name, rows in ((sheet, plan_rows), *((named[k], r) for k, r in registers.items())):
            _refuse_negative_uids(name, rows)
        read_back = {sheet: (PLAN_COLUMNS, "task rows")}
        if TEAM_SHEET in named:
            read_back[named[TEAM_SHEET]] = (TEAM_COLUMNS, "rows of people")
        if RISK_SHEET in named:
            read_back[named[RISK_SHEET]] = (RISK_COLUMNS, "rows of risks")
        indents = task_indents(self.path, sheet, plan_rows)  # Increase Indent: an outline
        # the Budget and About sheets read with the others, before the rows' own progress
        for other in (BUDGET_SHEET, ABOUT_SHEET):
            if other in self.names:
                self.rows(other)
        read = partial(
            read_roundtrip,
            self.rows(SNAPSHOT_SHEET).rows, plan_rows, sheet, registers, day_first, named, progress,
            indents, self.path.name,
        )  # fmt: skip
        # a client's 1.234,50 € tells how their 12.000 reads, whatever the PM's locale
        with reading_returned_marks(plan_rows, registers):
            told_with(partial(refuse_hidden_values, self, read_back), read)  # all bad at once
            trip = read()
        sheets = {
            PLAN_SHEET: (sheet, plan_rows),
            **{k: (named[k], r) for k, r in registers.items()},
        }
        refuse_foreign_returned(self.path, sheets, trip.base.project)  # $120 is no €120
        # Budget and About cells the client changed: not read, so named (roundtrip_other_sheets)
        trip.notes.extend(other_sheet_notes(self.names, lambda n: self.rows(n).rows, trip.base))
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
TEAM_TITLES = frozenset({"UID", "Name", "Type", "Max units"})
RISK_TITLES = frozenset({"UID", "Risk", "Probability", "Impact"})
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


def refuse_hidden_values(book: Book, sheets: dict[str, tuple[tuple[str, ...], str]]) -> None:
    """A returned workbook's merged cells and unread formulas in the columns Gantry reads
    back: they read as empty, which would look like the client cleared them."""
    for sheet, (titles, rows) in sheets.items():
        header = book.rows(sheet).rows[:1]
        cols = {
            c for c, title in enumerate(header[0] if header else []) if cell_text(title) in titles
        }
        refuse_merged(sheet, book.merged.get(sheet, []), 0, cols, rows)
        refuse_unread_formulas(book.path, sheet, cols)
