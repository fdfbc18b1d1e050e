"""Task Information's Custom Fields tab: the task's value of each field the plan renames
or the task holds, typed with the field's rules (MS Project's Custom Fields tab). A field
with a value list is picked from it (a restricted one refuses any other value)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.domain.custom_fields import (
    FIELD_NAMES,
    CustomValues,
    defined,
    field_title,
    value_of,
    with_value,
)
from app.domain.custom_values import edit_text
from app.domain.plan import Plan
from app.ui.custom_value_delegate import ValueListCombo
from app.ui.locale_dates import held_year
from app.ui.models.custom_columns import typed_custom_value
from app.ui.models.task_date_edits import format_date_edit


class CustomFieldsTab(QWidget):
    """One line per custom field in use; :meth:`values` reads them back.

    ``others``: more tasks shown at once (Task Information for several tasks): a
    field's line is blank where their values differ, and only a line retyped is set.
    """

    def __init__(
        self, plan: Plan, uid: int, parent: QWidget | None = None, others: Sequence[int] = ()
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        task = plan.task(uid)
        tasks = [task, *(plan.task(u) for u in others)]
        names = {f.name for f in plan.project.custom_fields} | {
            n for t in tasks for n, _ in t.custom
        }
        self.names = [n for n in FIELD_NAMES if n in names]
        self.edits: dict[str, QLineEdit] = {}
        self._shown: dict[str, str] = {}
        form = QFormLayout(self)
        for name in self.names:
            texts = {
                edit_text(name, value_of(t.custom, name), plan.project, format_date_edit)
                for t in tasks
            }  # a date as the Start cell's editor opens it: 04.01.2027 08:00 in German
            mixed = len(texts) > 1
            text = "" if mixed else texts.pop()
            field = defined(plan.project.custom_fields, name)
            row: QWidget
            if field is not None and field.values:
                combo = ValueListCombo(field, project=plan.project)
                combo.set_text(text)
                edit, row = combo.line_edit(), combo
            else:
                edit = row = QLineEdit(text)
            row.setObjectName(f"custom_{name.lower()}")
            edit.setToolTip(name)
            if mixed:
                edit.setPlaceholderText("differs among the tasks")
            self.edits[name] = edit  # a list's combo box: its line, text read as typed
            self._shown[name] = text
            form.addRow(field_title(name, plan.project.custom_fields), row)
        if not self.names:
            hint = QLabel("No custom field is in use: Project > Custom Fields… renames one.")
            hint.setWordWrap(True)
            form.addRow(hint)

    def retyped(self) -> bool:
        """Whether a line was retyped (only those are set)."""
        return any(edit.text() != self._shown[name] for name, edit in self.edits.items())

    def values(self, custom: CustomValues) -> CustomValues:
        """``custom`` with the lines retyped; raises InputError naming a field for bad text."""
        project = self.plan.project
        for name, edit in self.edits.items():
            if edit.text() == self._shown[name]:
                continue
            title = field_title(name, project.custom_fields)
            # read as the sheet's custom cell reads it (a date as the Start cell: its order,
            # its years, a Persian year refused); without a year, the year of the one it holds
            year = held_year(custom, name)
            value = typed_custom_value(name, edit.text(), project, title, year)
            custom = with_value(custom, name, value)
        return custom
