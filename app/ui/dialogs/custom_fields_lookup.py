"""Custom Fields > Value List…: a Text field's list of values, as MS Project's "Edit Lookup
Table" has it: one row per value with an optional description, rows added, removed,
moved up or down or sorted, and "Restrict the field to these values".

The dialog only gathers the list; :func:`value_list_command` makes it one undoable step.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.custom_fields import (
    CustomField,
    ListValue,
    defined,
    field_title,
    value_list,
)
from app.domain.errors import AppError
from app.ui.commands import PlanCommand

if TYPE_CHECKING:
    from app.ui.document import Document

_VALUE, _DESCRIPTION = 0, 1


class CustomFieldCommand(PlanCommand):
    """Set one custom field's definition (alias, value list) as one undoable step; one with
    neither takes the definition off."""

    def __init__(self, document: Document, field: CustomField, text: str) -> None:
        super().__init__(document, text)
        self.field = field
        self._old = document.plan.project

    def _redo(self) -> None:
        self._old = self.document.plan.set_custom_field(self.field)

    def _undo(self) -> None:
        self.document.plan.set_project(self._old)


def value_list_command(
    document: Document, name: str, values: list[ListValue], restricted: bool
) -> PlanCommand | None:
    """The step giving field ``name`` this value list (None: nothing changes); raises
    InputError naming the field for an empty value or one listed twice."""
    fields = document.plan.project.custom_fields
    title = field_title(name, fields)
    listed = value_list(name, values, restricted, title)
    old = defined(fields, name) or CustomField(name)
    new = replace(old, values=listed.values, restricted=listed.restricted)
    if new == old:
        return None
    text = f"Set the value list of {title}" if new.values else f"Clear the value list of {title}"
    return CustomFieldCommand(document, new, text)


class ValueListDialog(QDialog):
    """Edit a Text field's value list: Value and Description per row, order as shown."""

    def __init__(self, field: CustomField, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.title = title
        self.setWindowTitle(f"Value List for {title}")
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("values")
        self.table.setHorizontalHeaderLabels(["Value", "Description"])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for item in field.values:
            self._append(item.value, item.description)
        self.restricted = QCheckBox("&Restrict the field to these values")
        self.restricted.setObjectName("restricted")
        self.restricted.setChecked(field.restricted)
        self.restricted.setToolTip("Refuse any other text typed into the field")
        self.add = QPushButton("&Add")
        self.add.setObjectName("add")
        self.remove = QPushButton("Re&move")
        self.remove.setObjectName("remove")
        self.up = QPushButton("Move &Up")
        self.up.setObjectName("up")
        self.down = QPushButton("Move &Down")
        self.down.setObjectName("down")
        self.sort = QPushButton("&Sort A-Z")
        self.sort.setObjectName("sort")
        self.sort.setToolTip("Put the rows in alphabetical order (MS Project's Sort ascending)")
        self.message = QLabel("")  # why OK was refused
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        buttons = QGridLayout()
        for column, button in enumerate((self.add, self.remove, self.up, self.down, self.sort)):
            buttons.addWidget(button, 0, column)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        hint = QLabel("The field's cells offer these values in this order.")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.restricted)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self.add.clicked.connect(self.add_row)
        self.remove.clicked.connect(self.remove_row)
        self.up.clicked.connect(lambda: self.move_row(-1))
        self.down.clicked.connect(lambda: self.move_row(1))
        self.sort.clicked.connect(self.sort_rows)
        self.table.currentCellChanged.connect(self._enable)
        self.resize(460, 360)
        self._enable()

    def values(self) -> list[ListValue]:
        """The rows as typed (blank rows left out)."""
        out = []
        for row in range(self.table.rowCount()):
            value, description = self._texts(row)
            if value.strip() or description.strip():
                out.append(ListValue(value, description))
        return out

    def add_row(self) -> None:
        """Add an empty row below the current one and start typing its value."""
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else None
        at = self._append("", "", row)
        self.table.setCurrentCell(at, _VALUE)
        self.table.editItem(self.table.item(at, _VALUE))

    def remove_row(self) -> None:
        """Remove the current row."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
        self._enable()

    def move_row(self, step: int) -> None:
        """Move the current row up (-1) or down (1)."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        here, there = self._texts(row), self._texts(target)
        self._set(row, *there)
        self._set(target, *here)
        self.table.setCurrentCell(target, self.table.currentColumn())

    def sort_rows(self) -> None:
        """Put the rows in alphabetical order of their values (any case)."""
        rows = sorted(
            (self._texts(r) for r in range(self.table.rowCount())), key=lambda t: t[0].lower()
        )
        for row, (value, description) in enumerate(rows):
            self._set(row, value, description)

    def accept(self) -> None:
        """Close only on a list the field can take; else say why, in the dialog."""
        try:
            value_list(self.field.name, self.values(), self.restricted.isChecked(), self.title)
        except AppError as exc:
            self.message.setText(str(exc))
            return
        super().accept()

    def _append(self, value: str, description: str, row: int | None = None) -> int:
        at = self.table.rowCount() if row is None else row
        self.table.insertRow(at)
        self._set(at, value, description)
        return at

    def _set(self, row: int, value: str, description: str) -> None:
        self.table.setItem(row, _VALUE, QTableWidgetItem(value))
        self.table.setItem(row, _DESCRIPTION, QTableWidgetItem(description))

    def _texts(self, row: int) -> tuple[str, str]:
        cells = (self.table.item(row, c) for c in (_VALUE, _DESCRIPTION))
        value, description = (c.text() if c is not None else "" for c in cells)
        return value, description

    def _enable(self, *_args: object) -> None:
        row = self.table.currentRow()
        self.remove.setEnabled(row >= 0)
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < self.table.rowCount() - 1)

    @classmethod
    def ask(
        cls, parent: QWidget | None, field: CustomField, title: str
    ) -> tuple[list[ListValue], bool] | None:
        """The list and restriction chosen, or None when cancelled (tests monkeypatch this)."""
        dialog = cls(field, title, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values(), dialog.restricted.isChecked()
