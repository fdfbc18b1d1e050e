"""File > Export… to a workbook: what the client workbook carries (after the file chooser).

As MS Project's export map picks the fields that leave, the PM ticks the sheets and
details a client gets: the Team sheet, costs and rates, risks, notes, which people (all,
those on this plan's tasks, their names only) and the hidden round-trip data. "Client
hand-off" ticks the safe set; "Everything" is the full export every earlier version
wrote. "Work and Remaining Work columns" adds those two Plan sheet columns in hours
(shown, not read back; ``gantry convert --work``). The last choice is kept in the settings (:data:`app.ui.settings.EXPORT_CHOICE`).

File > Export… to a CSV asks the same, the boxes a task table can honour alone (costs:
the Fixed cost and Cost columns; notes: the Notes column); its choice keeps the
workbook's other boxes as they were (:func:`table_choice`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.io.excel_export_choice import (
    CLIENT_HANDOFF,
    FULL_EXPORT,
    ExportChoice,
    PeopleShown,
    left_out_words,
)
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel

_PEOPLE = (
    (PeopleShown.ALL, "Everyone on the team"),
    (PeopleShown.ON_TASKS, "Only those on this plan's tasks"),
    (PeopleShown.NAMES, "Names only (no e-mail, roles, rates or calendar names)"),
)
_NAMES_NO_COSTS = "Names only sends no rates, so no costs either"


class ExportChoiceDialog(QDialog):
    """The sheets and details a client workbook carries."""

    def __init__(
        self, choice: ExportChoice, parent: QWidget | None = None, table: bool = False
    ) -> None:
        super().__init__(parent)
        self._table = table  # a CSV: only costs and notes
        self.setWindowTitle("Export CSV" if table else "Export workbook")
        self.team = QCheckBox("Team sheet")
        self.costs = QCheckBox("Costs and rates (Budget sheet, cost columns, people's rates)")
        self.risks = QCheckBox("Risks")
        self.notes = QCheckBox("Notes (tasks, people, project)")
        self.people = QComboBox()
        for value, text in _PEOPLE:
            self.people.addItem(text, value.value)
        self.roundtrip = QCheckBox("Round-trip data (hidden _gantry sheet)")
        self.roundtrip.setToolTip(
            "Lets Gantry show the client's edits for review when the workbook comes back. "
            "It holds only what is ticked here."
        )
        # the estimates a product owner reviews (tester s31xa M5); a workbook adds them only
        self.work = QCheckBox("&Work and Remaining Work columns")
        self.work.setToolTip(
            "Adds the Plan sheet's Work and Remaining Work, in hours, for the client to read. "
            "They are not taken back when the workbook returns."
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        handoff = QPushButton("Client hand-off")
        handoff.setToolTip("Tasks, dates and the names of who works on them; nothing internal")
        handoff.clicked.connect(lambda: self._preset(CLIENT_HANDOFF))
        everything = QPushButton("Everything")
        everything.clicked.connect(lambda: self._preset(FULL_EXPORT))
        presets = QHBoxLayout()
        presets.addWidget(QLabel("Presets:"))
        presets.addWidget(handoff)
        presets.addWidget(everything)
        presets.addStretch(1)
        form = QFormLayout()
        if table:
            self.costs.setText("Costs (Fixed cost and Cost columns)")
            self.notes.setText("Notes (Notes column)")
            form.addRow(self.costs)
            form.addRow(self.notes)
            for widget in (self.team, self.risks, self.people, self.roundtrip, self.work):
                widget.hide()
            self.summary.setMinimumWidth(340)  # "Left out of the table: ..." on one line
        else:
            for box in (self.team, self.costs, self.risks, self.notes, self.work):
                form.addRow(box)
            form.addRow("People:", self.people)
            form.addRow(self.roundtrip)
        layout = QVBoxLayout(self)
        layout.addLayout(presets)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(ok_cancel(self, "Export"))
        for box in (self.team, self.costs, self.risks, self.notes, self.roundtrip):
            box.toggled.connect(self._on_changed)
        self.people.currentIndexChanged.connect(self._on_changed)
        self._costs_wanted = choice.costs  # kept while Names only greys the box
        self.set_choice(choice)
        give_access_keys(self)

    def set_choice(self, choice: ExportChoice) -> None:
        """Show ``choice`` in the boxes (a preset, or the last export's)."""
        if self._table:  # a table has no sheets or people's details to leave out
            choice = table_choice(choice)
        self._costs_wanted = choice.costs
        self.team.setChecked(choice.team)
        self.costs.setChecked(choice.costs)
        self.risks.setChecked(choice.risks)
        self.notes.setChecked(choice.notes)
        self.roundtrip.setChecked(choice.roundtrip)
        self.work.setChecked(choice.work)
        self.people.setCurrentIndex(self.people.findData(choice.people.value))
        self._on_changed()

    def choice(self) -> ExportChoice:
        """What the boxes say."""
        return ExportChoice(
            team=self.team.isChecked(),
            costs=self._costs_wanted,
            risks=self.risks.isChecked(),
            notes=self.notes.isChecked(),
            people=PeopleShown(self.people.currentData()),
            roundtrip=self.roundtrip.isChecked(),
            work=self.work.isChecked() and not self._table,
        )

    def _preset(self, preset: ExportChoice) -> None:
        """A preset's boxes; the Work columns add, leave nothing out: kept as ticked."""
        self.set_choice(replace(preset, work=self.work.isChecked()))

    def _on_changed(self) -> None:
        names = PeopleShown(self.people.currentData()) is PeopleShown.NAMES
        if self.costs.isEnabled():
            self._costs_wanted = self.costs.isChecked()
        self.costs.blockSignals(True)
        self.costs.setEnabled(not names)
        self.costs.setChecked(self._costs_wanted and not names)
        self.costs.setToolTip(_NAMES_NO_COSTS if names else "")
        self.costs.blockSignals(False)
        choice = self.choice()
        if self._table:
            words = left_out_words(choice)
            said = f"Left out of the table: {'; '.join(words)}." if words else ""
            self.summary.setText(said or "Every column goes out.")
            self.adjustSize()  # the line wraps as the boxes change: the dialog fits it
            return
        self.summary.setText(summary_text(choice))

    @classmethod
    def ask(
        cls, parent: QWidget | None, choice: ExportChoice, table: bool = False
    ) -> ExportChoice | None:
        """The choice for this export, starting from ``choice`` (None: cancelled);
        ``table``: a CSV's (costs and notes only)."""
        dialog = cls(choice, parent, table)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()


def table_choice(choice: ExportChoice) -> ExportChoice:
    """What of ``choice`` a CSV honours: its costs (none with names only) and notes."""
    return replace(FULL_EXPORT, costs=choice.keeps_costs, notes=choice.notes)


def summary_text(choice: ExportChoice) -> str:
    """One line under the boxes: what the workbook leaves out."""
    words = left_out_words(choice)
    if not words and choice.roundtrip:
        return "The whole plan goes out, as every sheet shows it."
    text = f"Left out of every sheet, the hidden one too: {'; '.join(words)}." if words else ""
    if not choice.roundtrip:
        text += (
            " No round-trip data: a returned workbook opens as a plan of its own, "
            "its tasks matched by the Plan sheet's hidden UIDs."
        )
    return text.strip()


_SEP = ","


def choice_text(choice: ExportChoice) -> str:
    """``choice`` as the settings keep it: ``team=1,costs=0,...,people=names``."""
    flags = ("team", "costs", "risks", "notes", "roundtrip", "work")
    parts = [f"{name}={int(getattr(choice, name))}" for name in flags]
    return _SEP.join([*parts, f"people={choice.people.value}"])


def choice_from_text(text: str) -> ExportChoice:
    """The choice a settings text keeps (anything unreadable: the full export)."""
    fields: dict[str, Any] = {}
    for part in text.split(_SEP):
        name, _, value = part.partition("=")
        if name in ("team", "costs", "risks", "notes", "roundtrip", "work") and value in ("0", "1"):
            fields[name] = value == "1"
        elif name == "people" and value in {p.value for p in PeopleShown}:
            fields[name] = PeopleShown(value)
    return replace(FULL_EXPORT, **fields)
