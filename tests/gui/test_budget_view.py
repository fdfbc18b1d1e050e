"""Budget tab: WBS money columns, KPI cards, S-curve, Set Baseline with undo, chart export."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from pytestqt.modeltest import ModelTester

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.budget.baseline_dialog import SetBaselineDialog
from app.ui.budget.budget_model import BudgetColumn
from app.ui.budget.view import BudgetView
from app.ui.document import Document

MON = datetime(2026, 1, 5, 8, 0)
STATUS = datetime(2026, 1, 14, 17, 0)
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Build", 2, duration_minutes=5 * DAY, fixed_cost=500.0))
    plan.add_link(Link(2, 3))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 3, 1, 1.0, 5 * DAY))
    return plan


@pytest.fixture
def view(qtbot, monkeypatch):
    doc = Document(_plan())
    widget = BudgetView(doc, clock=lambda: STATUS)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _cell(view, row, column, parent_row=None):
    model = view.model
    parent = model.index(parent_row, 0) if parent_row is not None else model.index(-1, 0)
    return model.index(row, column, parent).data()


def test_model_passes_qt_checks(view, qtbot):
    tester = ModelTester(None)
    tester.check(view.model)


def test_without_baseline_forecast_shows_and_budget_is_empty(view):
    assert _cell(view, 0, BudgetColumn.NAME) == "Phase"
    assert _cell(view, 0, BudgetColumn.FORECAST) == "€8,500.00"
    assert _cell(view, 0, BudgetColumn.BUDGET) == ""
    assert _cell(view, 1, BudgetColumn.FORECAST, parent_row=0) == "€4,500.00"
    assert view.cards["budget"].value.text() == "no baseline"


def test_set_baseline_then_progress_gives_earned_value(view, monkeypatch):
    doc = view.document
    monkeypatch.setattr(
        SetBaselineDialog, "ask", classmethod(lambda cls, p, sel, bases: (0, False, ""))
    )
    view.set_baseline()
    assert doc.plan.baselines[0].entry(1).cost == pytest.approx(8500.0)
    assert view.cards["budget"].value.text() == "€8,500.00"
    with doc.plan.batch():
        doc.plan.update_task(replace(doc.plan.task(2), percent_complete=100.0, actual_start=MON))
        doc.plan.update_task(replace(doc.plan.task(3), percent_complete=20.0))
    # Build's own 4000 + 500 fixed at 20 %: EV 900; PV at Wed of week 2: 3/5 of 4500.
    assert view.model.number(3, BudgetColumn.EV) == pytest.approx(900.0)
    assert view.model.number(3, BudgetColumn.PV) == pytest.approx(2700.0)
    assert view.model.number(1, BudgetColumn.SPI) == pytest.approx(4900.0 / 6700.0)
    assert _cell(view, 0, BudgetColumn.CPI) == "1.00"
    assert view.cards["spi"].value.text() == f"{4900.0 / 6700.0:.2f}"
    assert "2026-01-14" in view.status_label.text()
    assert view.chart.ev.xData is not None
    assert view.chart.pv.yData[-1] == pytest.approx(8500.0)


def test_set_baseline_for_selected_tasks_and_undo(view, monkeypatch):
    doc = view.document
    monkeypatch.setattr(
        SetBaselineDialog, "ask", classmethod(lambda cls, p, sel, bases: (3, True, ""))
    )
    child = view.model.index(1, 0, view.model.index(0, 0))
    view.tree.selectionModel().select(
        child,
        view.tree.selectionModel().SelectionFlag.Select
        | view.tree.selectionModel().SelectionFlag.Rows,
    )
    assert view.selected_uids() == [3]
    view.set_baseline()
    base = doc.plan.baselines[3]
    # the summary above is left alone (MS Project, no 'Roll up baselines' ticked)
    assert sorted(e.task_uid for e in base.entries) == [3]
    assert doc.undo_stack.undoText() == "Set Baseline 3 for selected tasks"
    doc.undo_stack.undo()
    assert 3 not in doc.plan.baselines
    doc.undo_stack.redo()
    assert 3 in doc.plan.baselines


def test_export_chart_writes_a_png(view, tmp_path):
    target = tmp_path / "curve.png"
    view.ask_png_path = lambda parent: str(target)
    view.resize(800, 600)
    assert view.export_chart() == str(target)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_variance_table_compares_with_the_chosen_baseline(view, monkeypatch, qtbot):
    from app.domain.resource import Assignment
    from app.ui.budget.variance_model import VarianceColumn

    doc = view.document
    monkeypatch.setattr(
        SetBaselineDialog, "ask", classmethod(lambda cls, p, sel, bases: (2, False, ""))
    )
    view.set_baseline()
    model = view.variance_model
    ModelTester(None).check(model)
    assert model.index(1, VarianceColumn.COST).data() == ""  # baseline 0 is empty
    view.variance_baseline.setCurrentIndex(2)
    assert model.index(1, VarianceColumn.COST).data() == "€0.00"
    with doc.plan.batch():
        doc.plan.update_task(replace(doc.plan.task(2), duration_minutes=6 * DAY))
        doc.plan.update_assignment(Assignment(1, 2, 1, 1.0, 6 * DAY))
    assert model.index(1, VarianceColumn.COST).data() == "+€800.00"
    assert model.index(1, VarianceColumn.WORK).data() == "+8.0h"
    assert model.index(1, VarianceColumn.DURATION).data() == "+1d"
    assert model.index(2, VarianceColumn.START).data() == "+1d"
    assert model.index(2, VarianceColumn.NAME).data().strip() == "Build"
    assert model.index(1, VarianceColumn.BASELINE_START).data() == "2026-01-05 08:00"


def test_money_takes_symbol_place_from_the_project_and_separators_from_the_locale():
    from PySide6.QtCore import QLocale

    from app.domain.project import Project, SymbolPosition
    from app.ui.budget.money import money

    euro = Project()
    assert money(euro, -12.5, QLocale("C")) == "-€12.50"
    assert money(euro, 8500.5, QLocale("de_DE")) == "€8.500,50"
    after = Project(currency_symbol_position=SymbolPosition.AFTER_SPACE)
    assert money(after, 8500.5, QLocale("de_DE")) == "8.500,50 €"
    assert money(after, 8500.5, QLocale("de_DE"), digits=0) == "8.500 €"


def test_hidden_view_catches_up_when_shown(view):
    doc = view.document
    view.hide()
    with doc.plan.batch():
        doc.plan.update_task(replace(doc.plan.task(3), fixed_cost=1500.0))
    assert view.model.text(3, BudgetColumn.FORECAST) == "€5,500.00"  # costs are the document's
    assert view.cards["forecast"].value.text() == "€8,500.00"  # the cards wait
    view.show()
    assert view.cards["forecast"].value.text() == "€9,500.00"


def test_number_changes_keep_the_users_expanded_branches(view, qtbot):
    doc = view.document
    phase = view.model.index(0, 0)
    assert view.tree.isExpanded(phase)
    view.tree.collapse(phase)
    with qtbot.assertNotEmitted(view.model.modelReset), doc.plan.batch():
        doc.plan.update_task(replace(doc.plan.task(3), fixed_cost=900.0))
    assert not view.tree.isExpanded(view.model.index(0, 0))
    assert _cell(view, 0, BudgetColumn.FORECAST) == "€8,900.00"
    with qtbot.waitSignal(view.model.modelReset):
        doc.plan.append_task(Task(9, "Wrap-up", duration_minutes=DAY))
    assert view.model.rowCount() == 2


def test_the_risk_reserve_card_follows_the_register(view, monkeypatch):
    from app.domain.risk import Risk, RiskStatus

    doc = view.document
    card = view.cards["reserve"]
    assert card.value.text() == "€0.00"
    doc.plan.add_risk(Risk(1, "Vendor late", 0.3, 10000.0, contingency=2000.0))
    doc.plan.add_risk(Risk(2, "Key person leaves", 0.5, 6000.0, contingency=1500.0))
    doc.reschedule()
    assert card.value.text() == "€3,500.00"
    assert "2 risks not closed" in card.toolTip()
    assert "€6,000)" in card.toolTip()  # exposure: 0.3 x 10000 + 0.5 x 6000
    assert "Budget plus reserve" not in card.toolTip()  # no baseline yet
    monkeypatch.setattr(
        SetBaselineDialog, "ask", classmethod(lambda cls, p, sel, b: (0, False, ""))
    )
    view.set_baseline()
    doc.plan.update_risk(replace(doc.plan.risks[1], status=RiskStatus.CLOSED))
    doc.reschedule()
    assert card.value.text() == "€2,000.00"  # a closed risk needs no reserve
    assert "Budget plus reserve: €10,500.00" in card.toolTip()
