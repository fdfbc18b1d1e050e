"""The box a long task (open, save, export) shows its progress in.

Its Cancel must not be the default button: Enter, pressed out of habit while an
export ran, cancelled it. Escape and a click on Cancel still do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget


def progress_box(label: str, maximum: int, parent: QWidget | None) -> QProgressDialog:
    """A progress dialog titled Gantry whose Cancel button Enter does not press."""
    dialog = QProgressDialog(label, "Cancel", 0, maximum, parent)
    dialog.setWindowTitle("Gantry")
    for button in dialog.findChildren(QPushButton):  # its own Cancel, which keeps Escape
        button.setAutoDefault(False)
        button.setDefault(False)
    return dialog
