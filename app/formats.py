"""Read and write plans in every supported format, chosen by file extension.

This is the one place that knows which module handles which extension; the
command line and the window both come through here. Handlers are imported
lazily so that starting the CLI stays fast.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.errors import AppError, CancelledError, FileFormatError, UnsupportedFormatError
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.progress import Progress, report
from app.io.sniff import CONTAINERS, PROMISED, Sniffed, disguise

if TYPE_CHECKING:
    from app.domain.schedule import Schedule

# extension -> "module:function". Readers: (path, **options) -> Plan.
# Writers: (plan, path, **options) -> None.
READERS: dict[str, str] = {
    ".gantry": "app.store.document:read_plan",
    ".xlsx": "app.io.excel_import:read_workbook",
    ".xls": "app.io.excel_import:read_workbook",
    ".ods": "app.io.excel_import:read_workbook",
    ".csv": "app.io.csv_plan:read_csv",
    ".gan": "app.io.gan:read_gan",
    ".xml": "app.io.mspdi:read_mspdi",
    ".mpp": "app.io.mpp:read_mpp",
}
WRITERS: dict[str, str] = {
    ".gantry": "app.store.document:write_plan",
    ".xlsx": "app.io.excel_export:write_workbook",
    ".csv": "app.io.csv_plan:write_csv",
    ".xml": "app.io.mspdi_write:write_mspdi",
    ".gan": "app.io.gan_write:write_gan",
    ".pdf": "app.report.export:write_pdf",
    ".png": "app.report.export:write_png",
}


def _resolve(
    table: dict[str, str], path: Path, verb: str, ext: str | None = None
) -> Callable[..., Any]:
    ext = path.suffix.lower() if ext is None else ext
    target = table.get(ext)
    if target is None:
        known = READERS if verb == "read" else WRITERS
        if ext and ext in (set(READERS) | set(WRITERS)) - set(known):
            raise UnsupportedFormatError(f"cannot {verb} {ext} files")
        raise UnsupportedFormatError(f"not supported yet: {ext or path.name}")
    module_name, func = target.split(":")
    return getattr(importlib.import_module(module_name), func)  # type: ignore[no-any-return]


# Writers that keep a recurring task's occurrences as ordinary tasks, not its pattern.
_NO_RECURRENCE = frozenset({".csv", ".gan"})


def keeps_recurrence(ext: str) -> bool:
    """Whether a plan written as ``ext`` (".csv") keeps its recurring tasks' patterns."""
    return ext.lower() not in _NO_RECURRENCE


# Writers that leave the tasks' custom field values (Text1, Number1...) out: none since
# .csv (a column per field) and .gan (a custom task property per field) keep them.
_NO_CUSTOM_FIELDS: frozenset[str] = frozenset()
# Writers that keep the values but not a field's value list (MS Project's lookup table, which
# Text, Number, Cost, Date and Duration fields may have).
_NO_VALUE_LISTS = frozenset({".csv", ".gan"})


def keeps_custom_fields(ext: str) -> bool:
    """Whether a plan written as ``ext`` (".csv") keeps its tasks' custom field values."""
    return ext.lower() not in _NO_CUSTOM_FIELDS


def keeps_value_lists(ext: str) -> bool:
    """Whether a plan written as ``ext`` keeps its custom fields' value lists (.csv does not)."""
    return keeps_custom_fields(ext) and ext.lower() not in _NO_VALUE_LISTS


def reads_back(ext: str) -> bool:
    """Whether :func:`not_kept` reads a file written as ``ext`` back when given it (a few
    seconds at 10k tasks: the window does it off the GUI thread)."""
    return ext.lower() in (".csv", ".gan")


# Writers of printouts: a picture of the plan, never a plan read again, so nothing is "not
# saved" in one (`gantry convert plan.gantry out.pdf` said ".pdf keeps no interim plans").
PRINTOUTS = frozenset({".pdf", ".png"})


