"""The progress of a long print or export, with Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.progress_box import progress_box


class PageProgress:
    """Progress of a long print or export, with Cancel; shows itself only when slow."""

    def __init__(self, parent: QWidget | None, text: str) -> None:
        self._dialog = progress_box(text, 1, parent)  # Enter does not cancel the print
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(400)
        self._dialog.setValue(0)

    def __call__(self, done: int, total: int) -> bool:
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)
        QApplication.processEvents()
        return not self._dialog.wasCanceled()

    def close(self) -> None:
        """Take the dialog away."""
        self._dialog.reset()
        self._dialog.deleteLater()
