"""View > Filter > Custom Field…: show the tasks whose custom field passes a test, as MS
Project's custom filter asks it: a field, a test and a value (two for "is within").

The fields offered are those the plan renames or holds values of (by alias), then every
other. The tests are the field's (app.domain.custom_filter_tests): contains, equals or
does not equal for a Text; equals, does not equal, greater, less and within for a Number,
Cost, Duration or Date; Yes or No for a flag. A field with a value list offers its values to
pick (typing another is allowed: "is greater than" needs none of them). A value is read as
the sheet reads it in the user's locale (``12,5``, ``04.01.2027`` in German) and handed on
as files write it, so the filter reads the same whatever the locale.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget

from app.domain.custom_fields import (
    FIELD_NAMES,
    FieldKind,
    defined,
    field_title,
    fields_in_use,
    kind_of,
)
from app.domain.custom_filter_tests import CustomCondition, CustomTest, offered_tests
from app.domain.custom_values import format_number, list_entry_text, typed_value
from app.domain.errors import InputError
from app.domain.notation import format_duration
from app.domain.plan import Plan
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel
from app.ui.locale_dates import locale_date_order
from app.ui.locale_durations import typed_marks
from app.ui.models.task_date_edits import format_date_edit

_HINTS = {
    FieldKind.TEXT: "Any part of the cell's text",
    FieldKind.NUMBER: "A number, as 3 or 12,5",
    FieldKind.COST: "An amount, as 500",
    FieldKind.DURATION: "A duration, as 3d or 4h",
    FieldKind.DATE: "A day, as the sheet writes it",
    FieldKind.FLAG: "Yes or No",
}


class CustomFieldFilterDialog(QDialog):
    """Pick a custom field, a test and the value its cells are tested against."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Custom Field")
        self.plan = plan
        self.field = QComboBox()
        self.field.setObjectName("field")
        fields = plan.project.custom_fields
        used = fields_in_use(plan)
        for name in [*used, *(n for n in FIELD_NAMES if n not in used)]:
            title = field_title(name, fields)
            self.field.addItem(name if title == name else f"{title} ({name})", name)
        self.test = QComboBox()
        self.test.setObjectName("test")
        self.value = _value_box("value")
        self.last = _value_box("last")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout(self)
        self.form.addRow("&Field", self.field)
        self.form.addRow("&Test", self.test)
        self.form.addRow("&Value", self.value)
        self.form.addRow("&And", self.last)
        self.form.addRow(self.error)
        self.form.addRow(ok_cancel(self))
        self.field.currentIndexChanged.connect(self._on_field_changed)
        self.test.currentIndexChanged.connect(self._on_test_changed)
        self._on_field_changed()
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    @property
    def name(self) -> str:
        """The field picked, by its MS Project name ("Number1")."""
        return str(self.field.currentData())

    def _on_field_changed(self) -> None:
        name = self.name
        self.test.blockSignals(True)
        self.test.clear()
        for test in offered_tests(name):
            self.test.addItem(test.value, test)
        self.test.blockSignals(False)
        values = _listed_texts(self.plan, name)
        for box in (self.value, self.last):
            box.clear()
            box.addItems(values)
            box.setEditText("")
            line = box.lineEdit()
            if line is not None:
                line.setPlaceholderText(_HINTS[kind_of(name)])
        self._on_test_changed()

    def _on_test_changed(self) -> None:
        self.form.setRowVisible(self.last, self.test.currentData() is CustomTest.WITHIN)
        self.error.hide()

    def choice(self) -> tuple[str, str]:
        """(field name, the filter's text: ``>=8``, ``2..5``, ``=Checkout``); InputError
        when a value does not read as the field's."""
        name = self.name
        test = self.test.currentData()
        first = self._value_text(name, self.value.currentText())
        last = self._value_text(name, self.last.currentText()) if test is CustomTest.WITHIN else ""
        if kind_of(name) is FieldKind.TEXT and test is CustomTest.CONTAINS:
            return name, first  # nothing typed: every task, as an empty AutoFilter
        if not first or (test is CustomTest.WITHIN and not last):
            title = field_title(name, self.plan.project.custom_fields)
            raise InputError(f"{title}: type the value to compare with")
        return name, CustomCondition(test, first, last).text()

    def _value_text(self, name: str, typed: str) -> str:
        """A value typed in the user's locale, written as files and the command line do."""
        typed = typed.strip()
        kind = kind_of(name)
        if kind is FieldKind.TEXT or not typed:
            return typed
        project = self.plan.project
        title = field_title(name, project.custom_fields)
        value = typed_value(name, typed, project, title, locale_date_order(), typed_marks())
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, datetime):  # without a time: the whole day
            return value.strftime("%Y-%m-%d %H:%M" if ":" in typed else "%Y-%m-%d")
        if kind is FieldKind.DURATION and isinstance(value, int):
            return format_duration(value, project)
        return format_number(float(value or 0))

    def accept(self) -> None:
        """Close with the choice, or say in the dialog why a value does not read."""
        try:
            self.choice()
        except InputError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan) -> tuple[str, str] | None:
        """The field and the filter's text chosen, or None when cancelled; tests monkeypatch
        this."""
        dialog = cls(plan, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()


def _value_box(name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setCompleter(None)  # type: ignore[arg-type]  # "2" must stay 2, not a listed 25
    return box


def _listed_texts(plan: Plan, name: str) -> list[str]:
    """What field ``name`` offers to pick: its value list's values as its cell's editor
    writes them (a date as ``04.01.2027 08:00`` in German), Yes and No for a flag."""
    if kind_of(name) is FieldKind.FLAG:
        return ["Yes", "No"]
    field = defined(plan.project.custom_fields, name)
    if field is None:
        return []
    project = plan.project
    return [list_entry_text(name, v.value, project, format_date_edit) for v in field.values]