def not_kept(plan: Plan, ext: str, written: Path | None = None) -> list[str]:
    """What a plan written as ``ext`` loses, one line each (recurring patterns, custom field
    values or value lists), as ``gantry convert`` and the window's Save a Copy As and Export
    say it; nothing for a printout (:data:`PRINTOUTS`). ``written``: the file just written,
    read back to say which tasks' dates move."""
    ext = ext.lower()
    lines: list[str] = []
    if ext in PRINTOUTS:
        return lines
    if not keeps_recurrence(ext):  # .csv, .gan: a recurring task's occurrences only
        from app.domain.recurrence_tasks import patterns_not_kept

        lines.append(patterns_not_kept(plan, ext))
    if not keeps_custom_fields(ext):
        from app.domain.custom_not_kept import custom_values_not_kept

        lines.append(custom_values_not_kept(plan, ext))
    elif not keeps_value_lists(ext):  # .csv, .gan: the values, not the lists
        from app.domain.custom_not_kept import value_lists_not_kept

        lines.append(value_lists_not_kept(plan, ext))
    if ext == ".csv":  # no column of the task table holds a task's hyperlink
        from app.domain.hyperlinks import hyperlinks_not_kept

        lines.append(hyperlinks_not_kept(plan.tasks, ext))
        from app.io.csv_plan import csv_not_kept, csv_table_note

        lines.append(csv_not_kept(plan))  # no column says a task is manual
        lines.append(csv_table_note(plan))  # people's rates, baselines...: once
    if ext == ".gan":  # a task's webLink keeps the address, not the text to display
        from app.io.gan_hyperlinks import texts_not_kept

        lines.append(texts_not_kept(plan.tasks))
    if ext == ".gan":  # GanttProject counts whole days
        from app.domain.whole_days_not_kept import whole_days_not_kept

        lines.append(whole_days_not_kept(plan, ext))
        from app.io.gan_not_kept import gan_not_kept  # baselines' costs, fixed costs, roles

        lines.extend(gan_not_kept(plan))
    if reads_back(ext):  # calendars, splits...: read back, tasks would move
        from app.domain.dates_not_kept import dates_not_kept

        lines.append(dates_not_kept(plan, ext, _read_back(written)))
    if ext == ".gantry":  # half a UTF-16 pair is saved as U+FFFD (app/store/text_repair.py)
        from app.store.text_repair import surrogates_note

        lines.append(surrogates_note(plan, ext))
    if ext in (".gan", ".xml", ".csv"):  # pasted control characters (app/io/safe_text.py)
        from app.domain.leveling_not_kept import leveling_not_kept
        from app.io.safe_text import left_out_note

        lines.append(left_out_note(plan, ext))
        lines.append(leveling_not_kept(plan, ext))  # no place for the Leveling Options
        from app.domain.delay_not_kept import delays_not_kept

        lines.append(delays_not_kept(plan, ext))  # the people's Delay: .gan/.csv none
        if ext == ".xml":  # <Delay> keeps the length, not the unit typed (1w: 5d)
            from app.domain.delay_not_kept import delay_units_not_kept

            lines.append(delay_units_not_kept(plan, ext))
        if ext != ".xml":  # MS Project XML keeps them (app/io/mspdi_actual_days.py)
            from app.domain.actual_days import actual_days_not_kept

            lines.append(actual_days_not_kept(plan.assignments, ext))  # hours day by day
        if ext == ".xml":  # MS Project keeps whole percents and names of 255 characters
            from app.io.mspdi_write_limits import limits_not_kept

            lines.append(limits_not_kept(plan, ext))
            from app.io.mspdi_write_leveling import preleveled_not_kept

            lines.append(preleveled_not_kept(plan, ext))  # a plan that cannot be scheduled
            from app.io.mspdi_baselines import accruals_not_kept

            lines.append(accruals_not_kept(plan, ext))  # <Baseline> has no field for it
            from app.domain.baseline_spread_not_kept import spread_not_kept

            lines.append(spread_not_kept(plan))  # people's baseline contour, units, overtime
        if plan.risks:  # the risk register goes to .gantry and the workbook's Risks sheet only
            risks = counted(len(plan.risks), "risk")
            lines.append(f"{ext} keeps no risk register: {risks} not saved")
        if ext != ".xml":  # MS Project XML keeps budget resources (app/io/mspdi_budgets.py)
            from app.domain.budget_resources import budgets_not_kept

            lines.append(budgets_not_kept(plan, ext))
        from app.domain.view_not_kept import view_not_kept

        lines.append(view_not_kept(plan, ext))  # the sheet's columns, progress lines
        from app.domain.page_breaks_not_kept import page_breaks_not_kept

        lines.append(page_breaks_not_kept(plan, ext))  # Insert Page Break: .gantry, .xlsx
    from app.domain.interim import interims_not_kept

    lines.append(interims_not_kept(plan, ext))  # Start1..10/Finish1..10: .gantry, .xml, .xlsx
    if ext == ".xlsx" and written is not None:  # without its _gantry sheet: shown, not read
        from app.io.workbook_interims_kept import sheet_only_interims

        lines.append(sheet_only_interims(plan, written))
        from app.io.workbook_interims_kept import has_snapshot

        if has_snapshot(written) is False:  # People's units read back, not a Delay
            from app.domain.delay_not_kept import delays_not_kept

            lines.append(delays_not_kept(plan, ext, f"{written.name} (no _gantry sheet)"))
            from app.domain.actual_days import actual_days_not_kept

            where = f"{written.name} (no _gantry sheet)"
            lines.append(actual_days_not_kept(plan.assignments, ext, where))
    return [line for line in lines if line]


