"""File > Import and File > Export for workbooks and CSV.

Importing a workbook Gantry exported opens the Review changes dialog and
applies what the user accepts to this plan as one undoable step. Any other
file becomes a new plan (spreadsheets pass through the Column mapping
dialog first) that the window opens as a new document. Reading and writing
run off the GUI thread with a progress dialog that can cancel; a workbook
export shows its real percentage and stops as soon as the user cancels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from app import formats
from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.quoting import capped
from app.ui.background import Cancelled, WorkerProgress, run_with_progress
from app.ui.commands import execute
from app.ui.dialogs.file_names import file_stem
from app.ui.document import Document
from app.ui.exchange.date_order import locale_day_first
from app.ui.exchange.notes_log import log_read, log_written
from app.ui.exchange.read_back_notes import tell_not_kept
from app.ui.exchange.renamed import renamed_message
from app.ui.locale_durations import typed_marks

if TYPE_CHECKING:
    from app.io.excel_export_choice import ExportChoice
    from app.io.roundtrip_import import RoundTrip

# The workbook and CSV readers, the merge and the review and mapping dialogs (openpyxl
# among them, ~0.3 s) are imported where a workbook or CSV is imported or exported: every
# File > Open of another format ends here for its read notes (show_read_notes), on the GUI
# thread, and needs none of them.

_SPREADSHEETS = (".xlsx", ".xls", ".ods")
_NOTICE_MS = 10000  # how long a status-bar notice stays


class ExchangeDialogs:
    """The file and message boxes of import/export, as classmethods tests can patch."""

    @classmethod
    def import_path(cls, parent: QWidget | None) -> Path | None:
        """Which file to import (None: cancelled)."""
        exts = " ".join(f"*{e}" for e in formats.readable_extensions())
        start = _start_folder(parent)
        name, _ = QFileDialog.getOpenFileName(
            parent,
            "Import plan",
            "" if start is None else str(start),
            f"Plans and spreadsheets ({exts});;Excel (*.xlsx *.xls);;All files (*)",
        )
        return Path(name) if name else None

    @classmethod
    def export_path(
        cls, parent: QWidget | None, suggested: str, folder: Path | None = None
    ) -> Path | None:
        """Where to export (None: cancelled): ``suggested`` offered in ``folder``.

        Without a folder Qt starts in the program's working folder, which is rarely
        where the PM keeps the plan.
        """
        from app.ui.file_menu import FileMenu  # its Save As step: asks before a silent replace

        filters = "Excel workbook (*.xlsx);;CSV task table (*.csv)"
        start = folder / suggested if folder is not None else Path(suggested)
        return FileMenu.ask_save_path(parent, "Export plan", start, filters)

    @classmethod
    def error(cls, parent: QWidget | None, message: str) -> None:
        """Say why an import or export failed (a huge message cut to a readable length)."""
        QMessageBox.warning(parent, "Gantry", capped(message))

    @classmethod
    def info(cls, parent: QWidget | None, message: str) -> None:
        """Tell the user something that needs no decision."""
        QMessageBox.information(parent, "Gantry", message)

    @classmethod
    def other_plan(cls, parent: QWidget | None, message: str) -> bool | None:
        """A returned workbook names another plan (``message``): True reviews its changes
        into this plan anyway, False opens it as a plan of its own, None cancels."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Import",
            f"{message}.\n\nIts changes are meant for that plan: taken here, they would change "
            "this one's tasks of the same names.",
            parent=parent,
        )
        own = box.addButton("Open as a New Plan", QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(
            "Review into This Plan Anyway", QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(own)
        box.exec()
        clicked = box.clickedButton()
        if clicked is anyway:
            return True
        return False if clicked is own else None

    @classmethod
    def notice(cls, parent: QWidget | None, message: str) -> None:
        """A passing remark (an export the user cancelled): the status bar, else a box."""
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, _NOTICE_MS)
        else:
            cls.info(parent, message)


def run_import(
    parent: QWidget | None,
    document: Document,
    path: Path | None = None,
    notes: list[str] | None = None,
) -> Plan | None:
    """Import a file (``path``, else the one the user picks): a round trip is reviewed into
    ``document`` (returns None); else a new Plan.

    What reading the file said (:func:`read_notes`; a sheet's or CSV's rows left out) goes
    to ``notes``, for the window the plan opens in (its Notes dialog); without it, a sheet's
    or CSV's notes are told in a box and the others in ``parent``'s status bar.
    """
    from app.domain.merge import exported_from
    from app.domain.plan_identity import other_plan
    from app.io.csv_plan import csv_rows, guess_csv_mapping, read_csv
    from app.io.excel_book import WorkbookInfo
    from app.io.excel_import import inspect_workbook, read_workbook
    from app.io.roundtrip_applied import applied_plan
    from app.io.roundtrip_refusals import CellRefusals
    from app.ui.exchange.mapping_dialog import ColumnMappingDialog

    path = ExchangeDialogs.import_path(parent) if path is None else path
    if path is None:
        return None
    day_first = locale_day_first()  # how the user writes 07/08/2023
    marks = typed_marks()  # and 1.200,50: money text cells read in them (not the environment's)
    try:
        if path.suffix.lower() in _SPREADSHEETS:
            looking = WorkerProgress()  # a big sheet's read moves the bar and stops at Cancel
            info = run_with_progress(
                parent,
                f"Reading {path.name}…",
                lambda: inspect_workbook(path, progress=looking),
                progress=looking,
            )
            if info.roundtrip:
                trip = _read_roundtrip(parent, path, day_first)
                if not exported_from(trip.base, document.plan):
                    # another plan's workbook: it opens as a plan of its own, as read_plan reads it
                    return applied_plan(trip.base, trip.theirs)
                clash = other_plan(trip.base, document.plan, path.name)
                if clash:  # a plan cloned from the same template: its tasks match ours
                    anyway = ExchangeDialogs.other_plan(parent, clash)
                    if anyway is None:
                        return None
                    if not anyway:
                        return applied_plan(trip.base, trip.theirs)
                review_roundtrip(parent, document, path, trip)
                return None
            mapping = ColumnMappingDialog.ask(parent, path, info)
            if mapping is None:
                return None
            return _read_mapped(
                parent,
                path,
                partial(
                    read_workbook,
                    path,
                    mapping=mapping,
                    day_first=day_first,
                    info=info,
                    marks=marks,
                ),
                notes,
            )
        if path.suffix.lower() == ".csv":
            data = csv_rows(path)  # parsed once: the dialog shows these rows, the read takes them
            guess = guess_csv_mapping(data)  # custom columns ('Owner (Text1)') left to their fields
            info = WorkbookInfo((data.sheet,), False, guess)
            mapping = ColumnMappingDialog.ask(parent, path, info, lambda _name: data)
            if mapping is None:
                return None
            return _read_mapped(
                parent,
                path,
                partial(
                    read_csv, path, mapping=mapping, day_first=day_first, rows=data, marks=marks
                ),
                notes,
            )
        # MS Project XML, GanttProject and .gantry readers move the bar and stop at Cancel.
        progress = WorkerProgress() if formats.reports_progress(path) else None
        said: list[str] = []  # appended from the reading thread: one list.append each
        plan = run_with_progress(
            parent,
            f"Importing {path.name}…",
            lambda: formats.read_plan(path, progress=progress, note=said.append),
            progress=progress,
        )
        lines = read_notes(path, said)
        if notes is not None:
            notes.extend(lines)
        elif lines:
            ExchangeDialogs.notice(parent, "; ".join(lines))
        return plan
    except Cancelled:
        return None
    except CellRefusals as exc:  # a returned workbook's bad cells, one a line
        ExchangeDialogs.error(
            parent, f"{path.name}: the workbook was not imported:\n" + "\n".join(exc.lines())
        )
        return None
    except AppError as exc:
        ExchangeDialogs.error(parent, str(exc))
        return None


def _read_mapped(
    parent: QWidget | None, path: Path, read: Callable[..., Plan], notes: list[str] | None
) -> Plan:
    """A sheet or CSV read with the user's column mapping (``read`` takes ``warn`` and
    ``progress``), the bar moving and Cancel heard; the rows it left out are told."""
    said: list[str] = []  # appended from the reading thread: one list.append each
    progress = WorkerProgress()
    plan: Plan = run_with_progress(
        parent,
        f"Importing {path.name}…",
        lambda: read(warn=said.append, progress=progress),
        progress=progress,
    )
    _tell_left_out(parent, path, said, notes)
    return plan


def read_notes(path: Path, said: Sequence[str]) -> list[str]:
    """What reading ``path`` said, each line once, in order: ``formats.read_plan``'s notes
    (what its reader left out or read one of two ways, a name saying another format, an
    XML's declared encoding that is not its own, people renamed), which the CLI says the
    same on stderr."""
    return list(dict.fromkeys(said))


def show_read_notes(
    window: QMainWindow | None,
    lines: Sequence[str],
    source: Path | None = None,
    action: str = "Open",
) -> None:
    """Keep what reading ``source`` said, and the people its reader renamed ('Doe, Jane' is
    'Doe Jane', as ``gantry convert`` says it), in ``window``'s notes: the status bar says
    how many, and the Notes dialog lists them unless the user turned it off
    (:func:`app.ui.exchange.notes_log.log_read`). ``action``: "Open" or "Import"."""
    if window is None:
        return
    document = getattr(window, "document", None)
    if source is None:  # a caller that does not say: the file the plan is kept in
        path = getattr(document, "path", None)
        source = Path(path) if path is not None else Path(window.windowTitle())
    said = list(lines)
    plan = getattr(document, "plan", None)
    renamed = renamed_message(plan, source) if isinstance(plan, Plan) else ""
    if renamed and renamed not in said:
        said.append(renamed)
    log_read(window, source, said, action)


def _tell_left_out(
    parent: QWidget | None, path: Path, said: list[str], notes: list[str] | None = None
) -> None:
    """Say which rows of a client's sheet the import left out (the plan opens without them),
    and how it read what could be read two ways (dates such as 07/08/2023): in ``notes``,
    for the Notes dialog of the window the plan opens in, else in a box. The reader words
    each as a sentence, as File > Open and the command line say it."""
    lines = list(dict.fromkeys(said))
    if notes is not None:
        notes.extend(lines)
    elif lines:
        ExchangeDialogs.info(parent, f"{path.name}: " + "\n".join(lines))


def review_roundtrip(
    parent: QWidget | None, document: Document, path: Path, trip: RoundTrip | None = None
) -> bool:
    """Show the client's changes for review and apply the accepted ones; True if applied.
    Without ``trip`` the workbook is read first (Cancelled if the user stops that read:
    the plan is left as it was)."""
    from app.domain.merge import copy_plan, three_way
    from app.io.roundtrip_typed_dates import unheeded_notes
    from app.ui.exchange.commands import ApplyClientChangesCommand
    from app.ui.exchange.labels import (
        with_constraint_dates,
        with_delay_texts,
        with_length_texts,
        with_link_texts,
        with_parent_names,
        with_rate_texts,
    )
    from app.ui.exchange.review_dialog import ReviewChangesDialog, with_assignment_units
    from app.ui.exchange.review_impact import (
        ReviewContext,
        applied_message,
        current_figures,
        impact_of,
        live_for,
    )
    from app.ui.exchange.review_typed import moment_text, typed_rows

    if document.read_only:
        raise AppError(
            f"{path.name} holds changes to this plan, but the plan is open read-only; "
            "open it for editing to review them"
        )
    if trip is None:
        trip = _read_roundtrip(parent, path, locale_day_first())
    items = three_way(trip.base, trip.theirs, copy_plan(document.plan))
    # a date typed that changes nothing (a person's week off): said, as the client means it
    here = {t.uid: t.name for t in document.plan.tasks}
    notes = [*trip.notes, *unheeded_notes(trip.typed, document.schedule.get, here, moment_text)]
    if not items:
        told = "".join(f"\n{note}." for note in notes)
        ExchangeDialogs.info(parent, f"{path.name} holds no changes to this plan.{told}")
        return False
    names = {t.uid: t.name for t in trip.theirs.tasks}
    names.update((t.uid, t.name) for t in document.plan.tasks)
    shown = with_delay_texts(with_parent_names(items, names), trip.base, trip.theirs, document.plan)
    shown = with_rate_texts(shown, trip.base, trip.theirs, document.plan)  # 1,300/d, not /h
    shown = with_link_texts(shown, trip.base, trip.theirs, document.plan)  # 3FS+5d -> 3FS+1w
    shown = with_length_texts(shown, trip.base, trip.theirs, document.plan)  # 1.6d, as diff
    shown = with_constraint_dates(shown)  # Constraint Date: the dates alone, as gantry diff
    shown = with_assignment_units(shown, trip.base, trip.theirs, document.plan)  # Nina at 50%
    # the changes as read, for those shown with names
    original = {s.change: i.change for s, i in zip(shown, items, strict=True)}
    context = ReviewContext(
        notes,
        typed_rows(shown, trip.typed, document.schedule),  # a Finish typed: as typed
        impact_of(document, trip.theirs, lambda c: original.get(c, c)),  # finish, cost...
        live_for(document.plan),  # a big plan's on a button
    )
    chosen = ReviewChangesDialog.ask(parent, shown, document.plan.project, context)
    if not chosen:
        return False
    accepted = [original.get(c, c) for c in chosen]
    before = current_figures(document)
    execute(document, ApplyClientChangesCommand(document, trip.theirs, accepted))
    # what was done, once the plan is scheduled again: its finish, work and cost moved
    told = applied_message(len(accepted), before, current_figures(document), document)
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):  # no box to dismiss: the status bar alone
        window.statusBar().showMessage(f"{path.name}: {told}", _NOTICE_MS)
    return True


