"""A plan whose file could not take an edit (the disk full, read-only, an I/O error).

Gantry writes every edit to the file as it is made. When a write fails, the file keeps its
last saved state and the window keeps the edit (GantryFile.unsaved): the window then shows
what is not in the file, plainly and until the user acts, as an editor with unsaved work:

* a message box that stays until dismissed says which file, why, and what to do;
* the title starts with ``*`` while the file lacks edits the window shows;
* File > Save (Ctrl+S) writes the plan whole and, once it could, edits are saved one by one
  again; a Save that fails again says why in the same kind of box;
* closing the window asks first: Save, Discard (the file keeps its last saved state) or Cancel.

Every edit, undo, redo and multi-step command goes through the file the same way, so all of
them are covered by this one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import AppError
from app.store.disk_words import is_full

if TYPE_CHECKING:
    from app.store.document import GantryFile
    from app.ui.main_window import MainWindow

Button = QMessageBox.StandardButton


def unsaved_reason(window: MainWindow) -> str | None:
    """Why the window's plan is not all in its file (None: every edit is saved)."""
    reason = getattr(window.document.file, "unsaved", None)
    return reason if isinstance(reason, str) else None


def title_mark(window: MainWindow) -> str:
    """``*`` before the window's title while its file lacks edits the window shows."""
    return "*" if unsaved_reason(window) else ""


def _advice(window: MainWindow, reason: str) -> str:
    """What the user can do about ``reason``: Save writes the plan whole beside its file,
    so a full disk needs room for one more copy of it."""
    if is_full(reason.rsplit(": ", 1)[-1]):
        path = window.document.path
        size = path.stat().st_size if path is not None and path.exists() else 0
        room = f"at least {_size(size)}" if size else "some space"
        return f"Free {room} on that disk, then choose File > Save."
    return "Fix that, then choose File > Save, or keep the plan with File > Save a Copy As."


def _size(size: int) -> str:
    """A file size as a user reads it (1.2 MB, 290 KB), rounded up."""
    if size >= 1_000_000:
        return f"{(size + 99_999) // 100_000 / 10:g} MB"
    return f"{(size + 999) // 1000} KB"


def ask_save(parent: QWidget, title: str, text: str) -> Button:
    """Save, Discard or Cancel before closing a window with unsaved edits (tests replace it)."""
    buttons = Button.Save | Button.Discard | Button.Cancel
    return QMessageBox.warning(parent, title, text, buttons, Button.Save)


class UnsavedWatch(QObject):
    """Tells the user, once per failure, that the window holds edits its file lacks."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._told = False
        file = window.document.file
        if file is not None and hasattr(file, "unsaved"):
            # called inside the edit: the box waits for its end
            cast("GantryFile", file).on_unsaved = self._failed

    def _failed(self) -> None:
        QTimer.singleShot(0, self, self._tell)

    def _tell(self) -> None:
        window = self._window
        window._update_title()
        reason = unsaved_reason(window)
        if reason is None or self._told:
            return
        self._told = True  # once: the title's * goes on saying it
        window.show_warning(  # the file's name as it is spelled: never capitalised
            "Your change could not be saved",
            f"{reason}.\n\nThis window keeps your change and marks its title with *, but "
            f"the file does not have it. {_advice(window, reason)}",
        )

    def save(self) -> bool:
        """File > Save with edits the file lacks: write the plan whole (False: it failed and
        the user was told why; the window keeps the edits)."""
        window = self._window
        file = window.document.file
        if unsaved_reason(window) is None or file is None:
            return True
        try:
            cast("GantryFile", file).save()  # it has ``unsaved``: a GantryFile
        except AppError as exc:
            said = str(exc)
            window.show_warning(
                "The plan could not be saved",
                f"{said}.\n\nYour changes are still in this window, not in the file. "
                f"{_advice(window, said)}",
            )
            return False
        self._told = False
        window._update_title()
        return True

    def may_close(self) -> bool:
        """Ask before closing a window whose file lacks edits: True to go on closing."""
        window = self._window
        reason = unsaved_reason(window)
        if reason is None:
            return True
        name = window.document.path.name if window.document.path else "the plan"
        answer = ask_save(
            window,
            "Save your changes?",
            f"Some changes in this window are not in {name} (it could not be saved: "
            f"{reason.split(': ', 1)[-1]}). Save them before closing? Discard leaves the "
            "file as it was last saved.",
        )
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard
