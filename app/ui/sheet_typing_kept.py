"""The sheet keeps what is being typed in a cell when the model says the cell changed.

Qt's view hands every open editor in a changed range the cell's value again
(``setEditorData``): a result landing while the user typed (automatic leveling, another
plan's change) put the old value back, and Enter then kept it. An editor the user has
typed in (a line edit marked modified) keeps its text, cursor and selection; one not
typed in yet still shows the cell's new value.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from app.ui.widget_mixin import TableViewMixin


class TypingKept(TableViewMixin):
    """Mixin for a sheet view: ``dataChanged`` leaves an editor being typed in alone."""

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        """As Qt's, save that a cell being typed in keeps the typing."""
        editor = self._typed_editor()
        if editor is None:
            super().dataChanged(top_left, bottom_right, roles)
            return
        text, cursor = editor.text(), editor.cursorPosition()
        start, length = editor.selectionStart(), editor.selectionLength()
        super().dataChanged(top_left, bottom_right, roles)
        if editor.text() != text:
            editor.setText(text)
            editor.setModified(True)
            if start >= 0 and length > 0:
                editor.setSelection(start, length)
            else:
                editor.setCursorPosition(cursor)

    def _typed_editor(self) -> QLineEdit | None:
        """The open editor of the current cell, when the user has typed in it."""
        if self.state() is not QAbstractItemView.State.EditingState:
            return None
        index = self.currentIndex()
        editor = self.indexWidget(index) if index.isValid() else None
        if isinstance(editor, QLineEdit) and editor.isModified():
            return editor
        return None
