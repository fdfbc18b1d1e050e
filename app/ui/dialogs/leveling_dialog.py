"""Project > Leveling Options…: MS Project's Resource Leveling dialog, the choices it keeps.

The leveling order (Standard, ID Only, Priority, Standard) and "Leveling can
create splits in remaining work". They are the user's preferences
(app.ui.settings), read each time Level Resources runs, from the Project menu
or the Team view. "Level All" keeps them and levels at once.
"""

from __future__ import annotations

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
from app.ui import settings as keys
from app.ui.dialogs.buttons import ok_cancel
from app.ui.settings import Settings

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


def saved_options(settings: Settings) -> LevelingOptions:
    """The options kept in the user's settings (MS Project's defaults when none)."""
    word = settings.get(keys.LEVELING_ORDER)
    order = next((o for o in LevelingOrder if o.value == word), LevelingOrder.STANDARD)
    return LevelingOptions(order, bool(settings.get(keys.LEVELING_SPLITS)))


def save_options(settings: Settings, options: LevelingOptions) -> None:
    """Keep the options in the user's settings."""
    settings.set(keys.LEVELING_ORDER, options.order.value)
    settings.set(keys.LEVELING_SPLITS, int(options.split_remaining))


def options_for(widget: QWidget) -> LevelingOptions:
    """The options the window holding ``widget`` keeps (its settings); defaults without one."""
    settings = getattr(widget.window(), "settings", None)
    return saved_options(settings) if isinstance(settings, Settings) else LevelingOptions()


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
            "may resume after the clash (the task is split)."
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
        layout.addWidget(self.splits)
        buttons = ok_cancel(self)
        level_all = buttons.addButton("Level All", QDialogButtonBox.ButtonRole.ActionRole)
        level_all.setObjectName("level_all")
        level_all.clicked.connect(self._on_level_all_clicked)
        layout.addWidget(buttons)

    def options(self) -> LevelingOptions:
        """The options as the dialog shows them."""
        return LevelingOptions(self.order.currentData(), self.splits.isChecked())

    def _on_order_changed(self) -> None:
        self.help.setText(_HELP[self.order.currentData()])

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
