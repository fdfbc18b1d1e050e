"""The budget tree's shape (read by Qt through index and rowCount) follows the outline."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester

from app.domain.task import Task
from app.ui.budget.budget_model import BudgetColumn, BudgetModel
from app.ui.document import Document
from app.ui.models.ids import uid_of
from tests.bench.generate import make_plan


def _shape(model: BudgetModel, parent: QModelIndex) -> dict[int | None, list[int]]:
    """Every row's children uids, walked through the Qt API only."""
    key = uid_of(parent.internalId()) if parent.isValid() else None
    out = {key: []}
    for row in range(model.rowCount(parent)):
        child = model.index(row, 0, parent)
        assert model.parent(child) == parent
        assert model.rowCount(model.index(row, 1, parent)) == 0  # only column 0 has children
        out[key].append(uid_of(child.internalId()))
        out.update(_shape(model, child))
    return out


def _expected(document: Document) -> dict[int | None, list[int]]:
    out: dict[int | None, list[int]] = {None: []}
    for uid, parent in document.plan.parent_uids().items():
        out.setdefault(parent, []).append(uid)
        out.setdefault(uid, [])
    return out


def test_budget_tree_matches_the_outline_after_a_refresh(qtbot) -> None:
    document = Document(make_plan(300, 400, 2, n_resources=10))
    model = BudgetModel(document)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert _shape(model, QModelIndex()) == _expected(document)
    assert model.rowCount() == 15  # a phase every 20 rows
    assert not model.index(15, 0).isValid()
    assert not model.index(0, len(BudgetColumn)).isValid()

    plan = document.plan
    last = plan.tasks[-1]
    plan.append_task(Task(9999, "Late", outline_level=1))
    document.reschedule()
    model.refresh()
    assert model.rowCount() == 16
    assert _shape(model, QModelIndex()) == _expected(document)
    assert uid_of(model.index(15, 0).internalId()) == 9999
    assert last.uid in _shape(model, QModelIndex())
