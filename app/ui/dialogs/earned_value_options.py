"""Project Information's earned value choices: MS Project's "Baseline for Earned Value
calculations" and "Default task Earned Value method" (File > Options > Advanced)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from app.domain.baseline import baseline_label
from app.domain.earned_value_method import EarnedValueMethod
from app.domain.plan import Plan


def ev_baseline_box(plan: Plan) -> QComboBox:
    """Baselines 0 to 10 (those not saved say so), the plan's choice current."""
    box = QComboBox()
    for index in range(11):
        saved = plan.baselines.get(index)
        label = baseline_label(index, saved.name if saved is not None else "")
        box.addItem(label if saved is not None else f"{label} (not saved)", index)
    box.setCurrentIndex(plan.project.ev_baseline)
    box.setToolTip(
        "The baseline the Budget view, the Earned Value table and the status report read "
        "the budget and planned value from"
    )
    return box


def ev_method_box(method: EarnedValueMethod) -> QComboBox:
    """% Complete or Physical % Complete, ``method`` current."""
    box = QComboBox()
    for kind in EarnedValueMethod:
        box.addItem(kind.title, kind.value)
    box.setCurrentIndex(box.findData(method.value))
    box.setToolTip(
        "How a task earns its budget (BCWP): by its % Complete, or by the Physical % Complete "
        "typed for it. A task read from MS Project keeps its own method."
    )
    return box
