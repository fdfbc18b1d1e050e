"""The task table as CSV: written like the workbook's Plan sheet, read like any client sheet.

Written text that a spreadsheet could take for a formula, a custom field's column title
included, gets a leading apostrophe (the usual CSV-injection guard); the reader drops it
again. Custom fields
follow the table's own columns, one each, titled ``Owner (Text1)`` (app/io/csv_custom.py).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.domain.constraint_names import CONSTRAINT_NAMES
from app.domain.costs import compute_costs
from app.domain.custom_fields import FieldKind, cut_aliases_note, kind_of
from app.domain.errors import FileFormatError, InputError
from app.domain.notation import format_duration, parse_duration
from app.domain.percent_shown import shown_percent
from app.domain.plan import Plan
from app.domain.plural_words import counted, joined_list, noun, verb
from app.domain.progress import Progress, part
from app.domain.progress import report as report_progress
from app.domain.project import Project
from app.domain.quoting import quoted
from app.domain.resource import Resource
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule as run_schedule
from app.domain.task import ConstraintType, DurationUnit, Task
from app.io.csv_actuals import actual_date_columns, read_actual_dates
from app.io.csv_custom import (
    add_custom_values,
    cell_text,
    column_title,
    csv_fields,
    custom_columns,
    cut_aliases,
    defined_fields,
    free_text_fields,
    masked_for_guess,
    read_title,
)
from app.io.csv_dialect import csv_dialect
from app.io.csv_pins import drop_held_pins, pins_note
from app.io.excel_export_choice import (
    FULL_EXPORT,
    ExportChoice,
    dropped_columns,
    handoff_plan,
)
from app.io.read_progress import start_tasks_under_way
from app.io.safe_text import safe_plan
from app.io.sheet_columns_note import unread_columns_note
from app.io.sheet_date_order import date_order_said, mapped_date_order
from app.io.sheet_file_marks import cost_cells, reading_file_marks, refuse_mixed_currency
from app.io.sheet_import import SheetRows, build_plan, left_out_note
from app.io.sheet_mapping import ColumnMapping, guess_mapping
from app.io.sheet_number_marks import reading_marks
from app.io.sheet_uids import uid_column, unpin_scheduled_starts
from app.io.sheet_values import is_blank
from app.io.workbook_cells import PLAN_COLUMNS, is_risky_text, plan_rows
from app.io.workbook_limits import DEFAULT_LIMITS, WorkbookLimits, check_rows

_MAX_BYTES = 100 * 1024 * 1024


def _safe(value: object) -> object:
    if isinstance(value, str) and is_risky_text(value):
        return "'" + value
    return value


def write_csv(plan: Plan, path: Path, **options: Any) -> None:
    """The task table as the workbook's Plan sheet (UID first), UTF-8 with BOM.

    The UID column lets a plan come back with its task UIDs, so that
    ``gantry diff X.gan X.csv`` compares the same tasks. The money columns name
    the currency (``Cost (GBP)``): the amounts are bare numbers, and the reader
    keeps the currency a title names. ``choice`` (:class:`ExportChoice`): a hand-off
    leaves the Fixed cost and Cost columns out without costs, Notes without notes, and the
    people's details and cost custom fields as the workbook does.
    """
    plan = safe_plan(plan)  # a pasted U+0000 or U+0001 made a CSV that does not read back
    sched = run_schedule(plan)
    choice: ExportChoice = options.get("choice") or FULL_EXPORT
    dropped = dropped_columns(choice)  # a hand-off without costs or notes: no such column
    plan = handoff_plan(plan, choice)  # dates as scheduled with every calendar, as the xlsx
    rows = plan_rows(plan, sched, compute_costs(plan, sched).task_cost)
    fields = csv_fields(plan)
    defined = plan.project.custom_fields
    digits = plan.project.currency_digits  # the money's decimals, as the workbook's
    dialect = csv_dialect(options.get("csv_dialect"))  # ; and 1500,50 in German (csv_dialect)
    fig = dialect.figure
    with Path(path).open("w", newline="", encoding="utf-8-sig") as fh:
        out = csv.writer(fh, delimiter=dialect.delimiter)
        # an alias is typed text too: "=HYPERLINK(...) (Text1)" is guarded like a cell
        titles = [_safe(column_title(f, defined)) for f in fields]
        kept = [t not in dropped for t in PLAN_COLUMNS]
        out.writerow(_kept(_titles(plan.project.currency), kept) + titles)
        for r in rows:
            cells = _kept(
                [
                    r.uid,
                    r.number,
                    r.wbs,
                    _safe("  " * (r.level - 1) + r.name),
                    fig(_exact_duration(plan, r.uid, r.duration)),
                    r.start.isoformat(sep=" ", timespec="minutes") if r.start else "",
                    r.finish.isoformat(sep=" ", timespec="minutes") if r.finish else "",
                    r.predecessors,
                    _safe(r.people),
                    fig(f"{_shown(plan, sched, r.uid, r.summary)}%"),
                    fig(f"{r.fixed_cost:.{digits}f}"),
                    fig(f"{r.cost:.{digits}f}"),
                    _safe(r.notes),
                ],
                kept,
            )
            out.writerow([*cells, *_custom_cells(plan, r.uid, fields)])


def _kept(cells: Sequence[object], kept: list[bool]) -> list[object]:
    """The cells of the columns a hand-off keeps (all of them in a full export)."""
    return [c for c, k in zip(cells, kept, strict=True) if k]


def csv_not_kept(plan: Plan) -> str:
    """The manual tasks a CSV of ``plan`` cannot carry, as ``gantry convert`` says it
    (formats.not_kept): no column says manual, so read back such a task is scheduled
    automatically, its Start read as 'Start No Earlier Than'. "" when there is none."""
    manual = [t for t in plan.tasks if t.manual and not plan.is_summary(t.uid)]
    if not manual:
        return ""
    n = len(manual)
    return (
        f".csv keeps no manual scheduling: {counted(n, 'manually scheduled task')} "
        f"{verb(n, 'comes', 'come')} back scheduled automatically from {noun(n, 'its', 'their')}"
        f" Start (the first: {quoted(manual[0].name)})"
    )


def csv_table_note(plan: Plan) -> str:
    """What of ``plan`` a CSV has no column for, in one line as ``gantry convert`` says it
    (formats.not_kept; "" when nothing): the people's details (their names go in the People
    column), baselines, deadlines, constraints other than a start date, which read back
    as nothing (the risk register has a line of its own)."""
    blank = {f: getattr(Resource(0, ""), f) for f in _PERSON_DETAILS}
    people = sum(1 for r in plan.resources if any(getattr(r, f) != v for f, v in blank.items()))
    tasks = plan.tasks
    lost = [
        f"{counted(people, 'person', 'people')}'s rates, roles and other details "
        "(only names travel, in the People column)"
        if people
        else "",
        counted(len(plan.baselines), "baseline") if plan.baselines else "",
        counted(n, "deadline") if (n := sum(t.deadline is not None for t in tasks)) else "",
        counted(n, "constraint") + f" other than '{CONSTRAINT_NAMES[ConstraintType.SNET]}'"
        if (n := sum(t.constraint_type not in _CSV_CONSTRAINTS for t in tasks))
        else "",
    ]
    said = [item for item in lost if item]
    if not said:
        return ""
    return f".csv carries the task table only; not saved: {joined_list(said)}"


# What the People column cannot say of a person (their name and units it does).
_PERSON_DETAILS = (
    "type", "initials", "role", "email", "skills", "max_units", "standard_rate",
    "overtime_rate", "cost_per_use", "calendar_uid", "availability", "rate_tables", "notes",
)  # fmt: skip
_CSV_CONSTRAINTS = (ConstraintType.ASAP, ConstraintType.SNET)  # a Start read back: SNET


def _shown(plan: Plan, sched: Schedule, uid: int, summary: bool) -> int:
    """The % Complete cell as the sheet shows it (2d done of 9d: 22, not 22.22): the CSV has
    no Actual Duration column to keep the exact figure, and a client reads it as the sheet.
    From the exact figure, so a task just started writes 1 %, still started when read back."""
    times = sched.get(uid)
    exact = times.percent_complete if summary and times is not None else None
    return shown_percent(plan.task(uid).percent_complete if exact is None else exact)


def _custom_cells(plan: Plan, uid: int, fields: list[str]) -> list[object]:
    """The task's custom cells in column order (text guarded like the other texts)."""
    if not fields:
        return []
    values = dict(plan.task(uid).custom)
    cells: list[object] = []
    for f in fields:
        text = cell_text(f, values.get(f), plan.project)
        cells.append(_safe(text) if kind_of(f) is FieldKind.TEXT else text)  # -5 is a number
    return cells