def _read_roundtrip(parent: QWidget | None, path: Path, day_first: bool) -> RoundTrip:
    """The client's returned workbook, read off the GUI thread: the bar moves and Cancel
    stops the read (Cancelled), before anything reaches the plan."""
    from app.io.excel_import import read_roundtrip_workbook

    reading = WorkerProgress()
    marks = typed_marks()  # 1.200,50 as the user types money (asked on the GUI thread)
    return run_with_progress(
        parent,
        f"Reading {path.name}…",
        lambda: read_roundtrip_workbook(path, day_first=day_first, progress=reading, marks=marks),
        progress=reading,
    )


def run_export(parent: QWidget | None, document: Document) -> Path | None:
    """Export the plan as a client workbook or CSV; returns the file written (None: not)."""
    from app.domain.merge import copy_plan

    suggested = f"{file_stem(document.plan.project.name, 'Plan')}.xlsx"
    folder = document.path.parent if document.path is not None else None
    path = ExchangeDialogs.export_path(parent, suggested, folder)
    if path is None:
        return None
    snapshot = copy_plan(document.plan)  # the worker never sees later edits
    computed: dict[str, object] = {"schedule": document.schedule, "costs": document.costs}
    if path.suffix.lower() == ".xlsx":  # the Gantt and Cash Flow months: 'Mär 2027' in German
        from app.report.timescale_names import date_names

        computed["date_names"] = date_names()
    if path.suffix.lower() in (".xlsx", ".csv"):  # what the hand-off carries, asked each time
        choice = ask_export_choice(parent, table=path.suffix.lower() == ".csv")
        if choice is None:
            return None
        computed["choice"] = choice
    # Written beside the target and moved over it at the end, so a cancelled or failed
    # export leaves any earlier file untouched.
    partial = path.with_name(f".{path.stem}.partial{path.suffix}")
    # Only the workbook writer reports progress (and so can stop); a CSV is quick.
    progress = WorkerProgress() if path.suffix.lower() == ".xlsx" else None
    try:
        run_with_progress(
            parent,
            f"Exporting {path.name}…",
            lambda: _write(snapshot, partial, computed, progress),
            _discard,
            progress,
        )
        partial.replace(path)
    except Cancelled:
        ExchangeDialogs.notice(parent, "Export cancelled")
        return None
    except (AppError, OSError) as exc:
        _discard(partial)
        ExchangeDialogs.error(parent, str(exc))
        return None
    window = parent.window() if parent is not None else None
    sent = computed.get("choice")
    if sent is not None:  # what the client workbook left out, said once it is written
        from app.io.excel_export_choice import ExportChoice, left_out_words

        words = left_out_words(sent) if isinstance(sent, ExportChoice) else []
        if words:
            ExchangeDialogs.notice(parent, f"Exported {path.name} without {'; '.join(words)}")

    def tell(lost: list[str]) -> None:
        if lost:
            ExchangeDialogs.notice(parent, "; ".join([f"Exported {path.name}", *lost]))
            if isinstance(window, QMainWindow):  # kept in its Notes, with the time
                log_written(window, f"Export to {path.name}", path, lost)

    # a CSV: recurring tasks as occurrences, no custom field values, and which tasks'
    # dates move, once the file is read back off the GUI thread
    owner = window if window is not None else QApplication.instance()
    if owner is not None:  # an application runs while File > Export does
        tell_not_kept(owner, snapshot, path, tell)
    return path


