"""Project > Leveling Options…: MS Project's Resource Leveling dialog, the choices it keeps.

"Leveling calculations" (Automatic: the window levels again after each edit that changes
bookings, :mod:`app.ui.team.auto_leveling`; Manual: only Level Resources does), "Look for
overallocations on a … basis" (who needs leveling), "Clear leveling values before
leveling" (off: the delays the plan has are kept, only new clashes add delay). The leveling range ("Level entire project" or "Level from … To …": only the tasks
starting in it move), the leveling order (Standard, ID Only, Priority, Standard), "Level
only within available slack" and "Leveling can create splits in remaining work". They
belong to the plan (Project.leveling,
saved in the .gantry file), as MS Project saves them with the project: a plan
sent to a colleague levels the same way on their machine, and a new plan starts
from MS Project's defaults. Changing them is an undoable edit of the plan;
Level Resources (Project menu, Team view) and ``gantry level`` read them.
"Level All" keeps them and levels at once.

:class:`ClearLevelingDialog` is MS Project's Clear Leveling question: the entire
project, or the selected tasks only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InputError
from app.domain.leveling_options import LevelingBasis, LevelingOptions, LevelingOrder
from app.domain.leveling_scope import checked_range
from app.ui.commands import execute
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel
from app.ui.dialogs.dates import day_edit, read_day
from app.ui.document import Document
from app.ui.project_commands import SetProjectCommand

_HELP = {
    LevelingOrder.STANDARD: (
        "Tasks that start later wait first; among tasks starting the same day, "
        "those with no successors or much slack; tasks with a no-later-than date "
        "wait only until that date."
    ),
    LevelingOrder.ID_ONLY: "Tasks further down the list wait first.",
    LevelingOrder.PRIORITY_STANDARD: (
        "Lower-priority tasks wait first; among equal priorities, as Standard."
    ),
}


def options_command(document: Document, options: LevelingOptions) -> SetProjectCommand | None:
    """The undoable step giving the plan ``options``; None when it has them already."""
    project = document.plan.project
    if project.leveling == options:
        return None
    command = SetProjectCommand(document, replace(project, leveling=options))
    command.setText("Change leveling options")
    return command


def project_span(window: QWidget | None) -> tuple[date, date] | None:
    """The first and last day of the plan ``window`` shows (None: not a plan's window)."""
    document = getattr(window, "document", None)
    if not isinstance(document, Document):
        return None
    return document.schedule.start.date(), document.schedule.finish.date()


def others_note(window: QWidget | None) -> str:
    """'Also counting work in: A, B' when ``window``'s plan includes other plans' work
    ("" when it does not, or is not a plan's window)."""
    from app.ui.team.leveling_others import other_plans_note

    document = getattr(window, "document", None)
    return other_plans_note(document) if isinstance(document, Document) else ""


def set_options(document: Document, options: LevelingOptions) -> bool:
    """Give the plan ``options`` as one undoable step; False when nothing changed."""
    command = options_command(document, options)
    if command is None:
        return False
    execute(document, command)
    return True


class LevelingDialog(QDialog):
    """The leveling range and order, and whether started tasks' work left may pause.

    ``span``: the project's first and last day, the range shown while the plan levels
    the entire project (MS Project's defaults: the project start and finish)."""

    def __init__(
        self,
        options: LevelingOptions,
        parent: QWidget | None = None,
        span: tuple[date, date] | None = None,
        others: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Resource Leveling")
        self.level_now = False
        self._build_calculations(options)
        self._build_range(options, span or (date.today(), date.today()))
        self.order = QComboBox()
        self.order.setObjectName("leveling_order")
        for order in LevelingOrder:
            self.order.addItem(order.label, order)
        self.order.setCurrentIndex(list(LevelingOrder).index(options.order))
        self.splits = QCheckBox("Leveling can create s&plits in remaining work")
        self.splits.setObjectName("leveling_splits")
        self.splits.setChecked(options.split_remaining)
        self.splits.setToolTip(
            "A started task keeps the work it has done where it is; the work left "
            "may resume after the clash. A task not started may run while the person "
            "is free and resume after the clash, when it then finishes sooner "
            "(parts of an hour at least). Clear Leveling takes these splits out."
        )
        self.within_slack = QCheckBox("Level only within available &slack")
        self.within_slack.setObjectName("leveling_within_slack")
        self.within_slack.setChecked(options.within_slack)
        self.within_slack.setToolTip(
            "No task waits past its late finish, so the project finish does not move; "
            "what that leaves over-allocated is named."
        )
        self.adjust = QCheckBox("Leveling can ad&just individual assignments on a task")
        self.adjust.setObjectName("leveling_adjust_assignments")
        self.adjust.setChecked(options.adjust_assignments)
        self.adjust.setToolTip(
            "A task whose people are not all busy starts with those who are free; only the "
            "busy person's assignment waits (its leveling delay), and the task lasts until "
            "they are done. A task whose Level Assignments is off (Task Information > "
            "Advanced) waits whole. Clear Leveling takes these delays out."
        )
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.order.currentIndexChanged.connect(self._on_order_changed)
        self._on_order_changed()
        form = QFormLayout()
        form.addRow("Leveling order", self.order)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calculations_box)
        layout.addWidget(self.range_box)
        layout.addLayout(form)
        layout.addWidget(self.help)
        layout.addWidget(self.within_slack)
        layout.addWidget(self.adjust)
        layout.addWidget(self.splits)
        # other plans' work included (Other Plans): leveling waits for their bookings
        self.others = QLabel(others)
        self.others.setObjectName("leveling_other_plans")
        self.others.setWordWrap(True)
        self.others.setToolTip(
            "The people's bookings in these plans (Other Plans > Include Work from Other "
            "Plans…) are busy time this plan's tasks wait for; those plans are not changed"
        )
        self.others.setVisible(bool(others))
        layout.addWidget(self.others)
        buttons = ok_cancel(self)
        level_all = buttons.addButton("Level &All", QDialogButtonBox.ButtonRole.ActionRole)
        level_all.setObjectName("level_all")
        level_all.clicked.connect(self._on_level_all_clicked)
        layout.addWidget(buttons)
        give_access_keys(self)  # Alt+letter to each field, read by screen readers
        self._tab_in_reading_order()

    def _tab_in_reading_order(self) -> None:
        """Tab walks the fields top to bottom as they read (the range's days right after
        "Level from:", then the order), whatever order they were built in."""
        fields = [
            self.automatic,
            self.manual,
            self.basis,
            self.clear_first,
            self.entire,
            self.ranged,
            self.level_from,
            self.level_to,
            self.order,
            self.within_slack,
            self.adjust,
            self.splits,
        ]
        for before, after in pairwise(fields):
            QWidget.setTabOrder(before, after)

    def _build_calculations(self, options: LevelingOptions) -> None:
        """The "Leveling calculations" box: Automatic or Manual, the basis over-allocations
        are looked for on, and whether leveling values are cleared first."""
        self.calculations_box = QGroupBox("Leveling calculations")
        self.automatic = QRadioButton("A&utomatic")
        self.automatic.setObjectName("leveling_automatic")
        self.automatic.setToolTip(
            "Level again after each edit that changes who works when (a moment after the "
            "last keystroke); Undo takes back the edit and its leveling together"
        )
        self.manual = QRadioButton("&Manual")
        self.manual.setObjectName("leveling_manual")
        self.manual.setToolTip("Level only when you choose Level Resources or Level All")
        (self.automatic if options.automatic else self.manual).setChecked(True)
        self.basis = QComboBox()
        self.basis.setObjectName("leveling_basis")
        for basis in LevelingBasis:
            self.basis.addItem(basis.label, basis)
        self.basis.setCurrentIndex(list(LevelingBasis).index(options.basis))
        self.basis.setAccessibleName("Look for overallocations on a basis")
        self.basis.setToolTip(
            "Day by Day (MS Project's default): a person is leveled when a day holds more "
            "work than their hours that day, not for two half-day tasks at once on one day. "
            "Minute by Minute levels every overlap beyond max units (plans saved before "
            "Gantry had this choice keep it)."
        )
        self.clear_first = QCheckBox("&Clear leveling values before leveling")
        self.clear_first.setObjectName("leveling_clear_first")
        self.clear_first.setChecked(options.clear_first)
        self.clear_first.setToolTip(
            "Off: the leveling delays tasks have are kept, and tasks wait more only for "
            "the clashes left"
        )
        modes = QHBoxLayout()
        modes.addWidget(self.automatic)
        modes.addWidget(self.manual)
        modes.addStretch(1)
        basis_row = QHBoxLayout()
        basis_row.addWidget(QLabel("Look for overallocations on a"))
        basis_row.addWidget(self.basis)
        basis_row.addWidget(QLabel("basis"))
        basis_row.addStretch(1)
        box = QVBoxLayout(self.calculations_box)
        box.addLayout(modes)
        box.addLayout(basis_row)
        box.addWidget(self.clear_first)

    def _build_range(self, options: LevelingOptions, span: tuple[date, date]) -> None:
        """The "Leveling range" box: the entire project, or from one day to another."""
        self.range_box = QGroupBox("Leveling range")
        self.entire = QRadioButton("Level &entire project")
        self.entire.setObjectName("leveling_entire")
        self.ranged = QRadioButton("Level &from:")
        self.ranged.setObjectName("leveling_ranged")
        self.level_from = day_edit(options.level_from or span[0])
        self.level_from.setObjectName("leveling_from")
        self.level_from.setAccessibleName("Level from")  # its label is the radio button
        self.level_to = day_edit(options.level_to or span[1])
        self.level_to.setObjectName("leveling_to")
        tip = (
            "Only the tasks starting in the range (both days in) move; the others stay "
            "where they are, and their people's bookings still count."
        )
        for widget in (self.ranged, self.level_from, self.level_to):
            widget.setToolTip(tip)
        self.range_error = QLabel()
        self.range_error.setObjectName("leveling_range_error")
        self.range_error.setStyleSheet("color: #b00020")
        self.range_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.ranged)
        row.addWidget(self.level_from)
        to_label = QLabel("&To:")
        to_label.setBuddy(self.level_to)
        row.addWidget(to_label)
        row.addWidget(self.level_to)
        row.addStretch(1)
        box = QVBoxLayout(self.range_box)
        box.addWidget(self.entire)
        box.addLayout(row)
        box.addWidget(self.range_error)
        (self.entire if options.entire_project else self.ranged).setChecked(True)
        self.ranged.toggled.connect(self._on_range_toggled)
        self._on_range_toggled()

    def _on_range_toggled(self) -> None:
        on = self.ranged.isChecked()
        self.level_from.setEnabled(on)
        self.level_to.setEnabled(on)
        self.range_error.hide()

    def options(self) -> LevelingOptions:
        """The options as the dialog shows them."""
        ranged = self.ranged.isChecked()
        return LevelingOptions(
            self.order.currentData(),
            self.splits.isChecked(),
            self.within_slack.isChecked(),
            read_day(self.level_from) if ranged else None,
            read_day(self.level_to) if ranged else None,
            basis=self.basis.currentData(),
            clear_first=self.clear_first.isChecked(),
            automatic=self.automatic.isChecked(),
            adjust_assignments=self.adjust.isChecked(),
        )

    def accept(self) -> None:
        """Close with the options, unless a day cannot be read or the range ends before it
        starts (said in the box): OK clicked without leaving a day field reads it too."""
        try:
            chosen = self.options()
            checked_range(chosen.level_from, chosen.level_to)
        except InputError as exc:
            self.level_now = False
            text = str(exc)
            self.range_error.setText(f"{text[:1].upper()}{text[1:]}.")
            self.range_error.show()
            self.level_to.setFocus()
            return
        super().accept()

    def _on_order_changed(self) -> None:
        self.help.setText(_HELP[self.order.currentData()])
        layout = self.layout()  # None while __init__ builds the dialog (not visible yet)
        if self.isVisible() and layout is not None:
            layout.activate()  # a longer text needs more lines: grow to show it whole
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _on_level_all_clicked(self) -> None:
        self.level_now = True
        self.accept()

    @classmethod
    def ask(
        cls, options: LevelingOptions, parent: QWidget | None = None
    ) -> tuple[LevelingOptions, bool] | None:
        """The options chosen and whether to level now; None when cancelled. A window
        ``parent`` (one with a document) gives the range its project's start and finish."""
        dialog = cls(options, parent, project_span(parent), others_note(parent))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options(), dialog.level_now


class ClearLevelingDialog(QDialog):
    """MS Project's Clear Leveling: for the entire project, or the selected tasks only."""

    def __init__(self, has_selection: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Clear Leveling")
        self.entire = QRadioButton("&Entire project")
        self.entire.setObjectName("clear_entire")
        self.selected = QRadioButton("&Selected tasks")
        self.selected.setObjectName("clear_selected")
        self.selected.setEnabled(has_selection)
        if not has_selection:
            self.selected.setToolTip("Select tasks in the Gantt to clear their leveling only")
        # MS Project's dialog opens on Entire project, a selection or not: the tasks a PM
        # happens to have selected are cleared only when they pick Selected tasks.
        self.entire.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Clear leveling for:"))
        layout.addWidget(self.entire)
        layout.addWidget(self.selected)
        layout.addWidget(ok_cancel(self))
        give_access_keys(self)

    @classmethod
    def ask(cls, has_selection: bool, parent: QWidget | None = None) -> bool | None:
        """True: the selected tasks only; False: the entire project; None: cancelled."""
        dialog = cls(has_selection, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected.isChecked()
