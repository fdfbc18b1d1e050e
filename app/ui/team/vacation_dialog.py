"""Ask for a person's days off: first day, last day, reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QLineEdit, QWidget

from app.ui.dialogs.buttons import ok_cancel


class VacationDialog(QDialog):
    """Ask for a vacation's first and last day."""

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Days off for {who}")
        today = QDate.currentDate()
        self.start = QDateEdit(today)
        self.end = QDateEdit(today.addDays(4))
        self.label = QLineEdit("Vacation")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        form = QFormLayout(self)
        form.addRow("First day", self.start)
        form.addRow("Last day", self.end)
        form.addRow("Reason", self.label)
        form.addRow(ok_cancel(self))

    @classmethod
    def ask(cls, parent: QWidget | None, who: str) -> tuple[date, date, str] | None:
        """Modal question; tests monkeypatch this."""
        dialog = cls(who, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return (
            dialog.start.date().toPython(),  # type: ignore[return-value]
            dialog.end.date().toPython(),
            dialog.label.text().strip() or "Vacation",
        )
