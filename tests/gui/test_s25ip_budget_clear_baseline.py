"""The Budget view's toolbar has Clear Baseline… beside Set Baseline…: it clears for the tasks
selected in the cost tree (or the entire project), one undo step, and the cards follow."""

from __future__ import annotations

from datetime import datetime

from app.ui.budget.baseline_dialog import SetBaselineDialog
from app.ui.budget.clear_baseline_dialog import ClearBaselineDialog
from app.ui.budget.view import BudgetView
from app.ui.document import Document
from tests.gui.test_budget_view import _plan

STATUS = datetime(2026, 1, 14, 17, 0)


def _view(qtbot, monkeypatch):
    view = BudgetView(Document(_plan()), clock=lambda: STATUS)
    qtbot.addWidget(view)
    view.show()
    monkeypatch.setattr(
        SetBaselineDialog, "ask", classmethod(lambda cls, p, sel, bases: (0, False, ""))
    )
    view.set_baseline()
    return view


def _clear(monkeypatch, view, answer):
    monkeypatch.setattr(ClearBaselineDialog, "ask", classmethod(lambda cls, p, sel, b: answer))
    return view.actions_by_id["budget_clear_baseline"].trigger()


def test_s25ip_budget_toolbar_offers_clear_baseline_after_set_baseline(qtbot, monkeypatch):
    view = _view(qtbot, monkeypatch)
    texts = [a.text() for a in view.actions_by_id.values()]
    assert texts[:2] == ["Set Baseline…", "Clear Baseline…"]
    view.grab().save("/tmp/s25ip_budget_toolbar.png")


def test_s25ip_budget_clear_baseline_for_the_project_and_undo(qtbot, monkeypatch):
    view = _view(qtbot, monkeypatch)
    doc = view.document
    assert view.cards["budget"].value.text() == "€8,500.00"
    _clear(monkeypatch, view, (0, False))
    assert 0 not in doc.plan.baselines
    assert doc.undo_stack.undoText() == "Clear Baseline for the project"
    assert view.cards["budget"].value.text() == "no baseline"
    doc.undo_stack.undo()
    assert 0 in doc.plan.baselines
    assert view.cards["budget"].value.text() == "€8,500.00"


def test_s25ip_budget_clear_baseline_for_the_tree_selection(qtbot, monkeypatch):
    view = _view(qtbot, monkeypatch)
    doc = view.document
    child = view.model.index(1, 0, view.model.index(0, 0))
    flags = view.tree.selectionModel().SelectionFlag
    view.tree.selectionModel().select(child, flags.Select | flags.Rows)
    asked: list[bool] = []

    def ask(cls, parent, has_selection, baselines):
        asked.append(has_selection)
        return (0, True)

    monkeypatch.setattr(ClearBaselineDialog, "ask", classmethod(ask))
    view.clear_baseline()
    assert asked == [True]
    left = doc.plan.baselines[0]
    assert left.entry(3) is None
    assert left.entry(2) is not None
    assert left.entry(1) is not None


def test_s25ip_guide_tells_clear_baseline_where_set_baseline_is_told():
    from pathlib import Path

    guide = (Path(__file__).parents[2] / "resources/help/guide.html").read_text(encoding="utf-8")
    line = next(x for x in guide.splitlines() if "<b>Clear Baseline</b>" in x)
    assert "Budget view" in line
    assert "Selected tasks" in line
    assert "gantry baseline FILE --clear N" in line
