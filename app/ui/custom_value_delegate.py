"""The editor of a custom field's cell (Text, Number, Cost, Date, Duration): a combo box
offering the field's value list (each value with its description beside it, as MS
Project's lookup drop-down), or the column's usual editor when the field has no list (a
plain line; a date field's calendar).

Typing stays possible (a key typed on the cell starts the text, completed from the list);
the model reads what is typed and refuses, with one status-bar line naming the field and
its values, a value outside a restricted list.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.domain.custom_fields import CustomField, FieldKind, defined, plain_value
from app.domain.custom_values import list_entry_text
from app.domain.project import Project
from app.ui.models.custom_columns import custom_name
from app.ui.models.task_date_edits import format_date_edit

Index = QModelIndex | QPersistentModelIndex
_VALUE, _DESCRIPTION = 0, 1


def field_of(index: Index) -> CustomField | None:
    """The definition of the custom field a cell belongs to (None: not defined)."""
    document = getattr(index.model(), "document", None)
    name = custom_name(index.column())
    if document is None or name is None:
        return None
    return defined(document.plan.project.custom_fields, name)


class ValueListCombo(QComboBox):
    """An editable combo box over a value list: values in the first column of its popup,
    descriptions in the second. A value other than text is offered as the cell's editor
    writes it (``project``: a cost in its currency, a duration in its days, a date as the
    Start cell's editor opens one: ``04.01.2027 08:00`` in German)."""

    def __init__(
        self, field: CustomField, parent: QWidget | None = None, project: Project | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("value_list_editor")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        items = QStandardItemModel(len(field.values), 2, self)
        for row, entry in enumerate(field.values):
            text = (
                plain_value(entry.value)
                if project is None
                else list_entry_text(field.name, entry.value, project, format_date_edit)
            )
            value = QStandardItem(text)
            value.setToolTip(entry.description or text)
            items.setItem(row, _VALUE, value)
            items.setItem(row, _DESCRIPTION, QStandardItem(entry.description))
        self.setModel(items)
        self.setModelColumn(_VALUE)
        popup = QTableView(self)
        popup.setObjectName("value_list_popup")
        popup.horizontalHeader().hide()
        popup.verticalHeader().hide()
        popup.setShowGrid(False)
        popup.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        popup.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        popup.horizontalHeader().setStretchLastSection(True)
        self.setView(popup)
        popup.resizeColumnsToContents()
        wide = sum(popup.columnWidth(c) for c in (_VALUE, _DESCRIPTION)) + 24
        popup.setMinimumWidth(wide)
        if field.kind is FieldKind.TEXT:
            completer = QCompleter(items, self)  # a typed "hi" completes to "High", any case
            completer.setCompletionColumn(_VALUE)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
            self.setCompleter(completer)
        else:  # "2" typed must stay 2, not complete to a listed 25 (Qt's default completer)
            # Qt takes None (no completer); PySide6's stub types the argument as not None.
            self.setCompleter(None)  # type: ignore[arg-type]
        if field.restricted:
            self.line_edit().setPlaceholderText("Pick a value")
            self.setToolTip("Only the values of this field's list are taken")

    def line_edit(self) -> QLineEdit:
        """The line typed into: ``lineEdit()``, never None as the combo box is editable."""
        line = self.lineEdit()
        assert line is not None
        return line

    def text(self) -> str:
        """The value picked or typed."""
        return self.currentText()

    def set_text(self, text: str) -> None:
        """Start from ``text`` (the listed row selected when it is one)."""
        at = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if at >= 0:
            self.setCurrentIndex(at)
        self.setEditText(text)


class CustomValueDelegate(QStyledItemDelegate):
    """Edits a custom field's cell: a :class:`ValueListCombo` when the field has a value
    list, else ``fallback``'s editor (a date field's) or the default line edit."""

    def __init__(
        self, parent: QWidget | None = None, fallback: QStyledItemDelegate | None = None
    ) -> None:
        super().__init__(parent)
        self.fallback = fallback

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """The field's combo box, or the usual editor for a field without a list."""
        field = field_of(index)
        if field is None or not field.values:
            if self.fallback is not None:
                return self.fallback.createEditor(parent, option, index)
            return super().createEditor(parent, option, index)
        document = getattr(index.model(), "document", None)
        project = document.plan.project if document is not None else None
        return ValueListCombo(field, parent, project)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Start from the cell's value."""
        if isinstance(editor, ValueListCombo):
            editor.set_text(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        elif self.fallback is not None:
            self.fallback.setEditorData(editor, index)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Hand the model the value picked or typed when it is another one."""
        if isinstance(editor, ValueListCombo):
            text = editor.text()
            if text != (index.data(Qt.ItemDataRole.EditRole) or ""):
                model.setData(index, text, Qt.ItemDataRole.EditRole)
        elif self.fallback is not None:
            self.fallback.setModelData(editor, model, index)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """Place the editor as its own delegate would."""
        if self.fallback is not None and not isinstance(editor, ValueListCombo):
            self.fallback.updateEditorGeometry(editor, option, index)
        else:
            super().updateEditorGeometry(editor, option, index)


# The name it had while only Text fields took lists.
CustomTextDelegate = CustomValueDelegate
