"""Page Setup's field buttons: a field inserted at the cursor of a header, footer or legend text.

MS Project's Header and Footer tabs have buttons that insert Page number, Total pages,
Date, Project title, View... into the chosen section; here a list of the fields and an
Insert button do it, into the section box the user was last in (the centre one until then,
MS Project's default place), so nobody has to type ``&[Status Date]`` letter for letter.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.domain.page_setup import FIELDS

# The fields as MS Project's buttons name them (the code's own name otherwise)
FIELD_LABELS: dict[str, str] = {
    "Project": "Project title",
    "Page": "Page number",
    "Pages": "Total page count",
    "Date": "Date printed",
    "Status Date": "Status date",
    "Manager": "Manager name",
    "Author": "Author",
    "Company": "Company name",
    "View": "View name",
    "Filter": "Filter name",
}


def field_code(name: str) -> str:
    """What a field is typed as in a header, footer or legend text: ``&[Page]``."""
    return f"&[{name}]"


class FieldInsertRow(QWidget):
    """ "Insert field [Page number] [Insert]" under the ``edits`` of one text (``where``:
    "header", "footer", "legend"); the field goes in at the cursor of the box last in focus
    (``edits[first]`` until one was), replacing what is selected there."""

    def __init__(self, edits: Sequence[QLineEdit], where: str, first: int = 0) -> None:
        super().__init__()
        self._edits = list(edits)
        self.target = self._edits[first]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel("Insert field")  # its key: the dialog's free one (give_access_keys)
        self.field = QComboBox()
        for name in FIELDS:
            self.field.addItem(FIELD_LABELS.get(name, name), name)
            tip = Qt.ItemDataRole.ToolTipRole
            self.field.setItemData(self.field.count() - 1, field_code(name), tip)  # as typed
        self.field.setAccessibleName(f"Field to insert into the {where}")
        label.setBuddy(self.field)
        self.button = QPushButton("Insert")
        self.button.setAccessibleName(f"Insert the field into the {where}")
        self.button.setToolTip(f"Insert the field at the cursor of the {where} box you were in")
        self.button.setAutoDefault(False)  # Enter in the dialog is still OK
        self.button.clicked.connect(self.insert)
        row.addWidget(label)
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        for edit in self._edits:
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remember which box the user was last in: the Insert button takes the focus."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self.target = watched
        return False

    def insert(self) -> None:
        """Put the chosen field in the box at its cursor and go back to typing there."""
        self.target.insert(field_code(str(self.field.currentData())))
        self.target.setFocus()
