"""Task Information's cost fields (Advanced tab): the task's fixed cost and when it is
incurred (Fixed Cost Accrual: Start, Prorated or End), as the sheet's Fixed Cost and
Fixed Cost Accrual columns hold them.

They go into the dialog's one undo step with its other fields; a fixed cost below zero is
a credit (a rebate, a discount), as MS Project takes one; one that is not an amount is
refused with the dialog's one message, the dialog staying open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from app.domain.cost_accrual import ACCRUAL_NAMES
from app.domain.fixed_cost_limit import check_fixed_cost
from app.domain.project import Project
from app.domain.task import Task
from app.domain.typed_money import read_typed_money
from app.ui.locale_durations import typed_marks


class CostFields(QGroupBox):
    """A task's fixed cost and its accrual, in a titled box."""

    def __init__(self, task: Task, project: Project, parent: QWidget | None = None) -> None:
        super().__init__("Cost", parent)
        self.setObjectName("task_cost")
        self._project = project
        # in the reader's decimal mark: a German "1.500" typed beside "1.50" is 1500
        self._shown = f"{task.fixed_cost:.{project.currency_digits}f}".replace(
            ".", typed_marks()[1]
        )
        self._fixed_cost = task.fixed_cost
        self.fixed_cost = QLineEdit(self._shown)
        self.fixed_cost.setObjectName("task_fixed_cost")
        self.accrual = QComboBox()
        self.accrual.setObjectName("task_fixed_cost_accrual")
        for accrual, name in ACCRUAL_NAMES.items():
            self.accrual.addItem(name, accrual)
        self.accrual.setCurrentIndex(self.accrual.findData(task.fixed_cost_accrual))
        self.accrual.setToolTip(
            "When the fixed cost is incurred: at the task's start, as it progresses, or at its end"
        )
        form = QFormLayout(self)
        form.addRow("Fixed cost", self.fixed_cost)
        form.addRow("Fixed cost accrual", self.accrual)

    def values(self) -> dict[str, Any]:
        """The fields as typed; InputError naming "Fixed cost" for an amount it cannot read (one
        below zero is a credit)."""
        text = self.fixed_cost.text().strip()
        if text == self._shown:
            amount = self._fixed_cost  # shown rounded: the exact amount stays
        elif not text:
            amount = 0.0
        else:
            project = self._project
            symbols = (project.currency_symbol, project.currency)
            digits = project.currency_digits
            amount = read_typed_money(text, symbols, typed_marks(), "Fixed cost", digits)
            check_fixed_cost(amount, text, "Fixed cost")
        return {"fixed_cost": amount, "fixed_cost_accrual": self.accrual.currentData()}
