"""View > Group by > Customize Group By…: MS Project's Customize Group By dialog.

Group by, Then by, Then by: each a field, ascending or descending, and for
figures, lengths and dates an interval (MS Project's "Define Group Intervals":
lengths in the project's duration notation, "1w"; dates in days, 7 for weeks
from Monday; figures in their units). "Maintain hierarchy" lists the summaries
above each group's tasks in the group. Reset clears every key (No Group).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AppError
from app.domain.grouping import (
    MAX_KEYS,
    GroupBy,
    GroupField,
    GroupKey,
    counted_in,
    takes_interval,
)
from app.domain.notation import format_duration
from app.domain.project import Project
from app.domain.quoting import quoted
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.sort_dialog import custom_sort_fields
from app.ui.locale_durations import typed_duration

_NONE = "(none)"
_TITLES = ("Group by", "Then by", "Then by")
_ORDERS = ("Ascending", "Descending")


class _KeyRow:
    """One line of the dialog: field, order, interval."""

    def __init__(
        self, layout: QGridLayout, line: int, optional: bool, custom: Sequence[tuple[str, str]]
    ) -> None:
        parent = layout.parentWidget()
        self.title = QLabel(_TITLES[line], parent)
        self.field = QComboBox(parent)
        self.field.setObjectName(f"group_field_{line}")
        if optional:
            self.field.addItem(_NONE, None)
        for field in GroupField:
            if field is GroupField.COMPLETION:
                self.field.addItem("% Complete (0%, 1-99%, 100%)", field)
            else:
                self.field.addItem(field.title, field)
        for shown, name in custom:  # custom fields in use, by alias (their data: the name)
            self.field.addItem(shown, name)
        self.order = QComboBox(parent)
        self.order.addItems(_ORDERS)
        self.interval = QLineEdit(parent)
        self.interval.setPlaceholderText("each value")
        self.interval.setToolTip(
            "Group in intervals: a length (1w, 5d), a number of days for dates "
            "(7: weeks), or units for figures; empty: one group per value"
        )
        # Named for screen readers: the line's title labels only its field.
        self.order.setAccessibleName(f"{_TITLES[line]} order")
        self.interval.setAccessibleName(f"{_TITLES[line]} interval")
        self.field.currentIndexChanged.connect(self._on_field_changed)
        for column, widget in enumerate((self.title, self.field, self.order, self.interval)):
            layout.addWidget(widget, line + 1, column)
        self._on_field_changed()

    def _on_field_changed(self) -> None:
        field = self.field.currentData()
        self.order.setEnabled(field is not None)
        can = field is not None and takes_interval(field)
        self.interval.setEnabled(can)
        if not can:
            self.interval.clear()

    def set_key(self, key: GroupKey | None, project: Project) -> None:
        """Show a key (None: "(none)")."""
        at = self.field.findData(None if key is None else key.field)
        self.field.setCurrentIndex(max(at, 0))
        self.order.setCurrentIndex(1 if key is not None and key.descending else 0)
        text = ""
        if key is not None and key.interval is not None:
            if counted_in(key.field) == "minutes":  # a custom Duration field's too
                text = format_duration(int(key.interval), project)
            else:
                text = f"{key.interval:g}"
        self.interval.setText(text)

    def key(self, project: Project) -> GroupKey | None:
        """The key shown (None: "(none)"); AppError names a bad interval."""
        field = self.field.currentData()
        if field is None:
            return None
        text = self.interval.text().strip()
        interval: float | None = None
        if text:
            unit = counted_in(field)
            try:
                if unit == "minutes":  # a length, a custom Duration field's too: 1w, 5d
                    interval = float(typed_duration(text, project).minutes)
                else:
                    interval = float(text)
                    if math.isinf(interval):  # 400 digits read as infinity
                        raise OverflowError(text)
            except OverflowError:  # hundreds of digits of days
                raise AppError(f"Interval {quoted(text)} is too large") from None
            except ValueError:
                what = "days" if unit == "days" else "a number"
                raise AppError(f"Interval {quoted(text)} is not {what}") from None
        return GroupKey(field, self.order.currentIndex() == 1, interval)


class GroupDialog(QDialog):
    """Customize Group By: up to three keys with intervals, and Maintain hierarchy."""

    def __init__(self, current: GroupBy, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Customize Group By")
        self._project = project
        custom = custom_sort_fields(parent)
        box = QWidget(self)
        grid = QGridLayout(box)
        for column, title in enumerate(("", "Field Name", "Order", "Interval")):
            grid.addWidget(QLabel(title, box), 0, column)
        self.rows = [_KeyRow(grid, n, n > 0, custom) for n in range(MAX_KEYS)]
        grid.setColumnStretch(1, 1)
        self.keep_hierarchy = QCheckBox("&Maintain hierarchy", self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setVisible(False)
        buttons = QDialogButtonBox(self)
        buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reset_button = buttons.addButton("&Reset", QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.reset)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.keep_hierarchy)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.show_group(current)
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def show_group(self, group_by: GroupBy) -> None:
        """Fill the dialog from a grouping (No Group: Resource Names offered first)."""
        keys = group_by.keys
        for n, row in enumerate(self.rows):
            if n < len(keys):
                row.set_key(keys[n], self._project)
            elif n == 0:
                row.set_key(GroupKey(GroupField.RESOURCE_NAMES), self._project)
            else:
                row.set_key(None, self._project)
        self.keep_hierarchy.setChecked(group_by.keep_hierarchy)

    def reset(self) -> None:
        """Back to one key, Resource Names, without hierarchy."""
        self.show_group(GroupBy())

    def grouping(self) -> GroupBy:
        """The grouping the dialog shows; AppError names a bad interval."""
        keys = tuple(k for row in self.rows if (k := row.key(self._project)) is not None)
        return GroupBy(keys, self.keep_hierarchy.isChecked())

    def _on_ok(self) -> None:
        try:
            self.grouping()
        except AppError as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, current: GroupBy, project: Project) -> GroupBy | None:
        """The grouping chosen, or None when cancelled; tests monkeypatch this."""
        dialog = cls(current, project, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.grouping()