def _read_back(written: Path | None) -> Plan | None:
    """``written`` read back as the target reads it (None: not given, or unreadable)."""
    if written is None:
        return None
    try:
        return read_plan(written, note=lambda _line: None)
    except AppError:
        return None


# Readers that report ``progress(done, total)`` while they read and stop when it says so.
_REPORTING = frozenset({".gantry", ".xml", ".gan", ".xlsx", ".xls", ".ods"})


def reports_progress(path: Path) -> bool:
    """Whether reading ``path`` reports its progress as it goes (and so can stop midway)."""
    return _read_as(Path(path))[0] in _REPORTING


def _read_as(path: Path) -> tuple[str, Sniffed | None]:
    """The extension whose reader reads ``path``, and what it really is when its name
    says otherwise (None: it is what its name says, or its content tells nothing)."""
    ext = path.suffix.lower()
    if not path.is_file():
        return ext, None
    found = disguise(path)
    if found is None:
        return ext, None
    if found.ext is not None and found.ext in READERS:
        return found.ext, found
    if found.container in CONTAINERS.get(ext, ()):
        return ext, None  # its own reader says what is wrong with it
    return ext, found


def real_extension(path: Path) -> str:
    """The extension of the format ``path`` is read as (its own, unless its content is
    another format: see :func:`read_plan`)."""
    return _read_as(Path(path))[0]


def disguise_text(path: Path) -> str:
    """ "plan.mpp is MS Project XML, not a binary MS Project file" when ``path`` is read as
    another format than its extension says (see :func:`read_plan`); else empty."""
    path = Path(path)
    found = _read_as(path)[1]
    if found is None or found.ext is None:
        return ""
    promised = PROMISED.get(path.suffix.lower())
    return f"{path.name} is {found.what}" + (f", not {promised}" if promised else "")


def disguised_as(path: Path) -> str:
    """The one line a user is told when ``path`` is not what its extension says and is
    read as what it really is; empty when it is what its name says. The CLI prints it
    on stderr; the window can show it in its status bar after opening ``path``."""
    text = disguise_text(path)
    return f"{text}; read it as that" if text else ""


