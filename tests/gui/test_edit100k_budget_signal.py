"""After an edit the budget tree says its figures changed in one signal, and shows them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex

from app.ui.budget.budget_model import BudgetColumn, BudgetModel
from app.ui.document import Document
from app.ui.models.ids import uid_of
from tests.bench.generate import make_plan


def _find(model: BudgetModel, uid: int) -> QModelIndex:
    for row in range(model.rowCount()):
        top = model.index(row, 0)
        if uid_of(top.internalId()) == uid:
            return top
        for k in range(model.rowCount(top)):
            child = model.index(k, 0, top)
            if uid_of(child.internalId()) == uid:
                return child
    raise AssertionError(f"task {uid} not in the budget tree")


def test_an_edit_refreshes_every_figure_in_one_signal(qtbot) -> None:
    document = Document(make_plan(2000, 3000, 2, n_resources=20))  # 100 phases
    model = BudgetModel(document)
    heard: list[tuple[QModelIndex, QModelIndex]] = []
    model.dataChanged.connect(lambda a, b, _roles=(): heard.append((a, b)))
    plan = document.plan
    staffed = next(
        plan.task(a.task_uid) for a in plan.assignments if not plan.is_summary(a.task_uid)
    )
    for a in plan.assignments_of_task(staffed.uid):
        plan.update_assignment(replace(a, work_minutes=0))  # cost follows the duration
    heard.clear()
    cell = _find(model, staffed.uid).siblingAtColumn(BudgetColumn.FORECAST)
    before = cell.data()

    plan.update_task(replace(staffed, duration_minutes=staffed.duration_minutes + 4800))
    model.refresh()

    assert len(heard) == 1
    first, last = heard[0]
    assert not first.parent().isValid()
    assert not last.parent().isValid()
    assert (first.row(), last.row()) == (0, model.rowCount() - 1)
    assert first.column() == BudgetColumn.BUDGET
    assert last.column() == len(BudgetColumn) - 1
    after = cell.data()
    assert after != before
    assert after == model.text(staffed.uid, BudgetColumn.FORECAST)
    assert model.number(staffed.uid, BudgetColumn.FORECAST) == document.costs.task_cost[staffed.uid]


def test_variances_wait_until_their_table_is_read(qtbot, monkeypatch) -> None:
    """Edits with the Budget tab open no longer work out every variance (0.3 s at 100k tasks)
    while the variance table sits on its hidden tab; reading it computes them once."""
    from app.domain.baselines import snapshot
    from app.domain.costs import compute_costs
    from app.domain.scheduler import schedule
    from app.ui.budget import variance_model
    from app.ui.budget.variance_model import VarianceColumn
    from app.ui.budget.view import BudgetView

    plan = make_plan(400, 600, 2, n_resources=8)
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, plan.project.start))
    document = Document(plan)
    view = BudgetView(document)
    qtbot.addWidget(view)
    view.show()
    calls: list[int] = []
    real = variance_model.variances

    def counting(*args):
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(variance_model, "variances", counting)
    staffed = next(
        plan.task(a.task_uid) for a in plan.assignments if not plan.is_summary(a.task_uid)
    )
    for a in plan.assignments_of_task(staffed.uid):
        plan.update_assignment(replace(a, work_minutes=0))
    plan.update_task(replace(staffed, duration_minutes=staffed.duration_minutes + 960))
    qtbot.wait(10)
    assert calls == []  # the cost breakdown tab is the one shown
    row = [t.uid for t in plan.tasks].index(staffed.uid)
    view.pages.setCurrentIndex(1)
    text = view.variance_model.index(row, VarianceColumn.DURATION).data()
    assert text == "+2d"
    assert len(calls) == 1
    view.variance_model.index(row, VarianceColumn.COST).data()
    assert len(calls) == 1
