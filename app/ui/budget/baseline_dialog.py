"""Set Baseline: which of the eleven baselines, its name, and for which tasks."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QWidget,
)

from app.domain.baseline import BASELINE_COUNT, Baseline, baseline_label
from app.domain.errors import AppError
from app.ui.budget.commands import SetBaselineCommand
from app.ui.commands import execute
from app.ui.dialogs.buttons import ok_cancel
from app.ui.document import Document


def baseline_choices(baselines: Mapping[int, Baseline]) -> list[str]:
    """The eleven baselines as a list offers them: name, and when each was last saved."""
    out = []
    for index in range(BASELINE_COUNT):
        b = baselines.get(index)
        if b is None:
            out.append(baseline_label(index))
        elif b.saved_at is None:
            out.append(b.label())
        else:
            out.append(f"{b.label()} (last saved {b.saved_at:%Y-%m-%d %H:%M})")
    return out


class SetBaselineDialog(QDialog):
    """Choose which baseline (0..10) to save, optionally name it, and for which tasks."""

    def __init__(
        self,
        has_selection: bool,
        baselines: Mapping[int, Baseline],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set baseline")
        self._baselines = dict(baselines)
        self.which = QComboBox()
        self.which.addItems(baseline_choices(baselines))
        self.name = QLineEdit()
        self.name.setPlaceholderText("optional, e.g. Signed-off plan")
        self.name.setMaxLength(80)
        self.which.currentIndexChanged.connect(self._show_name)
        self._show_name(0)
        self.all_tasks = QRadioButton("Entire project")
        self.selected = QRadioButton("Selected tasks")
        self.all_tasks.setChecked(True)
        self.selected.setEnabled(has_selection)
        group = QButtonGroup(self)
        group.addButton(self.all_tasks)
        group.addButton(self.selected)
        form = QFormLayout(self)
        form.addRow("Save", self.which)
        form.addRow("Name", self.name)
        form.addRow("For", self.all_tasks)
        form.addRow("", self.selected)
        form.addRow(ok_cancel(self))

    def _show_name(self, index: int) -> None:
        old = self._baselines.get(index)
        self.name.setText(old.name if old is not None else "")

    def answer(self) -> tuple[int, bool, str]:
        """(baseline index, selected tasks only, name) as the dialog shows them."""
        return self.which.currentIndex(), self.selected.isChecked(), self.name.text().strip()

    @classmethod
    def ask(
        cls, parent: QWidget | None, has_selection: bool, baselines: Mapping[int, Baseline]
    ) -> tuple[int, bool, str] | None:
        """(baseline index, selected tasks only, name) or None; tests monkeypatch this."""
        dialog = cls(has_selection, baselines, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


def set_baseline(
    document: Document, parent: QWidget, selected: list[int], saved_at: datetime
) -> int | None:
    """Ask which baseline, its name and which tasks, then save it as one undoable step.

    ``selected``: the tasks selected where the user asked (the Budget tree, or
    the task sheet for Project > Set Baseline). Returns the baseline saved, or
    None when cancelled or refused (the refusal is shown in a message box).
    """
    answer = SetBaselineDialog.ask(parent, bool(selected), document.plan.baselines)
    if answer is None:
        return None
    index, only_selected, name = answer
    command = SetBaselineCommand(
        document, index, saved_at, selected if only_selected else None, name=name
    )
    try:
        execute(document, command)
    except AppError as exc:
        QMessageBox.warning(parent, "Set baseline", str(exc))
        return None
    return index
