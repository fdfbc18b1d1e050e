"""Set Baseline asks before it replaces a saved baseline, as MS Project does.

Testers re-saved Baseline 1 by mistake: Gantry overwrote it without a word, and the
only way back was Undo, if they noticed.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.budget.baseline_dialog import SetBaselineDialog
from app.ui.budget.view import BudgetView
from app.ui.document import Document

MON = datetime(2026, 1, 5, 8, 0)
FIRST = datetime(2026, 1, 9, 16, 30)
LATER = datetime(2026, 2, 2, 9, 0)


@pytest.fixture
def view(qtbot):
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", 1, duration_minutes=5 * 480))
    plan.append_task(Task(2, "Build", 1, duration_minutes=3 * 480))
    now = [FIRST]
    widget = BudgetView(Document(plan), clock=lambda: now[0])
    widget.now = now
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _choose(monkeypatch, index, selected=False, name=""):
    monkeypatch.setattr(
        SetBaselineDialog, "ask", classmethod(lambda cls, p, sel, bases: (index, selected, name))
    )


def _answer(monkeypatch, yes):
    asked = []

    def confirm(cls, parent, question):
        asked.append(question)
        return yes

    monkeypatch.setattr(SetBaselineDialog, "confirm_overwrite", classmethod(confirm))
    return asked


def test_a_new_baseline_is_saved_without_a_question(view, monkeypatch):
    _choose(monkeypatch, 1)
    asked = _answer(monkeypatch, yes=False)
    assert view.set_baseline() == 1
    assert asked == []
    assert view.document.plan.baselines[1].saved_at == FIRST


def test_saving_over_a_baseline_asks_and_no_keeps_it(view, monkeypatch):
    doc = view.document
    _choose(monkeypatch, 1)
    _answer(monkeypatch, yes=True)
    view.set_baseline()
    steps = doc.undo_stack.count()
    view.now[0] = LATER
    asked = _answer(monkeypatch, yes=False)
    assert view.set_baseline() is None
    assert asked == ["Baseline 1 was saved on Fri 2026-01-09 16:30. Overwrite it?"]
    assert doc.plan.baselines[1].saved_at == FIRST
    assert doc.undo_stack.count() == steps  # nothing done, nothing to undo


def test_yes_overwrites_and_the_question_names_a_named_baseline(view, monkeypatch):
    doc = view.document
    _choose(monkeypatch, 0, name="Contract plan")
    _answer(monkeypatch, yes=True)
    view.set_baseline()
    view.now[0] = LATER
    asked = _answer(monkeypatch, yes=True)
    assert view.set_baseline() == 0
    assert asked == ["Contract plan was saved on Fri 2026-01-09 16:30. Overwrite it?"]
    assert doc.plan.baselines[0].saved_at == LATER


def test_selected_tasks_roll_into_a_baseline_without_a_question(view, monkeypatch):
    """Saving selected tasks updates only their entries, as MS Project does without asking."""
    _choose(monkeypatch, 1)
    _answer(monkeypatch, yes=True)
    view.set_baseline()
    monkeypatch.setattr(view, "selected_uids", lambda: [1])
    _choose(monkeypatch, 1, selected=True)
    asked = _answer(monkeypatch, yes=False)
    assert view.set_baseline() == 1
    assert asked == []
