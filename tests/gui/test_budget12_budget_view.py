"""The Budget view's EAC and VAC read as a PM checks them: Budget - EAC = VAC on every row,
after a subtask is deleted, undone and redone, and EAC = Forecast before anything is spent."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.baselines import snapshot
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.budget.budget_model import BudgetColumn
from app.ui.budget.view import BudgetView
from app.ui.commands import DeleteTasksCommand, PlanCommand
from app.ui.document import Document

MON = datetime(2026, 1, 5, 8, 0)
STATUS = datetime(2026, 1, 7, 12, 0)
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Presence Object", 1))
    plan.append_task(Task(2, "Make Relay Configurable", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Location Key Value Pair", 2, duration_minutes=4 * DAY))
    plan.append_task(Task(4, "Docs", 1, duration_minutes=2 * DAY, fixed_cost=300.0))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 3, 1, 1.0, 4 * DAY))
    return plan


@pytest.fixture
def view(qtbot):
    doc = Document(_plan())
    doc.plan.set_baseline(snapshot(doc.plan, doc.schedule, doc.costs, 0, MON))
    widget = BudgetView(doc, clock=lambda: STATUS)
    qtbot.addWidget(widget)
    widget.show()
    return widget


class _Edit(PlanCommand):
    """An edit of the plan through the undo stack, as the sheet makes it."""

    def __init__(self, document, do, undo) -> None:
        super().__init__(document, "edit")
        self._do, self._undo_it = do, undo

    def _redo(self) -> None:
        self._do()

    def _undo(self) -> None:
        self._undo_it()


def _figures(view, uid):
    model = view.model
    return {c: model.number(uid, c) for c in BudgetColumn if c is not BudgetColumn.NAME}


def _consistent(view) -> None:
    """Every row with a budget: VAC = Budget - EAC; EAC = Forecast while nothing is spent."""
    for t in view.document.plan.tasks:
        f = _figures(view, t.uid)
        if f[BudgetColumn.BUDGET] is None:
            continue
        assert f[BudgetColumn.VAC] == pytest.approx(f[BudgetColumn.BUDGET] - f[BudgetColumn.EAC])
        if not f[BudgetColumn.ACTUAL]:
            assert f[BudgetColumn.EAC] == pytest.approx(f[BudgetColumn.FORECAST]), t.name
    cards = view.cards
    assert cards["vac"].value.text() != "n/a"


def test_an_unstarted_task_whose_cost_went_up_forecasts_its_new_cost(view) -> None:
    doc = view.document
    old = doc.plan.assignment(1)
    doc.push(
        _Edit(
            doc,
            lambda: doc.plan.update_assignment(replace(old, work_minutes=10 * DAY, units=2.0)),
            lambda: doc.plan.update_assignment(old),
        )
    )
    f = _figures(view, 2)
    assert f[BudgetColumn.BUDGET] == pytest.approx(4000.0)
    assert f[BudgetColumn.FORECAST] == pytest.approx(8000.0)
    assert f[BudgetColumn.EAC] == pytest.approx(8000.0)
    assert f[BudgetColumn.VAC] == pytest.approx(-4000.0)
    assert view.model.text(2, BudgetColumn.EAC) == "€8,000.00"
    _consistent(view)
    doc.undo_stack.undo()
    assert _figures(view, 2)[BudgetColumn.EAC] == pytest.approx(4000.0)
    _consistent(view)


def test_deleting_a_subtask_keeps_the_summary_row_consistent(view) -> None:
    doc = view.document
    before = _figures(view, 1)
    doc.push(DeleteTasksCommand(doc, [3]))
    f = _figures(view, 1)
    assert f[BudgetColumn.BUDGET] == pytest.approx(before[BudgetColumn.BUDGET])
    assert f[BudgetColumn.EAC] == pytest.approx(4000.0)  # what is left to do
    assert f[BudgetColumn.VAC] == pytest.approx(3200.0)  # the deleted task's budget
    _consistent(view)
    doc.undo_stack.undo()
    assert _figures(view, 1) == before
    _consistent(view)
    doc.undo_stack.redo()
    assert _figures(view, 1) == f
    _consistent(view)


def test_the_eac_header_says_how_it_is_worked_out(view) -> None:
    model = view.model
    tip = model.headerData(BudgetColumn.EAC, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "CPI" in tip
    assert "Forecast" in tip
    vac = model.headerData(BudgetColumn.VAC, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Budget" in vac
    assert "EAC" in vac
    assert "Forecast" in view.cards["eac"].toolTip()


def test_a_real_plan_reads_consistently_after_a_delete_and_undo(qtbot, shared_data):
    """A file saved by MS Project (the one of them with costs: 30 % progress everywhere),
    baselined, then a subtask deleted and the deletion undone: every row's VAC is its Budget
    less its EAC, and the summary keeps its budget."""
    from app.formats import read_plan

    doc = Document(read_plan(shared_data / "mpp/Software-Development.xml"))
    plan = doc.plan
    plan.set_baseline(snapshot(plan, doc.schedule, doc.costs, 0, MON))
    widget = BudgetView(doc, clock=lambda: datetime(2030, 1, 1))
    qtbot.addWidget(widget)
    widget.show()
    _consistent(widget)
    costed = [
        t.uid for t in plan.tasks if not plan.is_summary(t.uid) and doc.costs.task_cost[t.uid]
    ]
    victim = costed[len(costed) // 2]
    parent = plan.parent(victim)
    assert parent is not None
    budget = widget.model.number(parent, BudgetColumn.BUDGET)
    doc.push(DeleteTasksCommand(doc, [victim]))
    _consistent(widget)
    assert widget.model.number(parent, BudgetColumn.BUDGET) == budget
    doc.undo_stack.undo()
    _consistent(widget)