def ask_export_choice(parent: QWidget | None, table: bool = False) -> ExportChoice | None:
    """The sheets and details this workbook carries, from the last export's choice (kept
    in the settings when the user exports); None: cancelled. ``table``: a CSV's costs and
    notes, kept with the workbook's other boxes as they were."""
    from dataclasses import replace

    from app.ui import settings as keys
    from app.ui.exchange.export_choice_dialog import (
        ExportChoiceDialog,
        choice_from_text,
        choice_text,
    )

    owner = parent.window() if parent is not None else None
    settings = getattr(parent, "settings", None) or getattr(owner, "settings", None)
    kept = settings.get(keys.EXPORT_CHOICE) if isinstance(settings, keys.Settings) else ""
    last = choice_from_text(kept)
    if table:
        choice = ExportChoiceDialog.ask(parent, last, table=True)
    else:
        choice = ExportChoiceDialog.ask(parent, last)
    if choice is not None and isinstance(settings, keys.Settings):
        # a CSV's choice changes only its two boxes of the workbook's kept choice
        kept_choice = replace(last, costs=choice.costs, notes=choice.notes) if table else choice
        settings.set(keys.EXPORT_CHOICE, choice_text(kept_choice))
    return choice


def _write(
    plan: Plan, path: Path, computed: dict[str, object], progress: WorkerProgress | None
) -> Path:
    if path.suffix.lower() == ".xlsx":
        options = {**computed, "progress": progress}
    else:  # a CSV: its hand-off choice alone (the writer schedules the plan itself)
        options = {k: v for k, v in computed.items() if k == "choice"}
    formats.write_plan(plan, path, **options)
    return path


def _discard(path: Path) -> None:
    path.unlink(missing_ok=True)


def _start_folder(parent: QWidget | None) -> Path | None:
    """Where File > Import starts: the open plan's folder, else the last folder used (as
    File > Open); None leaves Qt's choice, the program's working folder."""
    document = getattr(parent, "document", None)
    path = getattr(document, "path", None)
    if isinstance(path, Path) and path.parent.is_dir():
        return path.parent
    settings = getattr(parent, "settings", None)
    last = getattr(settings, "last_folder", None)
    return last() if callable(last) else None