# The project a CSV is read into knows none of the plan's working time: 8-hour days.
_READER_PROJECT = Project()


def _exact_duration(plan: Plan, uid: int, text: str) -> str:
    """The Duration cell: as the sheet shows it when that reads back to the same minutes.

    A plan with 7.5-hour days writes 1d for 450 minutes, and 8.88d (two decimals)
    for 4261: read back into 8-hour days that is 480 and 4262. Such a task is
    written in hours, or in minutes when hours are not exact either.
    """
    if plan.is_summary(uid):
        return text  # rolled up from the subtasks: not read back
    task = plan.task(uid)
    minutes = task.duration_minutes
    try:
        if parse_duration(text, _READER_PROJECT).minutes == minutes:
            return text
    except InputError:  # a text the sheet wrote that the notation does not read
        return text
    for unit in (DurationUnit.HOURS, DurationUnit.MINUTES):
        exact = format_duration(minutes, _READER_PROJECT, task.elapsed, task.estimated, unit)
        if parse_duration(exact, _READER_PROJECT).minutes == minutes:
            return exact
    return text


def _titles(currency: str) -> list[str]:
    """The Plan sheet's titles, the money ones with the currency code when it is known."""
    money = ("Fixed cost", "Cost")
    return [f"{t} ({currency})" if currency and t in money else t for t in PLAN_COLUMNS]


