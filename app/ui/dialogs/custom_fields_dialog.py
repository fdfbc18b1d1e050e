"""Project > Custom Fields…: rename MS Project's custom task fields, as its Custom Fields
dialog does ("Text1" -> "Owner"), or clear one.

Pick the kind (Text, Number, Flag, Date, Cost, Duration) and the field, type its alias and
press Rename; Value List… gives a Text, Number, Cost, Date or Duration field the values
its cells offer (and may restrict it to them: app/ui/dialogs/custom_fields_lookup.py); Clear takes alias and list off and
empties the field on every task. Each is one undoable step. The field then shows as a
column from the sheet header's Insert Column > Custom Fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.custom_fields import (
    FIELD_COUNTS,
    FIELD_NAMES,
    LIST_KINDS,
    CustomField,
    FieldKind,
    checked_alias,
    defined,
    field_title,
    kind_of,
    value_of,
    with_field,
)
from app.domain.errors import AppError
from app.domain.plural_words import counted
from app.domain.quoting import NAME_LIMIT, quoted
from app.ui.commands import CompositeCommand, EditTaskCommand, PlanCommand, execute
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.custom_fields_lookup import (
    CustomFieldCommand,
    ValueListDialog,
    value_list_command,
)

if TYPE_CHECKING:
    from app.ui.document import Document
    from app.ui.main_window import MainWindow

_MESSAGE_MS = 8000


def rename_command(document: Document, name: str, alias: str) -> PlanCommand | None:
    """The step that gives field ``name`` the alias ``alias`` (None: nothing changes); its
    value list stays. InputError for an alias with a control character or longer than MS
    Project's 50 characters (a 100,000-character one made a column a million pixels wide)."""
    alias = " ".join(checked_alias(name, alias).split())
    fields = document.plan.project.custom_fields
    field = replace(defined(fields, name) or CustomField(name), alias=alias)
    if with_field(fields, field) == fields:
        return None
    if alias and any(f.alias.lower() == alias.lower() and f.name != name for f in fields):
        taken = next(f.name for f in fields if f.alias.lower() == alias.lower())
        raise AppError(f"{quoted(alias, NAME_LIMIT)} already names {taken}")
    text = f"Rename {name} to {quoted(alias, NAME_LIMIT)}" if alias else f"Clear the name of {name}"
    return CustomFieldCommand(document, field, text)


def clear_command(document: Document, name: str) -> PlanCommand | None:
    """The step that takes field ``name``'s alias off and empties it on every task."""
    plan = document.plan
    title = field_title(name, plan.project.custom_fields)
    parts: list[PlanCommand] = []
    if defined(plan.project.custom_fields, name) is not None:
        parts.append(CustomFieldCommand(document, CustomField(name, ""), ""))
    for task in plan.tasks:
        if any(key == name for key, _ in task.custom):
            kept = tuple((k, v) for k, v in task.custom if k != name)
            parts.append(EditTaskCommand(document, task.uid, "", custom=kept))
    if not parts:
        return None
    return CompositeCommand(document, f"Clear custom field {quoted(title, NAME_LIMIT)}", parts)


