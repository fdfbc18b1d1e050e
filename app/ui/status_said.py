"""The plan window's status bar: its one-line messages read as sentences and go away once
the user has moved on.

Every message the window says there (a refusal from :meth:`EditMenu.show_error`, "Pasted 3
tasks", "Copied 1 cell", a filter matching nothing...) goes through
:meth:`SaidStatusBar.showMessage`:

* it starts with a capital, as a sentence: the domain's refusals are written for the CLI,
  where they follow ``gantry: `` (``gantry: cannot link summary 'Phase 1' to its own
  subtask``), and read there as they are;
* the next selection change in the sheet (a cell or row moved to, by key or mouse) or the
  next edit, undo or redo takes it away: a refusal no longer sits beside the task it was not
  about. What the same command does after saying it (a paste selecting the rows it pasted)
  leaves it; its timeout still ends it too. A refusal (:meth:`EditMenu.show_error`) has no
  timeout: it stays until that next move, as MS Project's message box stays until answered;
* a screen reader hears each message: it is sent as an accessibility announcement
  (QAccessibleAnnouncementEvent), and the bar keeps the session's messages in ``said``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QSizePolicy, QStatusBar, QWidget

# A file's name as the first word ("t.gantry could not be saved", "plan.xlsx: ..."): spelled
# as on disk, where T.gantry is another file.
_FILE_NAME = re.compile(r"[^\s/\\:]+\.[A-Za-z0-9]{1,8}:?(\s|$)")
_KEPT = 200  # the session's last messages the bar keeps


def sentence(text: str) -> str:
    """``text`` with a capital first letter (a name in quotes, a number or a file's name
    stays as it is)."""
    if not text[:1].islower() or _FILE_NAME.match(text):
        return text
    return text[:1].upper() + text[1:]


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` now (a status-bar line is never read by itself)."""
    _send(QAccessibleAnnouncementEvent(widget, text))


_send = QAccessible.updateAccessibility  # tests listen here


class SaidStatusBar(QStatusBar):
    """A status bar whose messages start with a capital and end at the user's next move."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # As QMainWindow.statusBar() makes its own: the labels never widen the window
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._armed = False  # a message is showing and the command that said it is over
        self.said: list[str] = []  # this session's messages, the last one last

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        """Show ``text`` as a sentence, until the timeout or the user's next move."""
        said = sentence(text)
        super().showMessage(said, timeout or 0)
        self._armed = False
        if said:
            self.said = [*self.said[-_KEPT + 1 :], said]
            announce(self, said)
        if text:  # armed once the command saying it is done (its own selection stays)
            QTimer.singleShot(0, self, self._arm)

    def follow(self, sheet: QAbstractItemView, stack: QUndoStack) -> None:
        """Take the message away at the sheet's next selection change and the plan's next
        edit, undo or redo."""
        selection = sheet.selectionModel()
        selection.currentChanged.connect(self._moved_on)
        selection.selectionChanged.connect(self._moved_on)
        stack.indexChanged.connect(self._moved_on)

    def _arm(self) -> None:
        self._armed = bool(self.currentMessage())

    def _moved_on(self, *_args: object) -> None:
        if self._armed:
            self._armed = False
            self.clearMessage()
