"""Task Information's earned value fields (Advanced tab): the task's Earned Value method, as
MS Project's Advanced tab offers it, and its Physical % Complete, which earned value reads
when the task is measured by it (the sheet's Physical % Complete column holds the same).

The method may follow the project's default (File > Project Information), or be the task's
own. A summary has neither of its own: its earned value adds up its subtasks', so the box
is shown greyed. The fields go into the dialog's one undo step with its other fields.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QSpinBox, QWidget

from app.domain.earned_value_method import EarnedValueMethod
from app.domain.task import Task

_DEFAULT = -1  # the method box's data for "follows the project's default"


class EarnedValueFields(QGroupBox):
    """A task's Earned Value method and Physical % Complete, in a titled box."""

    def __init__(
        self,
        task: Task,
        default: EarnedValueMethod,
        summary: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Earned value", parent)
        self.setObjectName("task_earned_value")
        self._task = task
        self._summary = summary
        self.method = QComboBox()
        self.method.setObjectName("task_ev_method")
        self.method.addItem(f"Project default ({default.title})", _DEFAULT)
        for kind in EarnedValueMethod:
            self.method.addItem(kind.title, kind.value)
        own = task.ev_method
        self.method.setCurrentIndex(self.method.findData(_DEFAULT if own is None else own.value))
        self.method.setToolTip(
            "How this task earns its budget (BCWP): by its % Complete, or by the Physical "
            "% Complete typed for it"
        )
        self.physical = QSpinBox()
        self.physical.setObjectName("task_physical_percent")
        self.physical.setRange(0, 100)
        self.physical.setSuffix("%")
        self.physical.setValue(round(task.physical_percent_complete))
        self.physical.setToolTip(
            "The work's own progress, apart from the time spent (a wall half built after "
            "80 % of its days): what earned value reads for a task measured by it"
        )
        form = QFormLayout(self)
        form.addRow("Earned Value Method", self.method)
        form.addRow("Physical % Complete", self.physical)
        self.setEnabled(not summary)

    def values(self) -> dict[str, Any]:
        """The fields as chosen (nothing on a summary, whose box is greyed)."""
        if self._summary:
            return {}
        chosen = self.method.currentData()
        method = None if chosen == _DEFAULT else EarnedValueMethod(chosen)
        physical = float(self.physical.value())
        if physical == round(self._task.physical_percent_complete):
            physical = self._task.physical_percent_complete  # shown whole: the exact one stays
        return {"ev_method": method, "physical_percent_complete": physical}
