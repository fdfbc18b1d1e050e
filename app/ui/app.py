"""Start the window: the QApplication, the open windows and how files are opened.

:func:`launch` is what ``gantry [FILE]`` calls. A :class:`Session` keeps every
open window (so none is garbage-collected), opens files off the GUI thread,
and asks before opening a file another window holds.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QLocale, QObject, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app.domain.base_calendars import new_plan_calendars
from app.domain.errors import AppError, CancelledError, LockedError
from app.domain.plan import Plan
from app.domain.progress import part, report
from app.domain.quoting import capped
from app.report.system_currency import adopt_local_currency
from app.ui.background import Cancelled, WorkerProgress, run_with_progress, thaw_collector
from app.ui.dialogs.file_names import gantry_path
from app.ui.dialogs.said_plainly import plainly
from app.ui.document import Document, ScheduledPlan, schedule_plan
from app.ui.icons import icon
from app.ui.settings import Settings

if TYPE_CHECKING:
    from app.store.document import GantryFile
    from app.ui.main_window import MainWindow
    from app.ui.task_clipboard import CopiedTasks
    from app.ui.team.people_paste import CopiedPeople

# Developer option: GANTRY_SCREENSHOT=out.png grabs the first window once it has painted, then quits.
_SCREENSHOT_ENV = "GANTRY_SCREENSHOT"
T = TypeVar("T")
# The progress bar of opening a .gantry file: reading it, then schedule_plan (scheduling,
# costing, the first paint's tables), each stage fitted into its share by
# app.domain.progress.part. The shares follow the time each takes at 100k tasks (reading
# ~3 s, schedule_plan ~2.5 s), so the bar moves at an even pace and never goes back.
_TOTAL = 1000
_READ = 550  # where reading the file ends
# Importing a plan read from another format: schedule_plan first, then writing the new
# .gantry (~2 s at 100k tasks), last so that a cancel before it leaves no file at all.
_PLANNED = 500
# Files read as a sheet of rows: a date typed as text reads in the user's order.
_SHEETS = (".xlsx", ".xls", ".ods", ".csv")


class Session(QObject):
    """The open windows of this process and the ways to open more."""

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.windows: list[MainWindow] = []
        self.copied_tasks: CopiedTasks | None = None  # what Edit > Paste Tasks inserts
        self.copied_people: CopiedPeople | None = None  # what a roster's Paste adds
        # The window of each plan read from another format, by the file read (resolved):
        # opening that .mpp or .xml again raises its window instead of asking to keep a copy.
        self.read_from: dict[Path, MainWindow] = {}
        # what reading a file left out (app/ui/save_over_read.py): a copy saved over it asks
        self.read_losses: dict[Path, list[str]] = {}
        self._reading: Path | None = None  # the file whose plan ask_import_target keeps

    # ------------------------------------------------------------------ dialogs (monkeypatched in tests)

    @classmethod
    def ask_open_read_only(cls, parent: QWidget | None, path: Path) -> bool:
        """Ask whether to open read-only a file that cannot be written (see read_only_question)."""
        answer = QMessageBox.question(
            parent,
            "Gantry",
            read_only_question(path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def show_error(cls, parent: QWidget | None, message: str) -> None:
        """Tell the user why something could not be done (a message of megabytes, quoting a
        whole bad value, cut to a readable length: the box froze laying it out)."""
        QMessageBox.warning(parent, "Gantry", capped(plainly(message)))

    # ------------------------------------------------------------------ opening

    def window_for(self, path: Path) -> MainWindow | None:
        """The window already showing this file, if any."""
        target = Path(path).resolve()
        for window in self.windows:
            doc_path = window.document.path
            if doc_path is not None and Path(doc_path).resolve() == target:
                return window
        return None

    def window_read_from(self, path: Path) -> MainWindow | None:
        """The open window of the plan read from this file (a .mpp, an .xml...), if any."""
        window = self.read_from.get(Path(path).resolve())
        return window if window in self.windows else None

    def open_path(self, path: Path, parent: QWidget | None = None) -> MainWindow | None:
        """Open a plan in a new window (or raise the window that has it).

        A file in another format is read, then kept as a new .gantry file; so is
        one named .gantry that holds another format (a workbook renamed), as the
        CLI reads it, and the file itself is never written.
        """
        path = Path(path)
        existing = self.window_for(path) or self.window_read_from(path)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        if path.suffix.lower() != ".gantry" or _holds_another_format(path):
            return self._open_foreign(path, parent)
        kept = _backups(path)
        opened = self._open_file(path, parent)
        if opened is None:
            return None
        self.settings.add_recent(path)
        window = self._show_file(*opened)
        cut = getattr(window.document.file, "notes", None) or []  # texts past today's limits
        from app.formats import after_read_notes  # exceptions sharing a day, as the CLI says

        said = [*cut, *after_read_notes(path, window.document.plan)]
        if said:
            from app.ui.exchange.notes_log import log_read

            log_read(window, path, said)
        made = sorted(_backups(path) - kept)
        if made:  # an older file format was brought up to date, after a copy of it
            window.statusBar().showMessage(
                f"{path.name} was upgraded to this version's file format; "
                f"the original is kept beside it as {made[-1].name}"
            )
        return window

    def _open_foreign(self, path: Path, parent: QWidget | None) -> MainWindow | None:
        """Read a plan in another format (MS Project XML, a workbook...) into a new .gantry file."""
        from app import formats

        # A reader that reports moves the bar and stops at Cancel; any other is left
        # to end alone when cancelled (its plan is then dropped).
        progress = WorkerProgress() if formats.reports_progress(path) else None
        # Every reader's notes (rows of a sheet left out, dates read day first, MS Project
        # fields left out) come through ``note``, as File > Import and the CLI hear them.
        said: list[str] = []  # what reading it says (appended from the reading thread)
        options: dict[str, object] = {"progress": progress, "note": said.append}
        if formats.real_extension(path) in _SHEETS:  # 07/08/2023 as the user writes dates
            from app.ui.exchange.date_order import locale_day_first
            from app.ui.locale_durations import typed_marks

            options["day_first"] = locale_day_first()
            options["marks"] = typed_marks()  # 1.200,50 as the user types money
        plan = self._attempt(
            parent,
            f"{path.name} cannot be opened",
            lambda: run_with_progress(
                parent,
                f"Reading {path.name}…",
                lambda: _naming(path, lambda: formats.read_plan(path, **options)),
                progress=progress,
                pause_collector=True,
            ),
        )
        if plan is None:
            return None
        adopt_local_currency(plan, QLocale())  # the file named none: the user's currency
        target = self._import_target(path, parent)
        if target is None:
            return None
        window = self.create_plan(target, plan, parent)
        if window is None:
            return None
        self.read_from[path.resolve()] = window
        from app.ui.exchange.actions import read_notes, show_read_notes
        from app.ui.exchange.renamed import show_renamed

        show_renamed(window, plan, path)  # 'Doe, Jane' is 'Doe Jane': said once
        # an MS Project XML renamed .mpp, .gan properties left out, a mislabelled encoding:
        # all in one message (each used to replace the one before)
        lines = read_notes(path, said)
        # as gantry schedule and info say it (never for an MPX export: dates to the day)
        moved = formats.saved_dates_said(path, window.document.plan, window.document.schedule)
        if moved is not None:
            lines.append(moved)
        from app.ui.save_over_read import heard_read

        heard_read(self.read_losses, path, said)
        disguised = formats.disguised_as(path)
        if disguised and path.suffix.lower() == ".gantry":  # what became of the file opened
            kept = f"{disguised}; kept as {target.name}, {path.name} is left as it was"
            lines = [kept if line == disguised else line for line in lines]
        show_read_notes(window, lines, path)  # in the window's Notes (its dialog, status bar)
        return window

    def _import_target(self, source: Path, parent: QWidget | None) -> Path | None:
        """The new .gantry file a plan read from ``source`` is kept in (None: cancelled).

        Never ``source`` itself: a workbook or XML named .gantry would be lost under
        the SQLite plan written over it.
        """
        suggestion = _unused(source.with_suffix(".gantry"))
        self._reading = source
        while True:
            target = self.ask_import_target(parent, suggestion)
            if target is None:
                return None
            target = gantry_path(target)
            if target.resolve() != source.resolve():
                return target
            self.show_error(
                parent,
                f"{source.name} is the file being read; its plan is kept in a new file: "
                "choose another name",
            )

    def ask_import_target(self, parent: QWidget | None, suggestion: Path) -> Path | None:
        """Ask where to keep a plan read from another format (None: cancelled)."""
        name, _filter = QFileDialog.getSaveFileName(
            parent, import_target_title(self._reading), str(suggestion), "Gantry plans (*.gantry)"
        )
        return Path(name) if name else None

    def _open_file(
        self, path: Path, parent: QWidget | None
    ) -> tuple[GantryFile, ScheduledPlan] | None:
        """Open a .gantry file and schedule it, both off the GUI thread (None: not opened)."""
        from app.store.document import GantryFile, load_writer

        def opener(read_only: bool) -> tuple[GantryFile, ScheduledPlan]:
            progress = WorkerProgress()

            def work() -> tuple[GantryFile, ScheduledPlan]:
                reading = part(progress, 0, _READ, _TOTAL)
                file = GantryFile.open(path, read_only=read_only, progress=reading)
                if not read_only:
                    load_writer()  # here, not on the GUI thread at the first edit
                return file, _schedule_or_close(file, progress)

            return run_with_progress(
                parent,
                f"Opening {path.name}…",
                work,
                discard=lambda opened: opened[0].close(),
                progress=progress,
                pause_collector=True,
            )

        def open_or_read_only() -> tuple[GantryFile, ScheduledPlan] | None:
            try:
                return opener(False)
            except LockedError:
                if not self.ask_open_read_only(parent, path):
                    return None
                return opener(True)

        return self._attempt(
            parent, f"{path.name} cannot be opened", lambda: _naming(path, open_or_read_only)
        )

    def create_plan(
        self, path: Path, plan: Plan, parent: QWidget | None = None
    ) -> MainWindow | None:
        """Write ``plan`` as a new .gantry file and open it in a new window."""
        from app.store.document import GantryFile, load_writer
        from app.store.lock import lock_in_use

        path = Path(path)
        if self.window_for(path) is not None:
            self.show_error(parent, f"{path.name} is open; close it first or choose another name")
            return None
        if lock_in_use(path):  # a lock left by a crash is taken over, as opening does
            self.show_error(parent, f"{path.name} is open in another window; choose another name")
            return None
        progress = WorkerProgress()
        # A cancel that comes once the new file has replaced an old one keeps the new one:
        # the old is gone already (the user agreed to replace it), the new is complete.
        replacing = path.exists()

        def work() -> tuple[GantryFile, ScheduledPlan]:
            # Scheduled before anything is written: a plan that cannot be scheduled, or a
            # cancel, leaves the disk as it was. The save dialog already asked before
            # replacing a file there; GantryFile.create renames over it once written.
            scheduled = schedule_plan(plan, part(progress, 0, _PLANNED, _TOTAL))
            writing = part(progress, _PLANNED, _TOTAL, _TOTAL)
            created = GantryFile.create(path, plan, progress=writing)
            load_writer()  # here, not on the GUI thread at the first edit (as opening does)
            return created, scheduled

        opened = self._attempt(
            parent,
            f"{path.name} cannot be written",
            lambda: run_with_progress(
                parent,
                f"Scheduling and saving {path.name}…",
                work,
                discard=lambda done: _close_and_remove(done[0], keep=replacing),
                progress=progress,
                pause_collector=True,
            ),
        )
        if opened is None:
            return None
        self.settings.add_recent(path)
        self.settings.forget_plan_view(path)  # not the view of the file it replaced
        return self._show_file(*opened)

    def _attempt(self, parent: QWidget | None, failure: str, job: Callable[[], T]) -> T | None:
        """``job()``, or None once cancelled or after showing its error in one line.

        ``failure`` starts the message for an operating-system error ("plan.gantry
        cannot be opened"); a plan error speaks for itself.
        """
        try:
            return job()
        except Cancelled:
            return None
        except AppError as exc:
            self.show_error(parent, str(exc))
            return None
        except OSError as exc:
            self.show_error(parent, f"{failure}: {exc.strerror or exc}")
            return None

    def _show_file(self, file: GantryFile, scheduled: ScheduledPlan) -> MainWindow:
        """A window on a file whose first schedule was computed in the background."""
        return self.open_document(Document(file.plan, file, scheduled=scheduled))

    def open_document(self, document: Document) -> MainWindow:
        """Show a document in a new window that this session keeps alive."""
        from app.ui.main_window import MainWindow

        others = [w for w in self.windows if w.isVisible()]
        window = MainWindow(document, session=self)
        if others:  # cascade, so a second window does not hide exactly behind the first
            window.move(others[-1].pos() + QPoint(32, 32))
        window.show()
        return window

    def adopt(self, window: MainWindow) -> None:
        """Keep a window alive until it closes."""
        if window not in self.windows:
            self.windows.append(window)

    def close_all(self) -> None:
        """Close every window (each releases its file and its lock)."""
        for window in list(self.windows):
            window.close()

    def forget(self, window: MainWindow) -> None:
        """A window closed."""
        self.read_from = {k: w for k, w in self.read_from.items() if w is not window}
        if window in self.windows:
            self.windows.remove(window)
            thaw_collector()


def import_target_title(source: Path | None) -> str:
    """The save dialog's title when a plan read from ``source`` gets its .gantry file: why a
    save dialog shows on opening a .mpp (Gantry keeps each plan in its own .gantry file)."""
    if source is None:
        return "Keep the plan as"
    return f"Keep the plan read from {source.name} as"


def read_only_question(path: Path) -> str:
    """Why a plan cannot be opened for writing, and the offer to read it instead.

    The file is locked by another Gantry window (named by its process and computer), or
    else it, or its folder, is read-only on disk.
    """
    from app.store.lock import lock_holder, lock_host_elsewhere, lock_path

    holder = lock_holder(path)
    if holder is None:
        why = f"{path.name} is read-only on disk (or its folder is): changes could not be saved."
    else:
        who = f" ({holder})" if holder else ""
        why = f"{path.name} is open in another Gantry window{who}."
        host = lock_host_elsewhere(path)
        if host is not None:  # a crash there leaves a lock nothing here can judge stale
            why += (
                f" If Gantry no longer runs on {host}, delete {lock_path(path).name} "
                "beside the plan to edit it again."
            )
    return f"{why} Open it read-only?"


def _schedule_or_close(file: GantryFile, progress: WorkerProgress) -> ScheduledPlan:
    """In the worker: the first schedule of a file just opened; the file is closed on failure
    or cancel (its lock released)."""
    try:
        report(progress, _READ, _TOTAL)
        return schedule_plan(file.plan, part(progress, _READ, _TOTAL, _TOTAL))
    except BaseException:
        file.close()
        raise


def _close_and_remove(file: GantryFile, keep: bool = False) -> None:
    """Close a file created for an open the user cancelled, and delete it unless ``keep``."""
    file.close()
    if not keep:
        Path(file.path).unlink(missing_ok=True)


def _backups(path: Path) -> set[Path]:
    """The copies kept beside a plan before its file format was upgraded (plan.gantry.v5.bak)."""
    return set(path.parent.glob(glob.escape(path.name) + ".v*.bak"))


def _holds_another_format(path: Path) -> bool:
    """A file named .gantry that holds a plan in another format (a workbook, XML...)."""
    from app import formats

    return formats.real_extension(path) != path.suffix.lower()


def _unused(path: Path) -> Path:
    """``path``, or ``name-2``, ``name-3``... when it is taken."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _application(argv: list[str] | None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv) if argv else sys.argv[:1])
    app.setOrganizationName("Gantry")
    app.setApplicationName("Gantry")
    app.setWindowIcon(icon("gantry"))
    return app


def _grab_later(window: MainWindow, target: Path) -> None:
    def grab() -> None:
        window.grab().save(str(target))
        QApplication.quit()

    QTimer.singleShot(1500, grab)


def launch(path: Path | None, argv: list[str] | None = None) -> int:
    """Open the main window on ``path`` and run the app.

    The command line passes the plan opened last, else a copy of the demo plan, when
    the user named no file (app/cli/demo.plan_to_open); ``None`` here starts an empty
    plan in the last folder used.
    """
    app = _application(argv)
    session = Session()
    window = (
        session.open_path(Path(path))
        if path is not None
        else session.create_plan(
            _unused(session.settings.last_folder() / "Untitled.gantry"),
            Plan(calendars=new_plan_calendars()),  # a blank plan's, as File > New's
        )
    )
    if window is None:
        return 1
    shot = os.environ.get(_SCREENSHOT_ENV)
    if shot:
        _grab_later(window, Path(shot))
    app.aboutToQuit.connect(session.close_all)  # however the loop ends, files are released
    return int(app.exec())


def _naming(path: Path, job: Callable[[], T]) -> T:
    """``job()``, a refusal starting with ``path``'s name when it named only an element
    ("Task #2 (UID 1): <UID> 1 is used twice") or the plan ("the links form a loop ..."),
    as every other refusal of a file opened, and the command line, say it."""
    try:
        return job()
    except AppError as exc:
        text = str(exc)
        if not isinstance(exc, CancelledError) and path.name not in text:
            exc.args = (f"{path.name}: {text}",)
        raise
