"""Project > Leveling Options…: MS Project's Resource Leveling dialog, the choices it keeps.

The leveling order (Standard, ID Only, Priority, Standard), "Level only within
available slack" and "Leveling can create splits in remaining work". They belong to the plan (Project.leveling,
saved in the .gantry file), as MS Project saves them with the project: a plan
sent to a colleague levels the same way on their machine, and a new plan starts
from MS Project's defaults. Changing them is an undoable edit of the plan;
Level Resources (Project menu, Team view) and ``gantry level`` read them.
"Level All" keeps them and levels at once.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.leveling_options import LevelingOptions, LevelingOrder
from app.ui.commands import execute
from app.ui.dialogs.buttons import ok_cancel
from app.ui.document import Document
from app.ui.project_commands import SetProjectCommand

_HELP = {
    LevelingOrder.STANDARD: (
        "Tasks with no successors or much slack wait first; tasks with a "
        "no-later-than date wait only until that date."
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


def set_options(document: Document, options: LevelingOptions) -> bool:
    """Give the plan ``options`` as one undoable step; False when nothing changed."""
    command = options_command(document, options)
    if command is None:
        return False
    execute(document, command)
    return True


class LevelingDialog(QDialog):
    """The leveling order and whether started tasks' work left may pause."""

    def __init__(self, options: LevelingOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Resource Leveling")
        self.level_now = False
        self.order = QComboBox()
        self.order.setObjectName("leveling_order")
        for order in LevelingOrder:
            self.order.addItem(order.label, order)
        self.order.setCurrentIndex(list(LevelingOrder).index(options.order))
        self.splits = QCheckBox("Leveling can create splits in remaining work")
        self.splits.setObjectName("leveling_splits")
        self.splits.setChecked(options.split_remaining)
        self.splits.setToolTip(
            "A started task keeps the work it has done where it is; the work left "
            "may resume after the clash. A task not started may run while the person "
            "is free and resume after the clash, when it then finishes sooner "
            "(parts of an hour at least). Clear Leveling takes these splits out."
        )
        self.within_slack = QCheckBox("Level only within available slack")
        self.within_slack.setObjectName("leveling_within_slack")
        self.within_slack.setChecked(options.within_slack)
        self.within_slack.setToolTip(
            "No task waits past its late finish, so the project finish does not move; "
            "what that leaves over-allocated is named."
        )
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.order.currentIndexChanged.connect(self._on_order_changed)
        self._on_order_changed()
        form = QFormLayout()
        form.addRow("Leveling order", self.order)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.help)
        layout.addWidget(self.within_slack)
        layout.addWidget(self.splits)
        buttons = ok_cancel(self)
        level_all = buttons.addButton("Level All", QDialogButtonBox.ButtonRole.ActionRole)
        level_all.setObjectName("level_all")
        level_all.clicked.connect(self._on_level_all_clicked)
        layout.addWidget(buttons)

    def options(self) -> LevelingOptions:
        """The options as the dialog shows them."""
        return LevelingOptions(
            self.order.currentData(), self.splits.isChecked(), self.within_slack.isChecked()
        )

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
        """The options chosen and whether to level now; None when cancelled."""
        dialog = cls(options, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options(), dialog.level_now