def csv_rows(path: Path, limits: WorkbookLimits = DEFAULT_LIMITS) -> SheetRows:
    """The cells of a CSV file (comma, semicolon or tab separated) as one sheet."""
    path = Path(path)
    if path.stat().st_size > _MAX_BYTES:
        raise FileFormatError(f"{path.name}: larger than {_MAX_BYTES // (1024 * 1024)} MB; refused")
    text = _decoded(path.read_bytes())
    if "\x00" in text:
        raise FileFormatError(f"{path.name}: is not a text (CSV) file")
    try:
        delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    # Only the delimiter is sniffed: spreadsheets quote with "..." and double a quote
    # inside, and the sniffer took the guard's apostrophe in "'=HYPERLINK(""x"") (Text1)"
    # for the quote character, which cut that title at its inner quotes.
    # Read from the text itself, not its lines: a quoted cell may hold line breaks (notes).
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter)
    try:
        rows = [[_unguard(c) for c in row] for row in reader]
    except csv.Error as exc:  # a cell over the csv module's limit (128 KB), a stray NUL...
        raise FileFormatError(
            f"{path.name}: row {reader.line_num} cannot be read as CSV ({exc})"
        ) from exc
    check_rows(path.stem, len(rows), limits)
    return SheetRows(path.stem, rows)