class CustomFieldsDialog(QDialog):
    """MS Project's Custom Fields dialog for tasks: kind, field, alias; Rename and Clear."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle("Custom Fields")
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in FIELD_COUNTS:
            self.kind.addItem(kind.label, kind)
        self.fields = QListWidget()
        self.fields.setObjectName("fields")
        self.fields.setAccessibleName("Custom fields")
        self.alias = QLineEdit()
        self.alias.setObjectName("alias")
        self.alias.setPlaceholderText("Name shown in the column header")
        self.rename = QPushButton("&Rename")
        self.rename.setObjectName("rename")
        self.lookup = QPushButton("Value &List…")
        self.lookup.setObjectName("lookup")
        self.lookup.setToolTip("The values the field's cells offer, and whether only those")
        self.clear = QPushButton("&Clear")
        self.clear.setObjectName("clear")
        self.clear.setToolTip("Take name and value list off and empty this field on every task")
        self.message = ""  # the last refusal, also shown as the window's status line
        self.note = QLabel("")  # what a list just set leaves as it was, also shown there
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename)
        buttons.addWidget(self.lookup)
        buttons.addWidget(self.clear)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Type", self.kind)
        form.addRow("Alias", self.alias)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(close)
        self.kind.currentIndexChanged.connect(self._fill)
        self.fields.currentItemChanged.connect(self._on_fields_current)
        self.rename.clicked.connect(self.apply_rename)
        self.clear.clicked.connect(self.apply_clear)
        self.lookup.clicked.connect(self.edit_value_list)
        self.resize(380, 440)  # room for "Text2 (Risk level), 3 values, restricted"
        self.alias.returnPressed.connect(self.apply_rename)
        self._fill()
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def select(self, name: str) -> None:
        """Show field ``name`` as the current one."""
        self.kind.setCurrentIndex(list(FIELD_COUNTS).index(kind_of(name)))
        for row in range(self.fields.count()):
            item = self.fields.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.fields.setCurrentItem(item)

    def current_name(self) -> str | None:
        """The field picked in the list."""
        item = self.fields.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def apply_rename(self) -> None:
        """Rename the picked field to the alias typed (one undoable step)."""
        name = self.current_name()
        if name is not None:
            self._run(lambda: rename_command(self.document, name, self.alias.text()))

    def apply_clear(self) -> None:
        """Clear the picked field: no alias, no values (one undoable step)."""
        name = self.current_name()
        if name is not None:
            self._run(lambda: clear_command(self.document, name))
            self.alias.clear()

    def edit_value_list(self) -> None:
        """Edit the picked field's value list (one undoable step when it changes)."""
        name = self.current_name()
        if name is None or kind_of(name) not in LIST_KINDS:
            return
        project = self.document.plan.project
        field = defined(project.custom_fields, name) or CustomField(name)
        chosen = ValueListDialog.ask(self, field, field_title(name, project.custom_fields), project)
        if chosen is not None:
            values, restricted = chosen
            self._run(lambda: value_list_command(self.document, name, values, restricted))
            self.note.setText(outside_note(self.document, name))

    def _run(self, make: Callable[[], PlanCommand | None]) -> None:
        self.message = ""
        try:
            command = make()
            if command is not None:
                execute(self.document, command)
        except AppError as exc:
            self.message = str(exc)
            self.alias.setToolTip(self.message)
            self.alias.selectAll()
            return
        self._fill(keep=self.current_name())

    def _fill(self, *_args: object, keep: str | None = None) -> None:
        kind = self.kind.currentData()
        assert isinstance(kind, FieldKind)
        fields = self.document.plan.project.custom_fields
        self.fields.blockSignals(True)
        self.fields.clear()
        for name in FIELD_NAMES:
            if kind_of(name) is not kind:
                continue
            item = QListWidgetItem(_label(name, fields))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.fields.addItem(item)
            if name == keep:
                self.fields.setCurrentItem(item)
        if self.fields.currentItem() is None:
            self.fields.setCurrentRow(0)
        self.fields.blockSignals(False)
        self._on_fields_current()

    def _on_fields_current(self, *_args: object) -> None:
        name = self.current_name()
        found = None if name is None else defined(self.document.plan.project.custom_fields, name)
        self.alias.setText("" if found is None else found.alias)
        self.lookup.setEnabled(name is not None and kind_of(name) in LIST_KINDS)

    @classmethod
    def ask(cls, window: MainWindow) -> None:
        """Open the dialog over the window (tests monkeypatch this)."""
        dialog = cls(window.document, window)
        dialog.exec()
        if dialog.message or dialog.note.text():
            window.statusBar().showMessage(dialog.message or dialog.note.text(), _MESSAGE_MS)


def outside_note(document: Document, name: str) -> str:
    """For a field restricted to its list, how many tasks hold a value outside it ("" for
    none): they keep it, as in MS Project, until edited."""
    field = defined(document.plan.project.custom_fields, name)
    if field is None or not field.restricted:
        return ""
    count = 0
    for task in document.plan.tasks:
        value = value_of(task.custom, name) if task.custom else None
        if value is not None and not field.holds(value):
            count += 1
    if not count:
        return ""
    if count == 1:
        # not "a {title} value": "a Owner value" ('an' or 'a' depends on how the alias sounds)
        return f"1 task holds a value of {field.title} outside the list: it stays until edited"
    return f"{count} tasks hold {field.title} values outside the list: they stay until edited"


def _label(name: str, fields: tuple[CustomField, ...]) -> str:
    """A field as the list shows it: "Text2 (Risk level), 3 values, restricted"."""
    title = field_title(name, fields)
    label = name if title == name else f"{name} ({title})"
    found = defined(fields, name)
    if found is not None and found.values:
        count = len(found.values)
        label += f", {counted(count, 'value')}"
        if found.restricted:
            label += ", restricted"
    return label


def custom_fields_action(window: MainWindow) -> None:
    """Project > Custom Fields…"""
    CustomFieldsDialog.ask(window)
