"""Baseline Fixed Cost and Baseline1..10 Fixed Cost on the task sheet: offered by Insert
Column, showing each task's own saved Fixed Cost (a summary's own), typed into as one undo
step written to the .gantry, refused with one line for text that is no amount, printed as
the sheet shows it."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.columns import CellText
from app.report.plan_lookups import PlanLookups
from app.store.document import GantryFile, read_plan
from app.ui.budget.money import money
from app.ui.models.task_edits import HEADERS, Column

DISPLAY = Qt.ItemDataRole.DisplayRole
B0 = Column["BASELINE_FIXED_COST"]
B3 = Column["BASELINE3_FIXED_COST"]
MON = datetime(2027, 3, 1, 8, 0)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Fit-out", start=MON))
    plan.append_task(Task(1, "Phase", fixed_cost=500.0))
    plan.append_task(Task(2, "Wiring", duration_minutes=960, outline_level=2, fixed_cost=1200.0))
    plan.append_task(Task(3, "Paint", duration_minutes=480, outline_level=2))
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, MON))
    return plan


@pytest.fixture
def window(session, qtbot, tmp_path):
    path = tmp_path / "fit.gantry"
    GantryFile.create(path, _plan()).close()
    opened = session.open_path(path)
    assert opened is not None
    qtbot.addWidget(opened)
    opened.path_for_test = path
    return opened


def _cell(window, uid, column, role=DISPLAY):
    return window.tree.model().index_of_uid(uid, column).data(role)


def _type(window, uid, column, text):
    model = window.tree.model()
    return model.setData(model.index_of_uid(uid, column), text, Qt.ItemDataRole.EditRole)


def test_s27bf_the_columns_show_each_tasks_own_saved_fixed_cost(window):
    project = window.document.plan.project
    assert HEADERS[B0] == "Baseline Fixed Cost"
    assert HEADERS[B3] == "Baseline3 Fixed Cost"
    assert _cell(window, 1, B0) == money(project, 500.0)  # the summary's own, not 1,700
    assert _cell(window, 2, B0) == money(project, 1200.0)
    assert _cell(window, 3, B0) == money(project, 0.0)
    assert _cell(window, 2, B3) == ""  # Baseline 3 is not saved
    assert _cell(window, 2, B0, Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )


def test_s27bf_insert_column_offers_baseline_fixed_costs(window):
    menu = window.tree.column_menu(Column.START)
    insert = next(a.menu() for a in menu.actions() if a.menu() is not None)
    groups = {a.text(): a.menu() for a in insert.actions() if a.menu() is not None}
    assert "Baseline Fixed Cost" in [a.text() for a in groups["Baseline and variance"].actions()]
    numbered = {a.text(): a.menu() for a in groups["Baselines 1-10"].actions()}
    for n in (1, 7, 10):
        texts = [a.text() for a in numbered[f"Baseline{n}"].actions()]
        assert texts[-2:] == [f"Baseline{n} Cost", f"Baseline{n} Fixed Cost"]
    action = next(a for a in numbered["Baseline7"].actions() if a.text() == "Baseline7 Fixed Cost")
    action.trigger()
    assert not window.tree.isColumnHidden(Column["BASELINE7_FIXED_COST"])


def test_s27bf_typing_a_baseline_fixed_cost_is_one_undo_step_kept_in_the_file(window):
    doc = window.document
    path = window.path_for_test
    steps = doc.undo_stack.count()
    cost_before = doc.plan.baselines[0].entry(2).cost
    assert _type(window, 2, B0, "950.25")
    assert doc.undo_stack.count() == steps + 1
    assert doc.undo_stack.undoText() == "Set Baseline Fixed Cost of 'Wiring'"
    entry = read_plan(path).baselines[0].entry(2)
    assert entry.fixed_cost == 950.25
    assert entry.cost == cost_before  # MS Project keeps Baseline Cost as saved
    assert _cell(window, 2, B0) == money(doc.plan.project, 950.25)
    # a baseline not saved yet is begun by the value, as the other baseline cells do
    assert _type(window, 3, B3, "40")
    assert read_plan(path).baselines[3].entry(3).fixed_cost == 40.0
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert 3 not in read_plan(path).baselines
    assert read_plan(path).baselines[0].entry(2).fixed_cost == 1200.0
    doc.undo_stack.redo()
    assert read_plan(path).baselines[0].entry(2).fixed_cost == 950.25


def test_s27bf_text_that_is_no_amount_is_refused_and_changes_nothing(window):
    doc = window.document
    errors: list[str] = []
    window.tree.model().sig_error.connect(errors.append)
    steps = doc.undo_stack.count()
    assert not _type(window, 2, B0, "lots")
    assert "Baseline Fixed Cost" in errors[-1]
    assert doc.undo_stack.count() == steps
    assert doc.plan.baselines[0].entry(2).fixed_cost == 1200.0
    # the cell's own text typed back changes nothing
    assert _type(window, 2, B0, _cell(window, 2, B0))
    assert _type(window, 2, B0, _cell(window, 2, B0, Qt.ItemDataRole.EditRole))
    assert doc.undo_stack.count() == steps


def test_s27bf_printed_as_the_sheet_shows_it(window):
    plan = window.document.plan
    cells = CellText(plan, window.document.schedule, PlanLookups(plan).resources)
    assert cells.text(1, "baseline_fixed_cost") == _cell(window, 1, B0)
    assert cells.text(2, "baseline_fixed_cost") == _cell(window, 2, B0)
    assert cells.text(2, "baseline3_fixed_cost") == ""
