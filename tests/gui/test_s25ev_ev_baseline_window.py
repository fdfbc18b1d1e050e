"""Project Information's "Baseline for earned value" and "Earned value method": MS
Project's baselines.xml holds Baselines 1-10 only, so the Budget view said "no baseline";
picking Baseline 1 there gives its budget, planned value and S-curve, in one undo step."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.earned_value_method import EarnedValueMethod
from app.io.mspdi import read_mspdi
from app.ui.budget.budget_model import BudgetColumn
from app.ui.budget.view import BudgetView
from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.document import Document

STATUS = datetime(2008, 2, 1, 8, 0)  # the file's <CurrentDate>


def test_s25ev_budget_view_reads_the_baseline_picked(qtbot, shared_data):
    plan = read_mspdi(shared_data / "mspdi" / "baselines.xml")
    assert 0 not in plan.baselines
    assert 1 in plan.baselines
    document = Document(plan)
    view = BudgetView(document, clock=lambda: STATUS)
    qtbot.addWidget(view)
    view.show()
    assert view.cards["budget"].value.text() == "no baseline"
    dialog = ProjectDialog(document)
    qtbot.addWidget(dialog)
    assert dialog.ev_baseline.itemText(0) == "Baseline (not saved)"
    assert dialog.ev_baseline.itemText(1) == "Baseline 1"
    dialog.ev_baseline.setCurrentIndex(1)
    dialog.ev_method.setCurrentIndex(
        dialog.ev_method.findData(EarnedValueMethod.PHYSICAL_PERCENT_COMPLETE.value)
    )
    command = dialog.command()
    assert command is not None
    document.push(command)
    project = document.plan.project
    assert (project.ev_baseline, project.ev_method) == (
        1,
        EarnedValueMethod.PHYSICAL_PERCENT_COMPLETE,
    )
    view.model.refresh()
    view._refresh()
    budget = sum(
        e.cost
        for e in plan.baselines[1].entries
        if document.plan.task(e.task_uid).outline_level == 1
    )
    assert budget > 0
    assert view.model.budget == pytest.approx(budget)
    assert view.cards["budget"].value.text() != "no baseline"
    top = next(t.uid for t in document.plan.tasks if t.outline_level == 1)
    assert view.model.number(top, BudgetColumn.BUDGET) == pytest.approx(
        plan.baselines[1].entry(top).cost
    )
    view.grab().save("/tmp/s25ev_budget_baseline1.png")
    document.undo_stack.undo()
    assert document.plan.project.ev_baseline == 0
