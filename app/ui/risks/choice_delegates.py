"""Drop-downs for the register's fields with a set list of values: the Response strategy
(none, Avoid, Transfer, Mitigate, Accept) and the Category (the plan's categories, and a new
one typed in, as MS Project's custom lookup tables take a new value). The model still reads
what is written (app/ui/models/risk_model.py), so a bad value pasted in is refused there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.domain.risk import Risk, RiskResponse

Index = QModelIndex | QPersistentModelIndex


def plan_categories(risks: list[Risk]) -> list[str]:
    """The categories the register's risks use, A to Z, each once (any case: first spelling)."""
    seen: dict[str, str] = {}
    for risk in risks:
        name = risk.category.strip()
        if name:
            seen.setdefault(name.casefold(), name)
    return sorted(seen.values(), key=str.casefold)


class ResponseDelegate(QStyledItemDelegate):
    """A drop-down of the four response strategies, with a blank for none."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A combo box: (none), Avoid, Transfer, Mitigate, Accept."""
        combo = QComboBox(parent)
        combo.setAccessibleName("Response")
        combo.addItem("", "")
        for response in RiskResponse:
            combo.addItem(response.label, response.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """The risk's response chosen."""
        assert isinstance(editor, QComboBox)
        found = editor.findData(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Write the chosen strategy through the model (one undo step)."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CategoryDelegate(QStyledItemDelegate):
    """An editable drop-down of the plan's categories: pick one, or type a new one."""

    def __init__(self, categories: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories = categories

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A combo box of the categories in use, open to a new one."""
        combo = QComboBox(parent)
        combo.setAccessibleName("Category")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("")
        combo.addItems(self._categories())
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """The risk's category shown and chosen."""
        assert isinstance(editor, QComboBox)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        found = editor.findText(text)
        if found >= 0:
            editor.setCurrentIndex(found)
        else:
            editor.setEditText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Write the category chosen or typed (a known one in its first spelling)."""
        assert isinstance(editor, QComboBox)
        typed = editor.currentText().strip()
        known = {c.casefold(): c for c in self._categories()}
        model.setData(index, known.get(typed.casefold(), typed), Qt.ItemDataRole.EditRole)
