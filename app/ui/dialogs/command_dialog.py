"""A dialog whose OK applies its changes as one undoable step, or says why it cannot."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QLabel

from app.domain.errors import AppError
from app.ui.commands import execute

if TYPE_CHECKING:
    from app.ui.commands import PlanCommand
    from app.ui.document import Document


class CommandDialog(QDialog):
    """OK runs ``self.command()`` (None: nothing changed) on ``self.document``.

    A refusal (AppError) shows in the dialog's ``self.error`` label and keeps it
    open, so the user can correct the field named; nothing was changed then.
    Subclasses set ``document`` and ``error`` and define ``command()``.
    """

    document: Document
    error: QLabel

    if TYPE_CHECKING:

        def command(self) -> PlanCommand | None: ...

    def accept(self) -> None:
        """Apply the changes as one undoable step, or say why not."""
        try:
            command = self.command()
            if command is not None:
                execute(self.document, command)
        except AppError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
