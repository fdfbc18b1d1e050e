"""View > Sort > Sort By…: MS Project's Sort dialog.

Sort by, Then by, Then by (each a field, ascending or descending), "Keep
outline structure" and "Permanently renumber tasks" (greyed while the outline
is not kept, as in MS Project: a flat list of tasks cannot become the plan's
outline). Reset puts back the default: by ID, outline kept, no renumbering.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.custom_fields import FIELD_NAMES
from app.domain.custom_fields import field_title as custom_title
from app.domain.sorting import MAX_KEYS, SortField, SortKey, TaskSort
from app.ui.dialogs.access_keys import give_access_keys

_NONE = "(none)"
_TITLES = ("Sort by", "Then by", "Then by")


@dataclass(frozen=True, slots=True)
class SortChoice:
    """What the dialog was left with: the sort, and whether to renumber the tasks."""

    task_sort: TaskSort
    renumber: bool = False


class _KeyRow:
    """One "Sort by" box: a field and its direction."""

    def __init__(
        self,
        title: str,
        optional: bool,
        parent: QWidget,
        custom: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.box = QGroupBox(title, parent)
        self.field = QComboBox(self.box)
        if optional:
            self.field.addItem(_NONE, None)
        for field in SortField:
            self.field.addItem(field.title, field)
        for shown, name in custom:  # custom fields in use, by alias (their data: the name)
            self.field.addItem(shown, name)
        self.field.setAccessibleName(title)  # its box's title: no label names it
        # Alt+A and Alt+D on the first key only: the same letters in three boxes clashed.
        marks = "" if optional else "&"
        self.ascending = QRadioButton(f"{marks}Ascending", self.box)
        self.descending = QRadioButton(f"{marks}Descending", self.box)
        self.ascending.setChecked(True)
        group = QButtonGroup(self.box)
        group.addButton(self.ascending)
        group.addButton(self.descending)
        layout = QGridLayout(self.box)
        layout.addWidget(self.field, 0, 0, 2, 1)
        layout.addWidget(self.ascending, 0, 1)
        layout.addWidget(self.descending, 1, 1)
        layout.setColumnStretch(0, 1)

    def set_key(self, key: SortKey | None) -> None:
        """Show a key (None: "(none)", or ID on the first row)."""
        at = self.field.findData(None if key is None else key.field)
        self.field.setCurrentIndex(max(at, 0))
        descending = key is not None and key.descending
        self.descending.setChecked(descending)
        self.ascending.setChecked(not descending)

    def key(self) -> SortKey | None:
        """The key shown (None: "(none)")."""
        field = self.field.currentData()
        if field is None:
            return None
        return SortKey(field, self.descending.isChecked())


def custom_sort_fields(parent: QWidget | None) -> list[tuple[str, str]]:
    """(title, name) of the custom fields the window's plan renames or holds values of."""
    document = getattr(parent, "document", None)
    plan = getattr(document, "plan", None)
    if plan is None:
        return []
    names = {f.name for f in plan.project.custom_fields}
    for task in plan.tasks:
        if task.custom:
            names.update(n for n, _ in task.custom)
    fields = plan.project.custom_fields
    return [(custom_title(n, fields), n) for n in FIELD_NAMES if n in names]


class SortDialog(QDialog):
    """Sort By…: up to three keys, keep outline structure, permanently renumber."""

    def __init__(self, current: SortChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sort")
        custom = custom_sort_fields(parent)
        self.rows = [
            _KeyRow(title, n > 0, self, custom) for n, title in enumerate(_TITLES[:MAX_KEYS])
        ]
        self.keep_outline = QCheckBox("&Keep outline structure", self)
        self.renumber = QCheckBox("&Permanently renumber tasks", self)
        self.keep_outline.toggled.connect(self._on_keep_outline_toggled)
        buttons = QDialogButtonBox(self)
        self.sort_button = buttons.addButton("&Sort", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reset_button = buttons.addButton("&Reset", QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.reset)
        layout = QVBoxLayout(self)
        for row in self.rows:
            layout.addWidget(row.box)
        options = QHBoxLayout()
        options.addWidget(self.renumber)
        options.addWidget(self.keep_outline)
        layout.addLayout(options)
        layout.addWidget(buttons)
        self.show_choice(current)
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def show_choice(self, choice: SortChoice) -> None:
        """Fill the dialog from a sort."""
        keys = choice.task_sort.keys
        for n, row in enumerate(self.rows):
            if n < len(keys):
                row.set_key(keys[n])
            elif n == 0:
                row.set_key(SortKey(SortField.ID))
            else:
                row.set_key(None)
        self.keep_outline.setChecked(choice.task_sort.keep_outline)
        self.renumber.setChecked(choice.renumber and choice.task_sort.keep_outline)
        self._on_keep_outline_toggled(choice.task_sort.keep_outline)

    def reset(self) -> None:
        """MS Project's Reset: by ID ascending, outline kept, no renumbering."""
        self.show_choice(SortChoice(TaskSort()))

    def choice(self) -> SortChoice:
        """The sort the dialog shows ("(none)" rows left out)."""
        keys = tuple(key for row in self.rows if (key := row.key()) is not None)
        keep = self.keep_outline.isChecked()
        return SortChoice(TaskSort(keys, keep), keep and self.renumber.isChecked())

    def _on_keep_outline_toggled(self, keep: bool) -> None:
        self.renumber.setEnabled(keep)
        if not keep:
            self.renumber.setChecked(False)

    @classmethod
    def ask(cls, parent: QWidget | None, current: SortChoice) -> SortChoice | None:
        """The sort chosen, or None when cancelled; tests monkeypatch this."""
        dialog = cls(current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
