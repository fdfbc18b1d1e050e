"""Set Baseline: which of the eleven baselines, its name, for which tasks, how summaries roll up;
or MS Project's Set interim plan: Start/Finish (or a baseline's) copied into Start1..10/Finish1..10.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app.domain.baseline import BASELINE_COUNT, Baseline, baseline_label
from app.domain.baselines import NO_ROLL_UP, RollUp
from app.domain.errors import AppError
from app.domain.interim import interim_summary
from app.domain.interim_plan import INTERIM_COUNT, InterimPlan, interim_label
from app.domain.plural_words import counted
from app.domain.quoting import NAME_LIMIT, quoted
from app.report.locale_dates import local_date
from app.ui.budget.commands import SetBaselineCommand
from app.ui.budget.interim_commands import SetInterimCommand
from app.ui.commands import execute
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel, radio_pair
from app.ui.document import Document

NO_TASKS = "The plan has no tasks: there is nothing to save in a baseline."


def saved_on(moment: datetime) -> str:
    """When a baseline or interim plan was last saved, as Set Baseline's and Clear Baseline's
    lists say it for both, in the user's locale as the sheet writes dates: "last saved on
    Mon 2026-11-23 14:05" (C locale), "last saved on Mon 11/23/2026 2:05 PM" (en_US)."""
    return f"last saved on {local_date(moment, clock=True)}"


def baseline_choices(baselines: Mapping[int, Baseline]) -> list[str]:
    """The eleven baselines as a list offers them: name, and when each was last saved
    (:func:`saved_on`)."""
    out = []
    for index in range(BASELINE_COUNT):
        b = baselines.get(index)
        if b is None:
            out.append(baseline_label(index))
        elif b.saved_at is None:
            out.append(b.label())
        else:
            out.append(f"{b.label()} ({saved_on(b.saved_at)})")
    return out


def interim_choices(interims: Mapping[int, InterimPlan]) -> list[str]:
    """The ten interim plans as Into (and Clear Baseline's list) offers them, each in use
    with when it was last saved (:func:`saved_on`), as MS Project's dialog says it
    ("Start1/Finish1 (last saved on Mon 2026-11-23 14:05)"); one whose time is not known (read from an MS Project XML, or
    set before Gantry kept it) with its tasks counted: "(in use, 7 tasks)"."""
    out = []
    for n in range(1, INTERIM_COUNT + 1):
        held = interims.get(n)
        label = interim_label(n)
        if held is None:
            out.append(label)
        else:
            when = "in use, " + _held(held) if held.saved_at is None else saved_on(held.saved_at)
            out.append(f"{label} ({when})")
    return out


def _held(interim: InterimPlan) -> str:
    return counted(len(interim.entries), "task")


def interim_overwrite_question(interim: InterimPlan) -> str:
    """What Set interim plan asks before replacing interim plan ``interim`` for the entire
    project, as Set Baseline asks before replacing a saved baseline: "Start1/Finish1 was
    saved on Mon 2026-11-23 14:05 (172 tasks). Overwrite it?"."""
    if interim.saved_at is None:
        return f"{interim.label()} is in use ({_held(interim)}). Overwrite it?"
    when = local_date(interim.saved_at, clock=True)
    return f"{interim.label()} was saved on {when} ({_held(interim)}). Overwrite it?"


def name_clash(baselines: Mapping[int, Baseline], index: int, name: str) -> str | None:
    """Why ``name`` cannot go to baseline ``index`` (None: it can).

    Another baseline already goes by it (any case): its own name, or the
    numbered one ("Baseline", "Baseline 3") it shows without a name.
    """
    typed = " ".join(name.split())
    if not typed:
        return None
    for other in range(BASELINE_COUNT):
        if other == index:
            continue
        b = baselines.get(other)
        label = b.label() if b is not None else baseline_label(other)
        if label.casefold() == typed.casefold():
            return (
                f"{quoted(typed, NAME_LIMIT)} is already the name of Baseline {other}: "
                "give this one another"
            )
    return None


@dataclass(frozen=True, slots=True)
class InterimChoice:
    """Set interim plan's choices: copy ``source`` (None: Start/Finish, else baseline
    ``source``) into interim plan ``number`` (Start N/Finish N)."""

    number: int
    source: int | None = None


