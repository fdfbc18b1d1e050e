"""Ask for a person's days off: first day, last day, reason."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from app.domain.errors import InputError
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import error_label, ok_cancel
from app.ui.dialogs.dates import day_edit, read_day


class VacationDialog(QDialog):
    """Ask for a vacation's first and last day."""

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Days off for {who}")
        today = date.today()
        # the shared day fields: Tab goes on to the next field, years the scheduler covers
        self.start = day_edit(today)
        self.end = day_edit(today + timedelta(days=4))
        self.label = QLineEdit("Vacation")
        form = QFormLayout(self)
        form.addRow("First day", self.start)
        form.addRow("Last day", self.end)
        form.addRow("Reason", self.label)
        self.error = error_label()  # a day typed that cannot be read, said before closing
        form.addRow(self.error)
        form.addRow(ok_cancel(self))
        self.days: tuple[date, date] | None = None
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def accept(self) -> None:
        """Close with both days read; a day that cannot be read is said here and the dialog
        stays open (OK clicked without leaving the field, as on macOS, reads it too)."""
        try:
            self.days = read_day(self.start), read_day(self.end)
        except InputError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, who: str) -> tuple[date, date, str] | None:
        """Modal question; tests monkeypatch this."""
        dialog = cls(who, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.days is None:
            return None
        return (*dialog.days, dialog.label.text().strip() or "Vacation")