def read_plan(path: Path, **options: Any) -> Plan:
    """Load a plan from any readable format; errors are AppError with a clear message.

    The format is the one the content shows when the name says otherwise (an MS
    Project XML renamed .mpp is read as XML). Content Gantry reads in no form (a
    PDF, an empty file) is refused with one line saying what it is.

    ``note`` (a callable taking one line) hears everything the read has to say, from
    every reader: what it left out (MS Project fields, a sheet's rows without a task
    name), how it read what reads two ways (dates such as 07/08/2023), then
    :func:`disguised_as`, an XML's mislabelled encoding and the people it renamed
    (:func:`after_read_notes`). The command line and the window's Open and Import
    both hear them here, so they say the same lines.

    ``progress`` (app.domain.progress.Progress): the readers that
    :func:`reports_progress` names report as they read and raise CancelledError
    when it answers False; any other reader is reported only before and after.
    """
    path = Path(path)
    note: Callable[[str], None] | None = options.pop("note", None)
    if not path.exists():
        raise AppError(f"{path}: no such file")
    if path.is_dir():
        raise AppError(f"{path}: is a folder, not a plan")
    ext, found = _read_as(path)
    if found is not None and found.ext is None:
        promised = PROMISED.get(path.suffix.lower())
        if promised is None:
            promised = f"a plan Gantry reads ({' '.join(sorted(READERS))})"
        raise FileFormatError(f"{path.name}: is {found.what}, not {promised}")
    reader = _resolve(READERS, path, "read", ext)
    if note is not None:  # every reader's "warn": what it left out, how it read dates
        options["warn"] = note
    if found is None:
        plan = _run_reader(reader, path, ext, options)
    else:
        with _named_as(path, ext) as alias:
            try:
                plan = _run_reader(reader, alias, ext, options)
            except CancelledError:
                raise
            except AppError as exc:  # name the user's file, not the alias, and what it is
                exc.args = (f"{str(exc).replace(alias.name, path.name)} ({disguise_text(path)})",)
                raise
    if note is not None:
        for line in after_read_notes(path, plan):
            note(line)
    return plan


def after_read_notes(path: Path, plan: Plan) -> list[str]:
    """What is said of ``path`` once ``plan`` is read from it, after the reader's own notes:
    that it is another format than its name says (:func:`disguised_as`), that its XML
    declares an encoding its text is not in, which people the reader renamed ('Doe,
    Jane' is 'Doe Jane') and which calendar exceptions share a day (exception_overlaps).
    :func:`read_plan` gives them to its ``note``."""
    from app.domain.exception_overlaps import overlap_notes
    from app.domain.resource import MSPDI_SOURCE, renamed_notice, renamed_on_read
    from app.io.xml_safety import mislabelled_utf8

    path = Path(path)
    ext = real_extension(path)
    lines = [disguised_as(path)]
    if ext != ".gantry":  # a .gantry file is SQLite, and renames no one (it keeps the names)
        lines.append(mislabelled_utf8(path))  # declares ISO-8859-1, is UTF-8: read as that
        # the reader notes the file it read, which is named path.stem + ext when disguised
        sources = (path.name, path.stem + ext, MSPDI_SOURCE)
        lines.append(renamed_notice(renamed_on_read(plan.resources, sources)))
    lines += overlap_notes(plan)  # exceptions sharing a day, and the one the dates follow
    return [line for line in lines if line]


def _run_reader(reader: Callable[..., Any], path: Path, ext: str, options: dict[str, Any]) -> Plan:
    if ext in _REPORTING or options.get("progress") is None:
        return reader(path, **options)  # type: ignore[no-any-return]
    progress: Progress = options.pop("progress")
    report(progress, 0, 1)
    plan: Plan = reader(path, **options)
    report(progress, 1, 1)
    return plan