class SetBaselineDialog(QDialog):
    """Choose which baseline (0..10) to save, optionally name it, and for which tasks."""

    def __init__(
        self,
        has_selection: bool,
        baselines: Mapping[int, Baseline],
        parent: QWidget | None = None,
        interims: Mapping[int, InterimPlan] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set Baseline")
        self._baselines = dict(baselines)
        self.which = QComboBox()
        self.which.addItems(baseline_choices(baselines))
        self.name = QLineEdit()
        self.name.setPlaceholderText("optional, e.g. Signed-off plan")
        self.name.setMaxLength(80)
        self.problem = QLabel()  # why the name typed cannot be used
        self.problem.setStyleSheet("color: #b00")
        self.problem.setWordWrap(True)
        self.which.currentIndexChanged.connect(self._show_name)
        self.problem.hide()
        self.name.textChanged.connect(lambda _text: self._say(""))
        self._show_name(0)
        self.all_tasks, self.selected = radio_pair(self, "&Entire project", "&Selected tasks")
        self.selected.setEnabled(has_selection)
        # MS Project's "Roll up baselines" (for selected tasks only): unticked, the
        # summaries above keep their baseline and so their variance.
        self.to_all_summaries = QCheckBox("To a&ll summary tasks")
        self.to_all_summaries.setToolTip(
            "Every summary above a selected task takes its baseline from its subtasks' baselines"
        )
        self.from_subtasks = QCheckBox("From s&ubtasks into selected summary task(s)")
        self.from_subtasks.setToolTip(
            "A selected summary takes its baseline from its subtasks' baselines, "
            "counting subtasks added or deleted since"
        )
        self.selected.toggled.connect(self._show_roll_up)
        # MS Project's "Set baseline" / "Set interim plan" (Copy ... Into Start N/Finish N)
        self.set_baseline, self.set_interim = radio_pair(self, "Set &baseline", "Set &interim plan")
        self.copy = QComboBox()
        self.copy.addItem("Start/Finish", None)
        for k in range(BASELINE_COUNT):
            b = baselines.get(k)
            self.copy.addItem(b.label() if b is not None else baseline_label(k), k)
        self.into = QComboBox()
        for n, text in enumerate(interim_choices(interims or {}), start=1):
            self.into.addItem(text, n)
        self.set_interim.toggled.connect(self._show_kind)
        self._show_kind(False)
        form = QFormLayout(self)
        form.addRow("", self.set_baseline)
        form.addRow("Save", self.which)
        form.addRow("Name", self.name)
        form.addRow("", self.problem)
        form.addRow("", self.set_interim)
        form.addRow("&Copy", self.copy)
        form.addRow("I&nto", self.into)
        form.addRow("For", self.all_tasks)
        form.addRow("", self.selected)
        form.addRow("Roll up baselines", self.to_all_summaries)
        form.addRow("", self.from_subtasks)
        form.addRow(ok_cancel(self))
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def _show_roll_up(self, selected: bool) -> None:
        baseline = not self.set_interim.isChecked()
        self.to_all_summaries.setEnabled(selected and baseline)
        self.from_subtasks.setEnabled(selected and baseline)

    def _show_kind(self, interim: bool) -> None:
        """A baseline's fields, or the interim plan's Copy and Into, as MS Project greys them."""
        for box in (self.which, self.name):
            box.setEnabled(not interim)
        self.copy.setEnabled(interim)
        self.into.setEnabled(interim)
        self._show_roll_up(self.selected.isChecked())
        if interim:
            self._say("")

    def _show_name(self, index: int) -> None:
        old = self._baselines.get(index)
        self.name.setText(old.name if old is not None else "")

    def accept(self) -> None:
        """Close with OK unless another baseline has the name typed (then say so)."""
        if self.set_interim.isChecked():
            super().accept()
            return
        clash = name_clash(self._baselines, self.which.currentIndex(), self.name.text())
        if clash is not None:
            self._say(clash)
            self.name.setFocus()
            return
        super().accept()

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def answer(self) -> tuple[int, bool, str, RollUp, InterimChoice | None]:
        """(baseline index, selected tasks only, name, roll-up, the interim plan to set
        instead: None for a baseline) as the dialog shows them."""
        selected = self.selected.isChecked()
        interim = (
            InterimChoice(int(self.into.currentData()), self.copy.currentData())
            if self.set_interim.isChecked()
            else None
        )
        roll_up = (
            RollUp(self.to_all_summaries.isChecked(), self.from_subtasks.isChecked())
            if selected and interim is None
            else NO_ROLL_UP
        )
        return self.which.currentIndex(), selected, self.name.text().strip(), roll_up, interim

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        has_selection: bool,
        baselines: Mapping[int, Baseline],
        interims: Mapping[int, InterimPlan] | None = None,
    ) -> (
        tuple[int, bool, str, RollUp, InterimChoice | None]
        | tuple[int, bool, str, RollUp]
        | tuple[int, bool, str]
        | None
    ):
        """(baseline index, selected tasks only, name, roll-up, interim plan) or None; tests
        monkeypatch this (three values: no roll-up, four: no interim plan). ``interims``:
        the interim plans set, marked in use in Into."""
        dialog = cls(has_selection, baselines, parent, interims)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()

    @classmethod
    def inform(cls, parent: QWidget | None, text: str) -> None:
        """Say why no baseline is saved (a plan with no tasks); tests monkeypatch this."""
        QMessageBox.information(parent, "Set Baseline", text)

    @classmethod
    def confirm_overwrite(cls, parent: QWidget | None, question: str) -> bool:
        """Yes/No to replacing a saved baseline (No by default); tests monkeypatch this."""
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return QMessageBox.question(parent, "Set Baseline", question, yes | no, no) == yes


