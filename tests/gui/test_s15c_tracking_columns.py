"""The task sheet's Tracking, Variance, Cost and Work table columns and Fixed Cost Accrual.

A PM coming from MS Project inserts Start Variance, Actual Cost, % Work Complete... from
Insert Column: their cells read what the Budget view's Baseline variance tab and cost
breakdown read, the printout writes the same text, typing on one only points at the fields
it follows, and Fixed Cost Accrual is picked from Start / Prorated / End as one undo step.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual
from app.report.columns import COLUMNS, CellText
from app.ui.budget.variance_model import VarianceColumn, VarianceModel
from app.ui.column_menu import header_menu
from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.gantt.copy_picture import shown_columns
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.models.task_model_tracking import TRACKING_KEYS
from tests.gui.conftest import build_plan

DAY = 480


def _document() -> Document:
    """The sample plan with Ana (100/h) on Specs and Code, baseline 0 saved, then Specs made
    a day longer and half done, and Code given a fixed cost."""
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0))
    plan.add_assignment(Assignment(2, 5, 1, 1.0))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, datetime(2026, 3, 2)))
    specs = plan.task(2)
    plan.update_task(
        replace(
            specs,
            duration_minutes=4 * DAY,
            percent_complete=50.0,
            actual_start=datetime(2026, 3, 2, 8, 0),
        )
    )
    plan.update_task(replace(plan.task(5), fixed_cost=300.0))
    return Document(plan)


def _cell(model: TaskTreeModel, uid: int, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return model.index_of_uid(uid, column).data(role)


def test_variance_cells_read_the_baseline_variance_tab(qtbot) -> None:
    document = _document()
    model = TaskTreeModel(document)
    tab = VarianceModel(document)
    pairs = {
        Column.START_VARIANCE: VarianceColumn.START,
        Column.FINISH_VARIANCE: VarianceColumn.FINISH,
        Column.DURATION_VARIANCE: VarianceColumn.DURATION,
        Column.COST_VARIANCE: VarianceColumn.COST,
    }
    for row, task in enumerate(document.plan.tasks):
        for ours, theirs in pairs.items():
            assert _cell(model, task.uid, ours) == tab.index(row, theirs).data(), (task.name, ours)
    assert _cell(model, 2, Column.DURATION_VARIANCE) == "+1d"
    assert _cell(model, 3, Column.START_VARIANCE) == "+1d"  # Review waits a day more
    assert _cell(model, 2, Column.WORK_VARIANCE) == "+8h"
    assert _cell(model, 2, Column.BASELINE_DURATION) == "3d"
    assert _cell(model, 2, Column.BASELINE_WORK) == "24h"


def test_cost_and_work_cells_read_the_cost_report(qtbot) -> None:
    document = _document()
    model = TaskTreeModel(document)
    costs = document.costs
    assert costs.task_actual_cost[2] == pytest.approx(1600.0)
    assert _cell(model, 2, Column.ACTUAL_COST) == "€1,600.00"
    assert _cell(model, 2, Column.REMAINING_COST) == "€1,600.00"
    assert _cell(model, 2, Column.ACTUAL_WORK) == "16h"
    assert _cell(model, 2, Column.REMAINING_WORK) == "16h"
    assert _cell(model, 2, Column.PERCENT_WORK_COMPLETE) == "50%"
    assert _cell(model, 2, Column.ACTUAL_DURATION) == "2d"
    assert _cell(model, 5, Column.REMAINING_COST) == "€4,300.00"  # 40h x 100 + 300 fixed
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert _cell(model, 2, Column.ACTUAL_COST, Qt.ItemDataRole.TextAlignmentRole) == right


def test_the_printout_writes_what_the_sheet_shows(qtbot) -> None:
    document = _document()
    model = TaskTreeModel(document)
    printed = CellText(document.plan, document.schedule, {}, document.costs)
    for column, key in TRACKING_KEYS.items():
        assert COLUMNS[key].numeric
        for task in document.plan.tasks:
            assert printed.text(task.uid, key) == _cell(model, task.uid, column), (task, key)
    assert printed.text(5, "fixed_cost_accrual") == "Prorated"


def _window(qtbot, document: Document | None = None) -> MainWindow:
    window = MainWindow(document or _document())
    qtbot.addWidget(window)
    window.resize(1400, 600)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.tree.setFocus()
    return window


def _on(window: MainWindow, uid: int, column: Column) -> None:
    tree = window.tree
    tree.select_uids([uid], uid)
    tree.selectionModel().setCurrentIndex(
        window.model.index_of_uid(uid, column), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def test_insert_column_offers_them_and_the_print_takes_them(qtbot) -> None:
    window = _window(qtbot)
    tree = window.tree
    menu = header_menu(tree, 0)
    names = {a.objectName() for a in menu.findChildren(type(menu.actions()[0]))}
    for column in (*TRACKING_KEYS, Column.FIXED_COST_ACCRUAL):
        assert f"insert_{column.name.lower()}" in names
        assert tree.isColumnHidden(column)
    insert_column(tree, Column.START_VARIANCE)
    insert_column(tree, Column.ACTUAL_COST)
    keys = shown_columns(SimpleNamespace(tree=tree))  # what Print and Copy Picture draw
    assert keys[-2:] == ("start_variance", "actual_cost")


def test_typing_on_a_tracking_figure_points_at_its_fields(qtbot) -> None:
    window = _window(qtbot)
    insert_column(window.tree, Column.ACTUAL_COST)
    before = list(window.document.plan.tasks)
    steps = window.document.undo_stack.count()
    _on(window, 2, Column.ACTUAL_COST)
    qtbot.keyClick(window.tree, Qt.Key.Key_5)
    assert window.tree.state() != window.tree.State.EditingState
    assert list(window.document.plan.tasks) == before
    assert window.document.undo_stack.count() == steps
    said = window.statusBar().currentMessage()
    assert (
        said
        == "Actual Cost follows % complete, the rates and the accruals: edit those to change it"
    )


def test_fixed_cost_accrual_is_one_undo_step(qtbot) -> None:
    document = _document()
    model = TaskTreeModel(document)
    index = model.index_of_uid(5, Column.FIXED_COST_ACCRUAL)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert index.data() == "Prorated"
    plan = document.plan
    plan.update_task(
        replace(plan.task(5), percent_complete=50.0, actual_start=datetime(2026, 3, 9, 8))
    )
    document.undo_stack.clear()
    assert model.setData(index, "Start")
    assert plan.task(5).fixed_cost_accrual is CostAccrual.START
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Set fixed cost accrual of 'Code'"
    assert model.index_of_uid(5, Column.FIXED_COST_ACCRUAL).data() == "Start"
    document.undo_stack.undo()
    assert plan.task(5).fixed_cost_accrual is CostAccrual.PRORATED
    document.undo_stack.redo()
    assert plan.task(5).fixed_cost_accrual is CostAccrual.START


def test_a_bad_accrual_is_refused_and_changes_nothing(qtbot) -> None:
    document = _document()
    model = TaskTreeModel(document)
    said: list[str] = []
    model.sig_error.connect(said.append)
    assert not model.setData(model.index_of_uid(5, Column.FIXED_COST_ACCRUAL), "Weekly")
    assert said == ["Fixed Cost Accrual: 'Weekly' is not one of Start, Prorated, End"]
    assert document.plan.task(5).fixed_cost_accrual is CostAccrual.PRORATED
    assert document.undo_stack.count() == 0


def test_fixed_cost_accrual_reaches_the_actual_cost_column(qtbot) -> None:
    document = _document()
    plan = document.plan
    plan.update_task(replace(plan.task(6), fixed_cost=1000.0, percent_complete=50.0))
    document.undo_stack.clear()
    model = TaskTreeModel(document)
    assert _cell(model, 6, Column.ACTUAL_COST) == "€500.00"  # prorated: half of it
    model.setData(model.index_of_uid(6, Column.FIXED_COST_ACCRUAL), "End")
    assert _cell(model, 6, Column.ACTUAL_COST) == "€0.00"
    model.setData(model.index_of_uid(6, Column.FIXED_COST_ACCRUAL), "Start")
    assert _cell(model, 6, Column.ACTUAL_COST) == "€1,000.00"


def test_del_on_a_tracking_figure_is_a_pointer_too(qtbot) -> None:
    window = _window(qtbot)
    insert_column(window.tree, Column.REMAINING_COST)  # Remaining Work is typed since s30tb
    before = list(window.document.plan.tasks)
    _on(window, 2, Column.REMAINING_COST)
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert list(window.document.plan.tasks) == before
    assert window.document.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == (
        "Remaining Cost follows the cost and % complete: edit those to change it; "
        "Del on the ID or the Task Name deletes the task"
    )