@contextmanager
def _named_as(path: Path, ext: str) -> Iterator[Path]:
    """``path`` under its real extension, in a temporary folder: every reader (and the
    libraries under it) chooses by extension. A link where the system allows, else a copy."""
    import shutil  # here, as below: reading or scheduling a plan needs neither (~4 ms)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="gantry-read-") as folder:
        alias = Path(folder) / (path.stem + ext)
        try:
            alias.symlink_to(path.resolve())
        except OSError:
            shutil.copyfile(path, alias)
        yield alias


# Writers that already write whole or not at all: the store writes a .gantry file
# beside its name and renames it, under the plan's lock (an open plan is refused).
_WRITES_WHOLE = frozenset({".gantry"})


def write_plan(plan: Plan, path: Path, **options: Any) -> None:
    """Write a plan in the format the extension names, whole or not at all
    (see :func:`whole_file`)."""
    path = Path(path)
    writer = _resolve(WRITERS, path, "write")
    if path.suffix.lower() in _WRITES_WHOLE:
        writer(plan, through_link(path), **options)
        return
    with whole_file(path) as draft:
        writer(plan, draft, **options)


@contextmanager
def whole_file(path: Path) -> Iterator[Path]:
    """Where to write ``path`` so that it appears whole or not at all.

    The draft has the same name, in a hidden folder beside ``path``; it is moved
    into place when the block ends without an error. A write that fails (or is
    cancelled) leaves no file, or the previous one as it was. A message naming
    the draft's full path is made to name ``path``. A ``path`` that is a symbolic
    link is written through: its target is replaced and the link kept.
    """
    import shutil
    import tempfile

    path = through_link(Path(path))
    folder = path.absolute().parent
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".writing", dir=folder))
    except OSError as exc:
        if not (path.is_file() and os.access(path, os.W_OK)):
            raise AppError(f"{folder}: cannot write there ({exc.strerror or exc})") from exc
        # a folder we may not add files to, but whose file we may rewrite: in place
        try:
            yield path
        except OSError as err:
            raise AppError(f"{path.name}: cannot be written ({err.strerror or err})") from err
        return
    draft = work / path.name
    try:
        yield draft
        os.replace(draft, path)
    except AppError as exc:
        exc.args = tuple(
            a.replace(str(draft), str(path)) if isinstance(a, str) else a for a in exc.args
        )
        raise
    except OSError as exc:
        raise AppError(f"{path.name}: cannot be written ({exc.strerror or exc})") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


def through_link(path: Path) -> Path:
    """The file a write to ``path`` should replace: a symbolic link's final target (which
    may not exist yet), so the link stays a link; any other path as it is."""
    if not path.is_symlink():
        return path
    return Path(os.path.realpath(path))


def check_writable(path: Path) -> None:
    """Refuse (UnsupportedFormatError) an output whose extension no writer takes, naming
    the ones that do: before any reading, so a large plan is not read for nothing."""
    path = Path(path)
    try:
        _resolve(WRITERS, path, "write")
    except UnsupportedFormatError as exc:
        raise UnsupportedFormatError(f"{exc} (Gantry writes {' '.join(WRITERS)})") from None


def readable_extensions() -> list[str]:
    """Extensions that can be opened or imported."""
    return sorted(READERS)


def writable_extensions() -> list[str]:
    """Extensions that can be written."""
    return sorted(WRITERS)


def saved_dates_said(path: Path, plan: Plan, schedule: Schedule) -> str | None:
    """The note when a schedule from scratch moves tasks of an MS Project file (.xml, .mpp,
    by their contents) from the dates it saved (app.domain.saved_dates), said alike by
    ``gantry schedule``/``info`` and the window's Open; None: nothing to say. Never for an
    MPX text export, which saves its dates to the day only, so every task would seem moved."""
    if real_extension(Path(path)) not in (".xml", ".mpp"):
        return None
    from app.io.mpp import is_mpx

    if is_mpx(Path(path)):
        return None
    from app.domain.saved_dates import saved_dates_note

    return saved_dates_note(plan, schedule, Path(path).name)
