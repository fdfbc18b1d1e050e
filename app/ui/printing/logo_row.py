"""Page Setup > Header's "Insert Picture...": a PNG or JPEG printed in the header at its
left, centre or right, scaled to the header's height (app/report/page_logo.py).

The plan keeps the picture's path; a file that cannot be read is said beside the button
(the printout goes on without it, as ``gantry convert`` says once).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain.page_setup import PARTS
from app.report.page_logo import logo_problem

PICTURE_FILTER = "Pictures (*.png *.jpg *.jpeg)"


class LogoRow(QWidget):
    """The header picture's row: its file, Insert Picture..., Remove and its part."""

    def __init__(self, path: str, part: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.insert = QPushButton("Insert Picture…")
        self.remove = QPushButton("Remove")
        self.part = QComboBox()
        self.part.setAccessibleName("Picture's place")
        self.part.setToolTip("Where in the header the picture prints")
        for name in PARTS:
            self.part.addItem(name.capitalize())
        self.part.setCurrentIndex(part)
        self.shown = QLabel()
        self.shown.setWordWrap(True)
        for widget in (self.insert, self.remove, self.part):  # the row label names the part
            row.addWidget(widget)
        row.addWidget(self.shown, 1)
        self.insert.clicked.connect(self._on_insert_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self._show()

    @classmethod
    def ask_file(cls, parent: QWidget | None) -> str:
        """The picture chosen ("" cancelled); tests patch this."""
        chosen, _ = QFileDialog.getOpenFileName(parent, "Insert Picture", "", PICTURE_FILTER)
        return chosen

    def set_path(self, path: str) -> None:
        """Print the picture at ``path`` ("" none)."""
        self.path = path
        self._show()

    def _on_insert_clicked(self) -> None:
        chosen = self.ask_file(self)
        if chosen:
            self.set_path(chosen)

    def _on_remove_clicked(self) -> None:
        self.set_path("")

    def _show(self) -> None:
        problem = logo_problem(self.path)
        self.shown.setText(problem or self.path or "No picture")
        self.remove.setEnabled(bool(self.path))
        self.part.setEnabled(bool(self.path))
