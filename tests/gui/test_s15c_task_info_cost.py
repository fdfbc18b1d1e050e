"""Task Information's Advanced tab: the task's fixed cost and Fixed Cost Accrual, in the
dialog's one undo step (they were visible nowhere but the sheet's Fixed Cost column)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QTabWidget

from app.domain.task import CostAccrual
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


def _doc() -> Document:
    plan = build_plan()
    plan.update_task(replace(plan.task(5), fixed_cost=1234.567, fixed_cost_accrual=CostAccrual.END))
    return Document(plan)


def _dialog(qtbot, doc, uid):
    dialog = TaskDialog(doc, uid)
    qtbot.addWidget(dialog)
    return dialog


def test_the_advanced_tab_shows_the_fixed_cost_and_its_accrual(qtbot):
    dialog = _dialog(qtbot, _doc(), 5)
    assert dialog.cost.fixed_cost.text() == "1234.57"
    assert dialog.cost.accrual.currentText() == "End"
    assert [dialog.cost.accrual.itemText(i) for i in range(3)] == ["Start", "Prorated", "End"]
    tabs = dialog.findChild(QTabWidget)
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert tabs.widget(titles.index("Advanced")).isAncestorOf(dialog.cost)


def test_untouched_they_change_nothing_and_keep_the_exact_amount(qtbot):
    doc = _doc()
    _dialog(qtbot, doc, 5).accept()
    assert doc.undo_stack.count() == 0
    assert doc.plan.task(5).fixed_cost == 1234.567


def test_accrual_and_amount_are_one_undo_step_with_the_name(qtbot):
    doc = _doc()
    dialog = _dialog(qtbot, doc, 6)
    dialog.name.setText("Test all")
    dialog.cost.fixed_cost.setText("€2,500")
    dialog.cost.accrual.setCurrentText("Start")
    dialog.accept()
    task = doc.plan.task(6)
    assert (task.name, task.fixed_cost, task.fixed_cost_accrual) == (
        "Test all",
        2500.0,
        CostAccrual.START,
    )
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    task = doc.plan.task(6)
    assert (task.name, task.fixed_cost, task.fixed_cost_accrual) == (
        "Test",
        0.0,
        CostAccrual.PRORATED,
    )
    doc.undo_stack.redo()
    assert doc.plan.task(6).fixed_cost_accrual is CostAccrual.START


def test_a_bad_amount_keeps_the_dialog_open_and_changes_nothing(qtbot):
    doc = _doc()
    dialog = _dialog(qtbot, doc, 5)
    dialog.show()
    dialog.cost.accrual.setCurrentText("Start")
    dialog.cost.fixed_cost.setText("a lot")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Fixed cost: ")
    assert "a lot" in dialog.error.text()
    assert doc.plan.task(5).fixed_cost_accrual is CostAccrual.END
    assert doc.undo_stack.count() == 0
