"""Clear Baseline: which of the eleven baselines, or which interim plan (Start1..10/Finish1..10),
for the entire project or the selected tasks.

MS Project's Project > Set Baseline > Clear Baseline…: the baseline (or interim plan) goes
(entire project), or only the selected tasks' values in it; one undo step puts it back.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from app.domain.baseline import Baseline
from app.domain.baseline_clear import clear_summary, cleared_baseline, nothing_to_clear
from app.domain.clearing import Cleared
from app.domain.errors import AppError
from app.domain.interim import clear_interim_summary, cleared_interim, no_interim_to_clear
from app.domain.interim_plan import InterimPlan
from app.ui.budget.baseline_dialog import baseline_choices, interim_choices
from app.ui.budget.clear_command import ClearCommand
from app.ui.commands import execute
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel, radio_pair
from app.ui.document import Document

TITLE = "Clear Baseline"


class ClearBaselineDialog(QDialog):
    """Choose which baseline (0..10) to clear, and for which tasks."""

    def __init__(
        self,
        has_selection: bool,
        baselines: Mapping[int, Baseline],
        parent: QWidget | None = None,
        interims: Mapping[int, InterimPlan] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.which = QComboBox()
        self.which.addItems(baseline_choices(baselines))
        saved = sorted(baselines)
        if saved:  # the first one saved, as there is nothing to clear in the others
            self.which.setCurrentIndex(saved[0])
        # MS Project's "Clear baseline plan" / "Clear interim plan"
        self.clear_baseline, self.clear_interim = radio_pair(
            self, "Clear &baseline plan", "Clear &interim plan"
        )
        self.interim = QComboBox()
        # each in use with when it was last saved (its tasks counted when not known)
        for n, text in enumerate(interim_choices(interims or {}), start=1):
            self.interim.addItem(text, n)
        set_ones = sorted(interims or {})
        if set_ones:
            self.interim.setCurrentIndex(set_ones[0] - 1)
        self.clear_interim.toggled.connect(self._show_kind)
        self._show_kind(False)
        self.all_tasks, self.selected = radio_pair(self, "&Entire project", "&Selected tasks")
        self.selected.setEnabled(has_selection)
        form = QFormLayout(self)
        form.addRow(self.clear_baseline, self.which)
        form.addRow(self.clear_interim, self.interim)
        form.addRow("For", self.all_tasks)
        form.addRow("", self.selected)
        form.addRow(ok_cancel(self))
        give_access_keys(self)

    def _show_kind(self, interim: bool) -> None:
        self.which.setEnabled(not interim)
        self.interim.setEnabled(interim)

    def answer(self) -> tuple[int, bool, int | None]:
        """(baseline index, selected tasks only, the interim plan to clear instead: None for
        a baseline) as the dialog shows them."""
        interim = int(self.interim.currentData()) if self.clear_interim.isChecked() else None
        return self.which.currentIndex(), self.selected.isChecked(), interim

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        has_selection: bool,
        baselines: Mapping[int, Baseline],
        interims: Mapping[int, InterimPlan] | None = None,
    ) -> tuple[int, bool, int | None] | tuple[int, bool] | None:
        """(baseline index, selected tasks only, interim plan) or None; tests monkeypatch
        this (two values: a baseline)."""
        dialog = cls(has_selection, baselines, parent, interims)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


def clear_baseline(document: Document, parent: QWidget, selected: list[int]) -> str | None:
    """Ask which baseline and which tasks, then clear it as one undoable step.

    Returns what was cleared, as the status bar says it, or what says nothing was (a
    baseline not saved, or none of the selected tasks in it); None when cancelled or
    refused (shown in a message box).
    """
    plan = document.plan
    if plan.interims:  # the dialog is asked as before unless there is an interim plan
        answer = ClearBaselineDialog.ask(parent, bool(selected), plan.baselines, plan.interims)
    else:
        answer = ClearBaselineDialog.ask(parent, bool(selected), plan.baselines)
    if answer is None:
        return None
    index, only_selected = answer[:2]
    uids = selected if only_selected else None
    interim = answer[2] if len(answer) > 2 else None
    cleared: Cleared[Baseline] | Cleared[InterimPlan] | None
    if interim is not None:
        cleared = cleared_interim(plan, interim, uids)
        if cleared is None:
            return no_interim_to_clear(plan, interim, uids)
        said = clear_interim_summary(cleared)
    else:
        cleared = cleared_baseline(plan, index, uids)
        if cleared is None:
            return nothing_to_clear(plan, index, uids)
        said = clear_summary(cleared)
    try:
        execute(document, ClearCommand(document, cleared))
    except AppError as exc:
        QMessageBox.warning(parent, TITLE, str(exc))
        return None
    return said
