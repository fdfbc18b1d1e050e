"""The File menu of the main window: new, open, recent, import/export, copies, printing.

A mixin of :class:`app.ui.main_window.MainWindow`; it uses the window's
``session``, ``settings``, ``document`` and ``action_collection``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from app.domain.blank_plan import blank_plan
from app.domain.errors import AppError
from app.report.system_currency import adopt_local_currency
from app.ui import settings as keys
from app.ui.background import Cancelled, run_with_progress
from app.ui.dialogs.file_names import GANTRY_FILTER, file_stem, gantry_path, with_chosen_suffix

if TYPE_CHECKING:
    from app.ui.actions import ActionCollection
    from app.ui.app import Session
    from app.ui.document import Document
    from app.ui.settings import Settings
    from app.ui.team.auto_leveling import AutoLeveler
    from app.ui.unsaved_plan import UnsavedWatch

MESSAGE_MS = 10000  # how long a status-bar message stays


class FileMenu(QMainWindow):
    """File-menu handlers; MainWindow inherits them."""

    session: Session
    settings: Settings
    document: Document
    action_collection: ActionCollection
    unsaved_watch: UnsavedWatch
    auto_leveler: AutoLeveler

    # ------------------------------------------------------------------ file dialogs (monkeypatched in tests)

    @classmethod
    def ask_save_path(
        cls, parent: QWidget | None, caption: str, start: Path, filters: str
    ) -> Path | None:
        """Ask where to write a file (None: the user cancelled).

        The extension of the chosen filter is added to a name typed without one
        after the dialog, which asked only about the name typed: a file there
        already ('plan' typed, plan.gantry there) is replaced only once agreed.
        """
        while True:
            name, chosen = QFileDialog.getSaveFileName(parent, caption, str(start), filters)
            if not name:
                return None
            path = with_chosen_suffix(name, chosen or filters, filters)  # none: the first
            if path == Path(name) or not path.exists() or cls.confirm_replace(parent, path):
                return path
            start = path

    @classmethod
    def confirm_replace(cls, parent: QWidget | None, path: Path) -> bool:
        """Ask before replacing a file the save dialog did not ask about."""
        answer = QMessageBox.question(
            parent,
            "Gantry",
            f"{path.name} already exists in {path.parent}. Replace it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def ask_open_path(cls, parent: QWidget, start: Path) -> Path | None:
        """Ask which plan to open (None: the user cancelled)."""
        from app import formats

        patterns = " ".join(f"*{ext}" for ext in formats.readable_extensions())
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            "Open plan",
            str(start),
            f"Plans ({patterns});;Gantry plans (*.gantry);;All files (*)",
        )
        return Path(name) if name else None

    @staticmethod
    def today() -> date:
        """Today's date, where a new plan starts (tests replace it)."""
        return date.today()

    # ------------------------------------------------------------------ File menu

    def new_plan(self) -> None:
        """Start an empty plan in a new .gantry file."""
        path = self._ask_gantry_path("New plan", self.settings.last_folder() / "New plan.gantry")
        if path is None:
            return
        # Today, as MS Project starts a new project (not a fixed date); ``gantry new``
        # makes the same plan (app/domain/blank_plan.py).
        plan = blank_plan(path.stem, self.today())
        # The system's currency, by the rule every command and File > Open follow: a
        # locale naming none (C, POSIX) gives a plan without one, not Gantry's euro.
        adopt_local_currency(plan, QLocale())
        self.session.create_plan(path, plan, self)

    def open_plan(self) -> None:
        """Open a .gantry file in a new window."""
        path = self.ask_open_path(self, self.settings.last_folder())
        if path is not None:
            self.session.open_path(path, self)

    def recent_menu(self) -> QMenu:
        """File > Open Recent's list (app/ui/actions.py gives the action its QMenu)."""
        menu = self.action_collection["open_recent"].menu()
        assert isinstance(menu, QMenu)
        return menu

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu()
        menu.clear()
        recent = self.settings.recent_files()
        if not recent:
            menu.addAction("No recent plans").setEnabled(False)
        menu.setToolTipsVisible(True)
        for path, label in zip(recent, recent_labels(recent), strict=True):
            action = menu.addAction(label.replace("&", "&&"))  # R&D.gantry: no access letter
            action.setStatusTip(str(path))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.session.open_path(p, self))
        if recent:
            menu.addSeparator()
            menu.addAction("Clear Recent Plans").triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.reset(keys.RECENT_FILES)

    def import_plan(self) -> None:
        """Import a workbook: a round trip is reviewed into this plan, anything else opens anew."""
        from app.ui.exchange.actions import ExchangeDialogs, run_import, show_read_notes

        source = ExchangeDialogs.import_path(self)
        if source is None:
            return
        read: list[str] = []  # what reading it said, for the window it opens in
        plan = run_import(self, self.document, source, read)
        from app.ui.save_over_read import heard_read

        heard_read(self.session.read_losses, source, read)  # a copy saved over it asks first
        if plan is None:
            return
        adopt_local_currency(plan, QLocale())
        start = (
            self.settings.last_folder() / f"{file_stem(plan.project.name, 'Imported plan')}.gantry"
        )
        path = self._ask_gantry_path("Save imported plan as", start, source)
        if path is None:
            return
        window = self.session.create_plan(path, plan, self)
        from app.ui.exchange.renamed import show_renamed

        show_renamed(window, plan, None)  # 'Doe, Jane' is 'Doe Jane': said once
        show_read_notes(window, read, source, "Import")  # .gan properties left out, rows...
        beside = path.with_suffix("")  # client.xlsx typed: the plan went to client.xlsx.gantry
        if window is not None and beside.suffix and beside.exists():
            kept = f"Kept as {path.name}; {beside.name} is left as it was"
            said = window.statusBar().currentMessage()  # a sentence already ('2 people...')
            window.statusBar().showMessage(f"{kept}. {said}" if said else kept, MESSAGE_MS)

    def _ask_gantry_path(
        self, caption: str, start: Path, source: Path | None = None
    ) -> Path | None:
        """The .gantry file a new plan is written to (None: cancelled).

        Never ``source``, the file an imported plan was read from: a workbook or XML
        named .gantry, or another plan's file, would be lost under the SQLite plan
        written over it (as File > Open refuses it for a file in disguise).
        """
        while True:
            typed = self.ask_save_path(self, caption, start, GANTRY_FILTER)
            if typed is None:
                return None
            path = gantry_path(typed)  # a name typed as client.xlsx is client.xlsx.gantry
            if source is not None and _same_file(path, source):
                self.session.show_error(
                    self,
                    f"{source.name} is the file being imported; its plan is kept in a new "
                    "file: choose another name",
                )
                start = path.with_name(f"{path.stem} (imported).gantry")
            else:
                return path

    def export_plan(self) -> None:
        """Export a client workbook or CSV."""
        from app.ui.exchange.actions import run_export

        self.end_open_edit()  # the file holds what is typed, leveled (Automatic)
        run_export(self, self.document)

    def save_plan(self) -> None:
        """Ctrl+S, pressed from habit: every change is already in the file, so say so.

        A plan open read-only, or one without a file, cannot keep its changes
        there: offer Save a Copy As instead.
        """
        self.end_open_edit()
        document = self.document
        if document.path is None or document.read_only:
            self.save_copy_as()
            return
        if not self.unsaved_watch.save():  # a write failed before: the plan written whole
            return
        self.statusBar().showMessage(
            f"Saved: Gantry writes every change to {document.path.name} as you make it",
            MESSAGE_MS,
        )

    def end_open_edit(self) -> None:
        """Commit a cell still being typed in, as MS Project does before it saves.

        The keyboard shortcut reaches the window while the cell's editor is open;
        without this the window said "Saved" and the typed text was not in the plan.
        """
        for view in self.findChildren(QAbstractItemView):
            if view.state() is not QAbstractItemView.State.EditingState:
                continue
            index = view.currentIndex()
            editor = view.indexWidget(index) if index.isValid() else None
            delegate = view.itemDelegateForIndex(index) if editor is not None else None
            if editor is None or delegate is None:
                continue
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        # Automatic leveling still to come lands first: a save, a copy, an export, a print
        # or a close writes the plan leveled, as MS Project's always is.
        self.auto_leveler.finish_now()

    def save_copy_as(self) -> None:
        """Write a copy of the plan in any writable format; this window stays on its file."""
        from app import formats
        from app.store.document import GantryFile
        from app.ui.sheet_view_keeper import keep_pending

        self.end_open_edit()  # the copy holds what is typed in a cell too
        keep_pending(self)  # and the view changed a moment ago (kept once settled otherwise)

        exts = formats.writable_extensions()
        order = [".gantry", *(e for e in exts if e != ".gantry")]
        filters = ";;".join(f"{e[1:].upper()} (*{e})" for e in order)
        base = self.document.path or Path(
            f"{file_stem(self.document.plan.project.name, 'Plan')}.gantry"
        )
        start = self.settings.last_folder() / f"{Path(base).stem} copy.gantry"
        target = self.ask_save_path(self, "Save a copy as", start, filters)
        if target is not None:  # over client.xml, whose read left timephased values out: ask
            from app.ui.save_over_read import copy_target

            target = copy_target(
                self,
                self.session.read_losses,
                target,
                lambda at: self.ask_save_path(self, "Save a copy as", at, GANTRY_FILTER),
            )
        if target is None:
            return
        try:
            file = self.document.file
            if target.suffix.lower() == ".gantry" and isinstance(file, GantryFile):
                file.save_copy(target)
            elif target.suffix.lower() == ".png" and not _fits_one_picture(self):
                return
            else:
                plan = self.document.plan
                run_with_progress(
                    self, f"Writing {target.name}…", lambda: formats.write_plan(plan, target)
                )
        except Cancelled:
            return
        except AppError as exc:
            self.session.show_error(self, str(exc))
            return
        self.settings.set(keys.LAST_FOLDER, str(target.parent))
        saved = f"Saved a copy as {target}"
        self.statusBar().showMessage(saved, MESSAGE_MS)
        from app.ui.exchange.notes_log import log_written
        from app.ui.exchange.read_back_notes import tell_not_kept

        def tell(lost: list[str]) -> None:
            self.statusBar().showMessage("; ".join([saved, *lost]), MESSAGE_MS)
            log_written(self, f"Save a copy as {target.name}", target, lost)  # in File Notes

        # .csv, .gan: recurring tasks as occurrences, no custom field values, and which
        # tasks' dates move, once the copy is read back off the GUI thread
        tell_not_kept(self, self.document.plan, target, tell)

    def file_notes(self) -> None:
        """File > Notes on Open and Save: what reading and writing files said, in full."""
        from app.ui.exchange.notes_log import show_notes

        show_notes(self)

    def page_setup(self) -> None:
        """Paper, range and fit options for printing."""
        from app.ui.printing import actions as printing

        printing.page_setup(self, self.document)

    def print_preview(self) -> None:
        """Preview the printed Gantt chart."""
        from app.ui.printing import actions as printing

        self.end_open_edit()
        printing.print_preview(self, self.document)

    def print_document(self) -> None:
        """Print the Gantt chart."""
        from app.ui.printing import actions as printing

        self.end_open_edit()
        printing.print_document(self, self.document)

    def export_pdf(self) -> None:
        """Write the Gantt chart as a PDF."""
        from app.ui.printing import actions as printing

        self.end_open_edit()
        path = printing.export_pdf(self, self.document)
        if path is not None:
            self.statusBar().showMessage(f"Saved the PDF as {path}", MESSAGE_MS)

    def quit_application(self) -> None:
        """Close every window (each releases its file) and leave."""
        QApplication.closeAllWindows()

    def _dropped_plans(self, event: QDragEnterEvent | QDropEvent) -> list[Path]:
        from app import formats

        readable = set(formats.readable_extensions())
        return [
            Path(url.toLocalFile())
            for url in event.mimeData().urls()
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in readable
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept plan files dragged from the file manager."""
        if self._dropped_plans(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open each dropped plan in its own window."""
        plans = self._dropped_plans(event)
        if plans:
            event.acceptProposedAction()
        for path in plans:
            self.session.open_path(path, self)


def _same_file(path: Path, other: Path) -> bool:
    """Whether two names lead to one file (through links, or a case-blind disk)."""
    try:
        return path.resolve() == other.resolve() or (
            path.exists() and other.exists() and path.samefile(other)
        )
    except OSError:
        return False


def _fits_one_picture(window: FileMenu) -> bool:
    """Whether the whole plan fits one PNG; if not, say what does the job (no file written)."""
    from app.report.export import MAX_PICTURE_ROWS

    count = len(window.document.plan.tasks)
    if count <= MAX_PICTURE_ROWS:
        return True
    window.session.show_error(
        window,
        f"The plan has {count:,} rows: a PNG holds at most {MAX_PICTURE_ROWS:,}. "
        "Use Edit > Copy Picture… for some rows or dates, or File > Export PDF… "
        "for the whole plan on pages.",
    )
    return False


def recent_labels(paths: Sequence[Path]) -> list[str]:
    """How File > Open Recent names each plan: its file name, as Office does.

    Plans of the same name in different folders add as many of their last folders as
    tell them apart ("demo.gantry — Acme", or "demo.gantry — Clients/Acme" when Acme
    alone does not); the full path is each entry's tip.
    """
    same: dict[str, list[Path]] = {}
    for path in paths:
        same.setdefault(path.name.casefold(), []).append(path)
    labels: dict[Path, str] = {}
    for group in same.values():
        if len(group) == 1:
            labels[group[0]] = group[0].name
            continue
        deepest = max(1, *(len(p.parent.parts) for p in group))
        for depth in range(1, deepest + 1):
            where = {p: _last_folders(p, depth) for p in group}
            if len({w.casefold() for w in where.values()}) == len(set(group)):
                break
        for path in group:
            labels[path] = f"{path.name} — {where[path]}"
    return [labels[p] for p in paths]


def _last_folders(path: Path, depth: int) -> str:
    """The last ``depth`` folders holding ``path`` ('Clients/Acme'); all of them when fewer."""
    folders = path.parent.parts
    return "/".join(folders[-depth:]) if depth < len(folders) else str(path.parent)