# Byte-order marks of the encodings spreadsheets save text in ("Unicode text" is UTF-16).
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _decoded(data: bytes) -> str:
    """The text of a CSV file: by its byte-order mark, else UTF-8, else Windows-1252 (a
    CSV saved by Excel on Windows), else Latin-1 (which reads any byte)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_csv(path: Path, **options: Any) -> Plan:
    """A plan from a CSV task table; ``mapping`` (ColumnMapping) overrides the guessed columns.

    ``report`` and ``warn`` (callables taking one line) hear what was mapped and the rows
    left out, as :func:`app.io.excel_import.read_workbook` tells them. ``progress``
    (app.domain.progress.Progress) hears how far the read is, in :data:`READ_STEPS` steps
    (the build's, as a workbook's); when it answers False the read stops with CancelledError.
    ``rows``: the file's cells as :func:`csv_rows` gave them already (File > Import parses
    the file once, for its column mapping dialog and the read). ``pins_note`` False: the
    tasks kept at their Start ('Start No Earlier Than', :func:`pins_note`) go unsaid, as
    ``gantry diff`` wants: it makes the CSV's edits in the other plan, whose calendars and
    delays place those tasks, and shows a Start the client typed as its task's move
    (app/cli/diff_csv.py). Convert and open keep the pins in the plan, and say so.
    ``name_note`` False: the plan named after the file goes unsaid (:func:`_name_note`), as
    ``gantry diff`` wants: it compares the plans' tasks, and a note on every run that the
    CSV keeps no name tells nothing of what changed; convert and open say it once.
    ``marks`` (group, decimal): the separators money text cells are typed with (None: the
    environment's locale's, :mod:`app.io.sheet_number_marks`; the window passes its own).
    ``fresh_above``: a row without a UID gets one above this too (``gantry diff`` passes
    the other plan's highest, so a new row takes the UID that plan would give it, not the
    UID of a task the CSV deleted).
    """
    with reading_marks(options.get("marks")):
        return _read_csv(path, **options)


def _read_csv(path: Path, **options: Any) -> Plan:
    """:func:`read_csv` within the read's number marks."""
    path = Path(path)
    progress: Progress | None = options.get("progress")
    report_progress(progress, 0, READ_STEPS)
    given: SheetRows | None = options.get("rows")
    data = given if given is not None else csv_rows(path, options.get("limits") or DEFAULT_LIMITS)
    report_progress(progress, _PARSED, READ_STEPS)
    mapping: ColumnMapping | None = options.get("mapping") or guess_csv_mapping(data)
    if mapping is None and _is_empty_export(data):
        fields = defined_fields(data.rows[0])  # the aliases of a plan without tasks
        return Plan(project=Project(name=data.sheet, currency_stated=False, custom_fields=fields))
    if mapping is None:
        raise FileFormatError(
            f"{path.name}: no header row with a task name and a duration, start, finish "
            "or predecessors column"
        )
    report = options.get("report")
    if report is not None:
        report(mapping.describe())
    uid_col = uid_column(mapping.titles, list(mapping.columns.values()))
    # Gantry's own CSV lists people as it writes them, "Ana, Ben[50%]": a name
    # such as "Heating and AC contractor" or "R&D / QA" is one person
    day_first: bool | None = options.get("day_first")  # 07/08/2023 (None: the locale's)
    # Columns titled by a custom field ("Owner (Text1)") feed that field (csv_custom), even
    # where a mapping took one for a field of the table by its folded title ("owner": People)
    taken = [mapping.columns["name"], *([] if uid_col is None else [uid_col])]
    custom = custom_columns(data.sheet, mapping.titles, taken)
    named = {col for col, _, _ in custom}
    if custom:
        mapping = replace(
            mapping,
            columns={f: c for f, c in mapping.columns.items() if f == "name" or c not in named},
            custom=free_text_fields(mapping.custom, custom),
        )
    # a custom Date column's 13/04/2027 tells the order Start and Finish read in too
    dated = [col for col, field, _ in custom if kind_of(field) is FieldKind.DATE]
    if dated:
        day_first = mapped_date_order(data, mapping, day_first, dated).day_first
    building = None if progress is None else part(progress, _PARSED, _BUILT, READ_STEPS)
    summary_notes: list[str] = []  # a summary's Cost that is not its rows' total
    money = cost_cells(data, mapping)
    refuse_mixed_currency(money)  # CHF 1'500.00 among € amounts: no francs counted as euros
    with reading_file_marks(v for _, v in money):  # 1.500 read as the file's 1.234,50 tells
        plan = build_plan(
            data,
            mapping,
            uid_col=uid_col,
            listed_people=uid_col is not None,
            day_first=day_first,
            progress=building,
            fresh_above=options.get("fresh_above", 0),
            notes=summary_notes,
        )
    if custom:  # their dates read as Start and Finish did: 1/25/2027 there tells 2/9/2027 here
        order = mapped_date_order(data, mapping, day_first).day_first
        add_custom_values(plan, _task_rows(data, mapping), custom, data.where, order)
    pinned: list[Task] = []
    if uid_col is not None:
        unpin_scheduled_starts(plan)
        pinned = drop_held_pins(plan)  # the pins the links make good
    actuals = actual_date_columns(mapping, {*mapping.columns.values(), *named})
    if actuals != (None, None):  # MS Project's Tracking table: its dates (csv_actuals)
        order = mapped_date_order(data, mapping, day_first).day_first
        read_actual_dates(plan, data, _task_rows(data, mapping), actuals, order)
    start_tasks_under_way(plan)  # a task at 40 % has started (read_progress)
    note = left_out_note(data, mapping, formulas=False)
    cut = cut_aliases_note(path.name, cut_aliases(mapping.titles)) if custom else None
    told = date_order_said(data, mapping, day_first, dated)
    own = uid_col is not None  # Gantry's own table: what it cannot carry, once
    # a client's column no field takes (MS Project's Arbeit, Travail) is named, not dropped
    read = {*named, *(c for c in actuals if c is not None)}
    unread = None if own else unread_columns_note(mapping, read)
    for line in (
        *summary_notes,
        unread,
        note,
        told,
        cut,
        _name_note(path, plan) if own and options.get("name_note", True) else None,
        pins_note(path.name, pinned) if options.get("pins_note", True) else None,
    ):
        for hear in (report, options.get("warn")):
            if hear is not None and line is not None:
                hear(line)
    report_progress(progress, READ_STEPS, READ_STEPS)
    return plan


