"""Typing people into a task's People cell: names complete as you type, entry by entry.

``Ana[50%], B`` offers the roster names starting with ``B`` and completes only
that last entry. The task table sets :class:`PeopleDelegate` on its People
column; the model still parses the text (SetAssignmentsCommand).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

_LAST_ENTRY = re.compile(r"^(.*[,;]\s*)?([^,;]*)$", re.DOTALL)


def split_last_entry(text: str) -> tuple[str, str]:
    """(everything up to and including the last separator, the entry being typed)."""
    m = _LAST_ENTRY.match(text)
    if m is None:  # pragma: no cover - the pattern matches any string
        return "", text
    return m.group(1) or "", m.group(2).lstrip()


class PeopleCompleter(QCompleter):
    """Completes the last entry of a comma-separated list of names."""

    def __init__(self, names: list[str], editor: QLineEdit) -> None:
        super().__init__(editor)
        self._names = QStringListModel(names, self)  # parented, so it lives as long as we do
        self.setModel(self._names)
        self._editor = editor
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setWidget(editor)

    def splitPath(self, path: str) -> list[str]:
        """Match only the entry being typed."""
        return [split_last_entry(path)[1]]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """Keep the entries already typed and replace the last one with the chosen name."""
        head, _ = split_last_entry(self._editor.text())
        return head + str(index.data())


class PeopleDelegate(QStyledItemDelegate):
    """A line editor with name completion for the People column."""

    def __init__(self, names: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """A QLineEdit whose completer knows the current roster."""
        editor = QLineEdit(parent)
        editor.setPlaceholderText("Ana[50%], Ben")
        attach_people_completion(editor, self._names())
        return editor


def attach_people_completion(editor: QLineEdit, names: list[str]) -> PeopleCompleter:
    """Give any line edit (task table cell, task dialog) entry-by-entry name completion."""
    completer = PeopleCompleter(names, editor)
    editor.textEdited.connect(lambda text: _complete(completer, text))
    completer.activated.connect(editor.setText)
    return completer


def _complete(completer: PeopleCompleter, text: str) -> None:
    """Show the popup for the entry being typed (QLineEdit would match the whole text)."""
    prefix = split_last_entry(text)[1]
    if not prefix or "[" in prefix:
        popup = completer.popup()
        if popup is not None:
            popup.hide()
        return
    completer.setCompletionPrefix(prefix)
    completer.complete()
