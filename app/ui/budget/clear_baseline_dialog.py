"""Clear Baseline: which of the eleven baselines, for the entire project or the selected tasks.

MS Project's Project > Set Baseline > Clear Baseline…: the baseline goes (entire project),
or only the selected tasks' values in it; one undo step puts it back as it was.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QMessageBox,
    QRadioButton,
    QWidget,
)

from app.domain.baseline import Baseline
from app.domain.baseline_clear import (
    ClearedBaseline,
    clear_summary,
    cleared_baseline,
    nothing_to_clear,
)
from app.domain.errors import AppError
from app.ui.budget.baseline_dialog import baseline_choices
from app.ui.commands import PlanCommand, execute
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel
from app.ui.document import Document

TITLE = "Clear Baseline"


class ClearBaselineCommand(PlanCommand):
    """Clear a baseline, or the selected tasks' values in it (undo puts it back)."""

    def __init__(self, document: Document, cleared: ClearedBaseline) -> None:
        scope = "the project" if cleared.left is None else "selected tasks"
        super().__init__(document, f"Clear {cleared.old.label()} for {scope}")
        self._cleared = cleared

    def _redo(self) -> None:
        left = self._cleared.left
        if left is None:
            self.document.plan.clear_baseline(self._cleared.old.index)
        else:
            self.document.plan.set_baseline(left)

    def _undo(self) -> None:
        self.document.plan.set_baseline(self._cleared.old)


class ClearBaselineDialog(QDialog):
    """Choose which baseline (0..10) to clear, and for which tasks."""

    def __init__(
        self, has_selection: bool, baselines: Mapping[int, Baseline], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.which = QComboBox()
        self.which.addItems(baseline_choices(baselines))
        saved = sorted(baselines)
        if saved:  # the first one saved, as there is nothing to clear in the others
            self.which.setCurrentIndex(saved[0])
        self.all_tasks = QRadioButton("&Entire project")
        self.selected = QRadioButton("&Selected tasks")
        self.all_tasks.setChecked(True)
        self.selected.setEnabled(has_selection)
        group = QButtonGroup(self)
        group.addButton(self.all_tasks)
        group.addButton(self.selected)
        form = QFormLayout(self)
        form.addRow("Clear baseline &plan", self.which)
        form.addRow("For", self.all_tasks)
        form.addRow("", self.selected)
        form.addRow(ok_cancel(self))
        give_access_keys(self)

    def answer(self) -> tuple[int, bool]:
        """(baseline index, selected tasks only) as the dialog shows them."""
        return self.which.currentIndex(), self.selected.isChecked()

    @classmethod
    def ask(
        cls, parent: QWidget | None, has_selection: bool, baselines: Mapping[int, Baseline]
    ) -> tuple[int, bool] | None:
        """(baseline index, selected tasks only) or None; tests monkeypatch this."""
        dialog = cls(has_selection, baselines, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


def clear_baseline(document: Document, parent: QWidget, selected: list[int]) -> str | None:
    """Ask which baseline and which tasks, then clear it as one undoable step.

    Returns what was cleared, as the status bar says it, or what says nothing was (a
    baseline not saved, or none of the selected tasks in it); None when cancelled or
    refused (shown in a message box).
    """
    answer = ClearBaselineDialog.ask(parent, bool(selected), document.plan.baselines)
    if answer is None:
        return None
    index, only_selected = answer
    uids = selected if only_selected else None
    cleared = cleared_baseline(document.plan, index, uids)
    if cleared is None:
        return nothing_to_clear(document.plan, index, uids)
    try:
        execute(document, ClearBaselineCommand(document, cleared))
    except AppError as exc:
        QMessageBox.warning(parent, TITLE, str(exc))
        return None
    return clear_summary(cleared)
