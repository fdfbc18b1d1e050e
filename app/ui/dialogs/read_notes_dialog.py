"""Notes on <file>: what reading and writing files left out or changed, in full.

MS Project says in a box what it could not import; Gantry's notes are often long (a
custom field's ID, the first value, the element it sat on) and used to pass through the
status bar, cut at its width and gone after 15 s. This dialog lists every note of the
window's log (app/ui/exchange/notes_log.py), newest first, each under the time and the
action that said it, as text to select and copy.

It is not modal: the notes name tasks, people and fields the user will want to look up
in the plan while reading them, and a box that must be closed first would hide the plan
it talks about. One dialog per window; it follows its log as new notes come and closes
with the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui import settings as keys

if TYPE_CHECKING:
    from app.ui.exchange.notes_log import NotesEntry, NotesLog
    from app.ui.settings import Settings

_NOTE_GAP = 6  # px between two notes, so a note wrapped on two lines reads as one
_ENTRY_GAP = 14  # px above the heading of an older entry


class ReadNotesDialog(QDialog):
    """Every note of a window's reads and writes, newest first, to read, select and copy."""

    def __init__(self, log: NotesLog, settings: Settings | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setModal(False)
        self._log = log
        self._settings = settings
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.show_on_open = QCheckBox("Show these notes when a file opens")
        self.show_on_open.setChecked(settings is None or settings.get(keys.SHOW_READ_NOTES))
        self.show_on_open.toggled.connect(self._on_show_on_open_toggled)
        self.show_on_open.setEnabled(settings is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton("Copy", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip("Copy every note, with its time and action, as text")
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_on_open)
        layout.addWidget(buttons)
        log.sig_added.connect(self._on_log_added)
        self._window = parent.window()
        self._window.installEventFilter(self)  # closes with the plan's window
        self.refresh()
        self._fit(760)

    def _fit(self, width: int) -> None:
        """``width`` wide and as tall as the notes need, within 220 to 560 px (then it scrolls)."""
        document = self.text.document()
        document.setTextWidth(width - 40)  # the margins of the dialog and of the text box
        text_height = int(document.size().height()) + 12
        others = self.sizeHint().height() - self.text.sizeHint().height()
        self.resize(width, max(220, min(560, others + text_height)))

    # ------------------------------------------------------------------ reading

    def entries(self) -> list[NotesEntry]:
        """The entries shown, newest first."""
        return list(reversed(self._log.entries()))

    def notes(self) -> list[str]:
        """Every note shown, in the order shown (newest entry first), without headings."""
        return [line for entry in self.entries() for line in entry.lines]

    def plain_text(self) -> str:
        """What Copy puts on the clipboard: each entry's heading, then its notes, one a line."""
        return "\n\n".join("\n".join([entry.heading(), *entry.lines]) for entry in self.entries())

    def copy(self) -> None:
        """Put every note, with its time and action, on the clipboard."""
        QGuiApplication.clipboard().setText(self.plain_text())

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        """Show the log as it is now."""
        entries = self.entries()
        files = list(dict.fromkeys(entry.file_name for entry in entries))
        if len(files) == 1:
            self.setWindowTitle(f"Notes on {files[0]}")
        else:
            self.setWindowTitle("Notes on files read and written")
        self.intro.setText(
            "What Gantry left out or changed when it read or wrote a file since this "
            "window opened, newest first."
            if entries
            else "Nothing was left out or changed in the files read or written so far."
        )
        self.text.clear()
        cursor = QTextCursor(self.text.document())
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        plain = QTextCharFormat()
        for n, entry in enumerate(entries):
            heading = QTextBlockFormat()
            heading.setTopMargin(_ENTRY_GAP if n else 0)
            heading.setBottomMargin(_NOTE_GAP)
            if n:
                cursor.insertBlock(heading)
            else:
                cursor.setBlockFormat(heading)
            cursor.insertText(entry.heading(), bold)
            note = QTextBlockFormat()
            note.setBottomMargin(_NOTE_GAP)
            for line in entry.lines:
                cursor.insertBlock(note)
                cursor.insertText(line, plain)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def _on_log_added(self, _entry: object) -> None:
        self.refresh()

    def _on_show_on_open_toggled(self, on: bool) -> None:
        if self._settings is not None:
            self._settings.set(keys.SHOW_READ_NOTES, on)
            self._settings.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Close with the window whose plan the notes are about."""
        # Close only: a hide also comes when the window is minimized, and the notes stay then
        if event.type() == QEvent.Type.Close and watched is self._window:
            self.close()
        return super().eventFilter(watched, event)