def _name_note(path: Path, plan: Plan) -> str:
    """What Gantry's own CSV (a UID column) cannot bring back: the plan's name, which has no
    place in a table of tasks; the plan read is named after the file."""
    return f"{path.name} keeps no plan name: the plan is named {quoted(plan.project.name)}, after the file"


READ_STEPS = 1000  # read_csv's progress: the file's cells, then the plan's build
_PARSED = 100  # the text split into cells (~a tenth of a big CSV's read)
_BUILT = 950  # tasks, links and people built; then the custom values and notes


def guess_csv_mapping(data: SheetRows) -> ColumnMapping | None:
    """The guessed mapping of a CSV's rows, custom columns' titles read as written (the
    guess does not see them: it would take ``Owner (Text1)`` for the People column). The
    import dialog's first guess for a CSV should come from here."""
    mapping = guess_mapping(data.sheet, masked_for_guess(data.rows))
    if mapping is None:
        return None
    header = data.rows[mapping.header_row]
    return replace(mapping, titles=tuple("" if c is None else str(c) for c in header))


def _task_rows(data: SheetRows, mapping: ColumnMapping) -> list[tuple[int, Sequence[object]]]:
    """The rows build_plan makes tasks of (those with a name), with their indexes."""
    col = mapping.columns["name"]
    first = mapping.header_row + 1
    return [
        (i, row)
        for i, row in enumerate(data.rows[first:], start=first)
        if col < len(row) and not is_blank(row[col])
    ]


def _is_empty_export(data: SheetRows) -> bool:
    """Whether the rows are Gantry's own task table of a plan without tasks: its titles only
    (custom fields' after them)."""
    rows = [r for r in data.rows if any(str(c).strip() for c in r)]
    if len(rows) != 1:
        return False
    own = len(PLAN_COLUMNS)
    titles = [str(c).split(" (")[0].strip() for c in rows[0][:own]]
    return tuple(titles) == PLAN_COLUMNS and all(read_title(c) for c in rows[0][own:])


def _unguard(cell: str) -> str:
    if cell[:1] == "'" and is_risky_text(cell[1:]):
        return cell[1:]
    return cell
