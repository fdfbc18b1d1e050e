"""What reading and writing files said, kept for as long as a window is open.

Open and Import name what a plan lost on the way in (custom fields not kept, budget
resources, people renamed); Save a Copy As and Export name what the file written cannot
hold (whole days only in .gan). Each goes into the window's :class:`NotesLog` with the
time and the action ("Export to plan.gan"). The status bar keeps a short line, "2 notes
on reading plan.xml", with a "View notes" link; File > Notes on Open and Save… opens the
Notes dialog (app/ui/dialogs/read_notes_dialog.py) on the whole log, and after Open or
Import it opens by itself unless the user turned that off.

The log is a child QObject of the window, found again by type, so the window carries no
field of its own for it and is freed with it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from app.domain.plural_words import counted
from app.ui import settings as keys

NOTES_ACTION = "file_notes"  # File > Notes on Open and Save…, off while the log is empty
_STATUS_NAME = "read_notes_status"
_LONGEST_NAME = 40  # a file name longer than this is cut in the status bar (in full in the dialog)


@dataclass(frozen=True, slots=True)
class NotesEntry:
    """What one read or write said: when, what was done ("Open plan.xml"), the file, the notes."""

    when: datetime
    action: str
    file_name: str
    lines: tuple[str, ...]
    writing: bool = False

    def summary(self) -> str:
        """``2 notes on reading plan.xml``: the status bar's short line."""
        count = len(self.lines)
        verb = "writing" if self.writing else "reading"
        return f"{counted(count, 'note')} on {verb} {self.file_name}"

    def heading(self) -> str:
        """``17:32 Export to plan.gan``: the entry's line in the dialog and in what Copy copies."""
        return f"{self.when:%H:%M} {self.action}"


class NotesLog(QObject):
    """The notes of one window's reads and writes, oldest first (each kept with its time)."""

    sig_added = Signal(object)  # the NotesEntry just added

    def __init__(self, parent: QObject, clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._clock = clock
        self._entries: list[NotesEntry] = []

    def add(
        self, action: str, file_name: str, lines: Sequence[str], *, writing: bool = False
    ) -> NotesEntry | None:
        """Keep what ``action`` said of ``file_name`` (None: it said nothing, nothing kept)."""
        said = tuple(dict.fromkeys(line for line in lines if line))
        if not said:
            return None
        entry = NotesEntry(self._clock(), action, file_name, said, writing)
        self._entries.append(entry)
        self.sig_added.emit(entry)
        return entry

    def entries(self) -> list[NotesEntry]:
        """Every entry, oldest first."""
        return list(self._entries)

    def last(self) -> NotesEntry | None:
        """The newest entry (None: nothing was said yet)."""
        return self._entries[-1] if self._entries else None


def notes_log(window: QMainWindow) -> NotesLog:
    """``window``'s log, made at first use."""
    found = window.findChild(NotesLog)
    return found if isinstance(found, NotesLog) else NotesLog(window)


def log_read(
    window: QMainWindow | None, source: Path, lines: Sequence[str], action: str = "Open"
) -> NotesEntry | None:
    """Keep what reading ``source`` said in ``window``'s log; say it in short in the status
    bar and open the Notes dialog unless the user turned that off. None: nothing said."""
    if window is None:
        return None
    entry = notes_log(window).add(f"{action} {source.name}", source.name, lines)
    if entry is None:
        return None
    _told(window, entry)
    settings = getattr(window, "settings", None)
    if settings is None or settings.get(keys.SHOW_READ_NOTES):
        show_notes(window)
    return entry


def log_written(
    window: QMainWindow | None, action: str, target: Path, lines: Sequence[str]
) -> NotesEntry | None:
    """Keep what writing ``target`` said ("Export to plan.gan": rounded to whole days) in
    ``window``'s log and the status bar's short line; the dialog is not opened for it (the
    status message of the save names it already). None: nothing said."""
    if window is None:
        return None
    entry = notes_log(window).add(action, target.name, lines, writing=True)
    if entry is not None:
        _told(window, entry)
    return entry


def show_notes(window: QMainWindow) -> QObject:
    """Open (or raise) ``window``'s Notes dialog on its log; returns the dialog."""
    from app.ui.dialogs.read_notes_dialog import ReadNotesDialog

    dialog = window.findChild(ReadNotesDialog)
    if not isinstance(dialog, ReadNotesDialog):
        dialog = ReadNotesDialog(notes_log(window), getattr(window, "settings", None), window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def status_label(window: QMainWindow) -> QLabel | None:
    """The status bar's short line on the newest notes (None: nothing was said yet)."""
    found = window.statusBar().findChild(QLabel, _STATUS_NAME)
    return found if isinstance(found, QLabel) else None


def _told(window: QMainWindow, entry: NotesEntry) -> None:
    """Say ``entry`` in short in the status bar and switch the menu item on."""
    label = status_label(window)
    if label is None:
        label = QLabel(window.statusBar())
        label.setObjectName(_STATUS_NAME)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.linkActivated.connect(lambda _link: show_notes(window))
        label.setContentsMargins(0, 0, 12, 0)  # apart from Finish: on its right
        # first of the permanent labels: beside the passing messages, before Finish and Cost
        window.statusBar().insertPermanentWidget(0, label)
    name = entry.file_name
    short = name if len(name) <= _LONGEST_NAME else name[: _LONGEST_NAME - 1] + "…"
    summary = entry.summary().removesuffix(name) + short
    label.setText(f"{html.escape(summary)} · <a href='notes'>View notes</a>")
    label.setToolTip("\n".join(entry.lines))
    actions = getattr(window, "action_collection", None)
    if actions is not None and NOTES_ACTION in actions:
        actions[NOTES_ACTION].setEnabled(True)