def overwrite_question(baseline: Baseline) -> str:
    """What Set Baseline asks before replacing ``baseline``, as MS Project words it."""
    if baseline.saved_at is None:
        return f"{baseline.label()} is already saved. Overwrite it?"
    when = local_date(baseline.saved_at, clock=True)  # as the interim plan's question says it
    return f"{baseline.label()} was saved on {when}. Overwrite it?"


def set_baseline(
    document: Document,
    parent: QWidget,
    selected: list[int],
    saved_at: datetime,
    say: Callable[[str], None] | None = None,
) -> int | None:
    """Ask which baseline, its name and which tasks, then save it as one undoable step.

    ``selected``: the tasks selected where the user asked (the Budget tree, or
    the task sheet for Project > Set Baseline). Returns the baseline saved, or
    None when cancelled or refused (a name another baseline has, a plan with no
    tasks, or the refusal of the step: shown in a message box), or when the user keeps
    the baseline already saved there: saving the whole project over one asks
    first, as MS Project does (selected tasks only update their own entries).

    Set interim plan chosen instead: the interim plan is set as one undoable step, ``say``
    is told what was copied, and None is returned (no baseline was saved).
    """
    if not document.plan.tasks:  # a baseline of nothing: "saved (0 tasks)" said nothing true
        SetBaselineDialog.inform(parent, NO_TASKS)
        return None
    plan = document.plan
    if plan.interims:  # the dialog is asked as before unless there is an interim plan
        answer = SetBaselineDialog.ask(parent, bool(selected), plan.baselines, plan.interims)
    else:
        answer = SetBaselineDialog.ask(parent, bool(selected), plan.baselines)
    if answer is None:
        return None
    index, only_selected, name = answer[:3]
    roll_up = answer[3] if len(answer) > 3 and only_selected else NO_ROLL_UP
    interim = answer[4] if len(answer) > 4 else None
    if interim is not None:
        uids = selected if only_selected else None
        _set_interim(document, parent, uids, interim, saved_at, say)
        return None
    clash = name_clash(document.plan.baselines, index, name)
    if clash is not None:
        QMessageBox.warning(parent, "Set Baseline", clash)
        return None
    old = document.plan.baselines.get(index)
    if (
        old is not None
        and not only_selected
        and not SetBaselineDialog.confirm_overwrite(parent, overwrite_question(old))
    ):
        if say is not None:  # a keyboard user who pressed Enter twice hears what happened
            say(f"{old.label()} not changed")
        return None
    command = SetBaselineCommand(
        document, index, saved_at, selected if only_selected else None, name=name, roll_up=roll_up
    )
    try:
        execute(document, command)
    except AppError as exc:
        QMessageBox.warning(parent, "Set Baseline", str(exc))
        return None
    return index


def _set_interim(
    document: Document,
    parent: QWidget,
    uids: list[int] | None,
    choice: InterimChoice,
    saved_at: datetime,
    say: Callable[[str], None] | None,
) -> None:
    """Set interim plan ``choice`` at ``saved_at`` as one undoable step; a refusal (a baseline not saved)
    shown in a message box. Replacing one in use for the entire project asks first, as a
    saved baseline does (selected tasks only update their own entries)."""
    old = document.plan.interims.get(choice.number)
    if (
        old is not None
        and uids is None
        and not SetBaselineDialog.confirm_overwrite(parent, interim_overwrite_question(old))
    ):
        if say is not None:
            say(f"{old.label()} not changed")
        return
    try:
        command = SetInterimCommand(document, choice.number, choice.source, uids, saved_at)
        execute(document, command)
    except AppError as exc:
        QMessageBox.warning(parent, "Set Baseline", str(exc))
        return
    if say is not None:
        say(interim_summary(command.interim, choice.source, uids is not None))
