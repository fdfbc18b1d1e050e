"""The risk register: model checks, edits through undo, add and delete from the view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.risk import Risk, RiskStatus
from app.domain.task import Task
from app.ui.commands import InsertTaskCommand, execute
from app.ui.document import Document
from app.ui.models.risk_model import RiskColumn, RiskTableModel
from app.ui.risks.view import RiskView

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def doc(plan):
    return Document(plan)


@pytest.fixture
def model(doc):
    return RiskTableModel(doc)


def cell(model, column, row=0):
    return model.index(row, column)


def test_model_tester(qtmodeltester, model):
    qtmodeltester.check(model)


def test_cells(model):
    assert cell(model, RiskColumn.TITLE).data() == "Vendor late"
    assert cell(model, RiskColumn.PROBABILITY).data() == "30%"
    assert cell(model, RiskColumn.IMPACT).data() == "€10,000"
    assert cell(model, RiskColumn.EXPOSURE).data() == "€3,000"
    assert cell(model, RiskColumn.STATUS).data() == "Open"
    assert cell(model, RiskColumn.TASKS).data() == "5"
    assert not cell(model, RiskColumn.EXPOSURE).flags() & Qt.ItemFlag.ItemIsEditable


def test_edits_are_undoable(model, doc):
    assert model.setData(cell(model, RiskColumn.PROBABILITY), "50%", EDIT)
    assert doc.plan.risk(1).probability == pytest.approx(0.5)
    assert cell(model, RiskColumn.EXPOSURE).data() == "€5,000"
    assert model.setData(cell(model, RiskColumn.STATUS), "mitigating", EDIT)
    assert model.setData(cell(model, RiskColumn.TASKS), "5, 6", EDIT)
    assert doc.plan.risk(1).task_uids == (5, 6)
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.risk(1).status is RiskStatus.OPEN
    doc.undo_stack.undo()
    assert doc.plan.risk(1).probability == pytest.approx(0.3)


@pytest.mark.parametrize(
    ("column", "text", "reason"),
    [
        (RiskColumn.PROBABILITY, "lots", "percentage"),
        (RiskColumn.IMPACT, "big", "amount"),
        (RiskColumn.STATUS, "panic", "status"),
        (RiskColumn.TASKS, "99", "ID 99"),
        (RiskColumn.TITLE, "  ", "title"),
    ],
)
def test_bad_input_is_refused(model, doc, qtbot, column, text, reason):
    with qtbot.waitSignal(model.sig_error) as blocker:
        assert not model.setData(cell(model, column), text, EDIT)
    assert reason in blocker.args[0]
    assert doc.undo_stack.count() == 0


def test_linked_task_ids_follow_inserted_rows(model, doc):
    execute(doc, InsertTaskCommand(doc, 0, Task(40, "Kick-off")))
    assert cell(model, RiskColumn.TASKS).data() == "6"


def test_view_adds_and_deletes_with_undo(doc, qtbot, qtmodeltester):
    view = RiskView(doc)
    qtbot.addWidget(view)
    view.add_risk()
    view.table.closePersistentEditor(view.table.currentIndex())
    assert [r.title for r in doc.plan.risks] == ["Vendor late", "New risk"]
    assert view.model.rowCount() == 2
    qtmodeltester.check(view.model)
    view.table.setCurrentIndex(view.sorted.mapFromSource(view.model.index(0, 0)))
    view.delete_selected()
    assert [r.title for r in doc.plan.risks] == ["New risk"]
    assert view.model.rowCount() == 1
    doc.undo_stack.undo()
    assert [r.title for r in doc.plan.risks] == ["Vendor late", "New risk"]
    assert "€3,000" in view.total.text()


def test_view_sorts_by_exposure_without_reordering_the_register(doc, qtbot):
    doc.plan.add_risk(Risk(2, "Scope creep", 0.9, 50000.0))
    doc.plan.add_risk(Risk(3, "Licence cost", 0.1, 1000.0))
    view = RiskView(doc)
    qtbot.addWidget(view)
    view.table.sortByColumn(RiskColumn.EXPOSURE, Qt.SortOrder.DescendingOrder)
    titles = [view.sorted.index(r, RiskColumn.TITLE).data() for r in range(3)]
    assert titles == ["Scope creep", "Vendor late", "Licence cost"]
    assert [r.uid for r in doc.plan.risks] == [1, 2, 3]
    view.table.setCurrentIndex(view.sorted.index(0, 0))
    view.delete_selected()
    assert [r.uid for r in doc.plan.risks] == [1, 3]


def test_linked_tasks_tooltip_names_the_tasks(model):
    assert cell(model, RiskColumn.TASKS).data(Qt.ItemDataRole.ToolTipRole) == "5. Code"


def test_delete_and_insert_keys_in_the_register(doc, qtbot):
    view = RiskView(doc)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    view.table.setFocus()
    view.table.setCurrentIndex(view.sorted.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert doc.plan.risks == []
    qtbot.keyClick(view.table, Qt.Key.Key_Insert)
    assert [r.title for r in doc.plan.risks] == ["New risk"]
