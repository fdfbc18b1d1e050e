"""Custom Fields > Value List…: a field's list of values (Text, Number, Cost, Date,
Duration), as MS Project's "Edit Lookup Table" has it: one row per value with an optional
description, rows added, removed, moved up or down or sorted, and "Restrict the field to
these values". Values other than text are typed as their cells take them (12.5, money,
2026-03-02, 2d) and kept as numbers, dates and working minutes.

The dialog only gathers the list; :func:`value_list_command` makes it one undoable step.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
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
    CustomValue,
    FieldKind,
    ListValue,
    defined,
    field_title,
)
from app.domain.custom_values import list_entry_text, typed_list
from app.domain.errors import AppError
from app.domain.project import Project
from app.report.locale_dates import local_date
from app.ui.commands import PlanCommand
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.locale_dates import locale_date_order
from app.ui.models.task_date_edits import format_date_edit

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
    """The step giving field ``name`` this value list (None: nothing changes); values typed
    as text are read by the field's kind. Raises InputError naming the field for a value
    that is none of its kind, an empty value or one listed twice."""
    project = document.plan.project
    fields = project.custom_fields
    title = field_title(name, fields)
    listed = typed_list(name, _rows(values), restricted, project, title, locale_date_order())
    old = defined(fields, name) or CustomField(name)
    new = replace(old, values=listed.values, restricted=listed.restricted)
    if new == old:
        return None
    text = f"Set the value list of {title}" if new.values else f"Clear the value list of {title}"
    return CustomFieldCommand(document, new, text)


def _rows(values: list[ListValue]) -> list[tuple[CustomValue, str]]:
    return [(v.value, v.description) for v in values]


_HINTS = {
    FieldKind.TEXT: "",
    FieldKind.NUMBER: " Type numbers as 12 or 12.5.",
    FieldKind.COST: " Type amounts as the cost cells take them (1200 or 1,200.50).",
    FieldKind.DATE: "",  # in the user's form: _hint
    FieldKind.DURATION: " Type durations as 2d, 4h or 1w.",
}


def _hint(kind: FieldKind) -> str:
    """How to type the list's values; dates as the Start cells take them, in the user's
    form (``02.03.2026 (or 02.03.2026 13:00)`` in German, ISO in the C locale)."""
    if kind is not FieldKind.DATE:
        return _HINTS[kind]
    day = datetime(2026, 3, 2, 13, 0)
    return f" Type dates as {local_date(day, weekday=False)} (or {format_date_edit(day)})."


class ValueListDialog(QDialog):
    """Edit a field's value list: Value and Description per row, order as shown.

    ``project`` reads and shows values other than text (a cost in its currency, a
    duration in its days); a Text field's list needs none."""

    def __init__(
        self,
        field: CustomField,
        title: str,
        parent: QWidget | None = None,
        project: Project | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.title = title
        self.project = project or Project()
        self.setWindowTitle(f"Value List for {title}")
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("values")
        self.table.setHorizontalHeaderLabels(["Value", "Description"])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for item in field.values:
            text = list_entry_text(field.name, item.value, self.project, format_date_edit)
            self._append(text, item.description)
        self.restricted = QCheckBox("&Restrict the field to these values")
        self.restricted.setObjectName("restricted")
        self.restricted.setChecked(field.restricted)
        self.restricted.setToolTip("Refuse any other value typed into the field")
        self.add = QPushButton("&Add")
        self.add.setObjectName("add")
        self.remove = QPushButton("Re&move")
        self.remove.setObjectName("remove")
        self.up = QPushButton("Move &Up")
        self.up.setObjectName("up")
        self.down = QPushButton("Move &Down")
        self.down.setObjectName("down")
        text_list = field.kind is FieldKind.TEXT
        self.sort = QPushButton("&Sort A-Z" if text_list else "&Sort ascending")
        self.sort.setObjectName("sort")
        self.sort.setToolTip(
            "Put the rows in alphabetical order (MS Project's Sort ascending)"
            if text_list
            else "Put the rows in ascending order of their values (MS Project's Sort ascending)"
        )
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
        hint = QLabel("The field's cells offer these values in this order." + _hint(field.kind))
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
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def values(self) -> list[ListValue]:
        """The rows as typed, values as text (blank rows left out)."""
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
        item = self.table.item(at, _VALUE)
        if item is not None:  # _append put it there
            self.table.editItem(item)

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
        """Put the rows in ascending order of their values: text alphabetically (any case),
        numbers, costs, dates and durations by value (a value not yet readable last)."""
        rows = sorted((self._texts(r) for r in range(self.table.rowCount())), key=self._order)
        for row, (value, description) in enumerate(rows):
            self._set(row, value, description)

    def accept(self) -> None:
        """Close only on a list the field can take; else say why, in the dialog."""
        try:
            typed_list(
                self.field.name,
                _rows(self.values()),
                self.restricted.isChecked(),
                self.project,
                self.title,
                locale_date_order(),
            )
        except AppError as exc:
            self.message.setText(str(exc))
            return
        super().accept()

    def _order(self, row: tuple[str, str]) -> tuple[int, object]:
        """Where a row sorts: by its value read as the field's kind, unreadable ones last."""
        text = row[0]
        if self.field.kind is FieldKind.TEXT:
            return (0, text.lower())
        try:
            read = typed_list(
                self.field.name, [(text, "")], False, self.project, order=locale_date_order()
            )
        except AppError:
            return (1, text.lower())
        return (0, read.values[0].value)

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
        cls, parent: QWidget | None, field: CustomField, title: str, project: Project | None = None
    ) -> tuple[list[ListValue], bool] | None:
        """The list (values as typed) and restriction chosen, or None when cancelled (tests
        monkeypatch this)."""
        dialog = cls(field, title, parent, project)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values(), dialog.restricted.isChecked()
