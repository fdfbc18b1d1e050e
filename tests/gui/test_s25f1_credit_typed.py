"""A Fixed Cost below zero typed on the sheet, pasted, or given in Task Information is taken
as a credit (MS Project takes one; the sheet said "a fixed cost cannot be negative"), and the
Budget view counts it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.budget.budget_model import BudgetColumn, BudgetModel
from app.ui.clipboard_paste import paste_into_cells
from app.ui.clipboard_table import ClipboardTable
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan
from tests.unit.test_s25f1_fixed_cost_credit import s25f1_plan

EDIT = Qt.ItemDataRole.EditRole


def test_s25f1_typed_on_the_sheet_it_is_a_credit_shown_with_its_sign(qtbot):
    doc = Document(build_plan())
    model = TaskTreeModel(doc)
    errors: list[str] = []
    model.sig_error.connect(errors.append)
    assert model.setData(model.index_of_uid(5, Column.FIXED_COST), "-500", EDIT)
    assert errors == []
    assert doc.plan.task(5).fixed_cost == -500.0
    assert model.index_of_uid(5, Column.FIXED_COST).data() == "-€500.00"
    doc.undo_stack.undo()
    assert doc.plan.task(5).fixed_cost == 0.0


def test_s25f1_a_bad_amount_is_still_refused_on_the_sheet(qtbot):
    doc = Document(build_plan())
    model = TaskTreeModel(doc)
    errors: list[str] = []
    model.sig_error.connect(errors.append)
    assert not model.setData(model.index_of_uid(5, Column.FIXED_COST), "-5k", EDIT)
    assert len(errors) == 1
    assert "'-5k' is not an amount" in errors[0]
    assert doc.undo_stack.count() == 0


def test_s25f1_pasted_it_is_a_credit(qtbot):
    doc = Document(build_plan())
    model = TaskTreeModel(doc)
    tree = TaskTreeView(model)
    qtbot.addWidget(tree)
    table = ClipboardTable(
        rows=(("-250",), ("-1,000.50",)), columns=(Column.FIXED_COST,), titles=("Fixed Cost",)
    )
    paste_into_cells(tree, table, model.index_of_uid(2, Column.FIXED_COST))
    below = doc.plan.tasks[doc.plan.tasks.index(doc.plan.task(2)) + 1]
    assert (doc.plan.task(2).fixed_cost, below.fixed_cost) == (-250.0, -1000.5)


def test_s25f1_task_information_takes_a_credit(qtbot):
    doc = Document(build_plan())
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.cost.fixed_cost.setText("-€1,250.50")
    dialog.accept()
    assert not dialog.isVisible()
    assert doc.plan.task(5).fixed_cost == -1250.5
    again = TaskDialog(doc, 5)
    qtbot.addWidget(again)
    assert again.cost.fixed_cost.text() == "-1250.50"


def test_s25f1_the_budget_view_counts_the_credit(qtbot):
    model = BudgetModel(Document(s25f1_plan()))
    assert model.number(2, BudgetColumn.FORECAST) == 1100.0
    assert model.number(1, BudgetColumn.FORECAST) == 1900.0
    assert model.total_number(BudgetColumn.FORECAST) == 1900.0
