"""View > Filter > Custom Field…: show the tasks whose custom field holds a text.

The fields offered are those the plan renames or holds values of (by alias), then every
other; a flag is matched as Yes or No, other fields by any part of the cell's text.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from app.domain.custom_fields import FIELD_NAMES, field_title, fields_in_use
from app.domain.plan import Plan
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel


class CustomFieldFilterDialog(QDialog):
    """Pick a custom field and type what its cells should hold."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Custom Field")
        self.field = QComboBox()
        self.field.setObjectName("field")
        fields = plan.project.custom_fields
        used = fields_in_use(plan)
        for name in [*used, *(n for n in FIELD_NAMES if n not in used)]:
            title = field_title(name, fields)
            self.field.addItem(name if title == name else f"{title} ({name})", name)
        self.text = QLineEdit()
        self.text.setObjectName("text")
        self.text.setPlaceholderText("Yes or No for a flag; any part of the cell otherwise")
        form = QFormLayout(self)
        form.addRow("Field", self.field)
        form.addRow("Contains", self.text)
        form.addRow(ok_cancel(self))
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def choice(self) -> tuple[str, str]:
        """(field name, text) as shown."""
        return str(self.field.currentData()), self.text.text()

    @classmethod
    def ask(cls, parent: QWidget | None, plan: Plan) -> tuple[str, str] | None:
        """The field and text chosen, or None when cancelled; tests monkeypatch this."""
        dialog = cls(plan, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
