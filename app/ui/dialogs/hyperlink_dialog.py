"""Insert > Hyperlink… (Ctrl+K): a task's text to display, address and sub-address.

As MS Project's Insert Hyperlink dialog: OK sets the current task's link, Remove Link
takes it away, each one undoable step; an address Gantry does not open (``javascript:``)
is refused in the dialog, which stays open to correct it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InputError
from app.domain.hyperlinks import hyperlink
from app.ui.commands import EditTaskCommand, PlanCommand, execute, quoted
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel
from app.ui.dialogs.command_dialog import CommandDialog
from app.ui.dialogs.task_info_hyperlink import link_edits
from app.ui.document import Document


class HyperlinkDialog(CommandDialog):
    """The three parts of one task's hyperlink; OK applies them as one undoable step."""

    def __init__(self, document: Document, uid: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.uid = uid
        task = document.plan.task(uid)
        link = task.hyperlink
        editing = link is not None
        self.setWindowTitle(f"{'Edit' if editing else 'Insert'} Hyperlink — {task.name}")
        self.text, self.address, self.sub_address = link_edits(link, "hyperlink")
        browse = QPushButton("&Browse…")
        browse.clicked.connect(self._browse)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 1)
        address_row.addWidget(browse)
        self.error = QLabel()
        self.error.setObjectName("hyperlink_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow("&Text to display", self.text)
        address_label = QLabel("&Address")
        address_label.setBuddy(self.address)  # a row of two widgets takes no buddy by itself
        form.addRow(address_label, address_row)
        form.addRow("&Sub-address", self.sub_address)
        buttons = ok_cancel(self)
        self.remove = None
        if editing:
            self.remove = buttons.addButton("&Remove Link", QDialogButtonBox.ButtonRole.ResetRole)
            self.remove.clicked.connect(self.remove_link)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        (self.text if editing else self.address).setFocus()
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def command(self) -> PlanCommand | None:
        """The link typed, as one undoable step (None: unchanged); AppError when refused."""
        task = self.document.plan.task(self.uid)
        try:
            link = hyperlink(self.text.text(), self.address.text(), self.sub_address.text())
        except InputError as exc:  # the dialog is the hyperlink's: no "Hyperlink:" before
            raise InputError(str(exc).removeprefix("Hyperlink: ")) from None
        if link == task.hyperlink:
            return None
        return hyperlink_command(self.document, self.uid, link)

    def remove_link(self) -> None:
        """Remove Link: the task's link is taken away (one undoable step), the dialog closed."""
        execute(self.document, hyperlink_command(self.document, self.uid, None))
        super(CommandDialog, self).accept()

    def _browse(self) -> None:
        folder = self.document.path.parent if self.document.path is not None else Path.home()
        found, _ = QFileDialog.getOpenFileName(self, "Link to File", str(folder))
        if found:
            self.address.setText(_relative(Path(found), self.document.path))

    @classmethod
    def ask(cls, document: Document, uid: int, parent: QWidget | None = None) -> bool:
        """Show the dialog; whether the task's link was set or removed (tests replace this)."""
        return bool(cls(document, uid, parent).exec())


def hyperlink_command(document: Document, uid: int, link: object) -> PlanCommand:
    """Set (or, with None, remove) task ``uid``'s hyperlink, named for the undo list."""
    task = document.plan.task(uid)
    if link is None:
        text = f"Remove hyperlink from {quoted(task.name)}"
    elif task.hyperlink is None:
        text = f"Insert hyperlink on {quoted(task.name)}"
    else:
        text = f"Edit hyperlink of {quoted(task.name)}"
    return EditTaskCommand(document, uid, text, hyperlink=link)


def _relative(found: Path, plan: Path | None) -> str:
    """A file picked, as a path relative to the plan's folder when it is inside it (the
    link keeps working when the folder moves, as MS Project's relative links do)."""
    if plan is not None:
        try:
            return found.relative_to(plan.parent).as_posix()
        except ValueError:
            pass
    return str(found)
