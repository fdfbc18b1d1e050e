"""Project > Clear Baseline…: the entire project or the selected tasks, one undo step; Set
Baseline on a plan with no tasks says nothing was saved instead of saving a baseline of nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.baseline import Baseline
from app.domain.plan import Plan
from app.domain.project import Project
from app.store.document import GantryFile
from app.ui.budget.baseline_dialog import NO_TASKS, SetBaselineDialog
from app.ui.budget.clear_baseline_dialog import ClearBaselineDialog
from tests.gui.conftest import build_plan

SAVED = datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def window(session, tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def _answer(monkeypatch, cls, *answers):
    it = iter(answers)
    monkeypatch.setattr(cls, "ask", classmethod(lambda c, p, sel, bases: next(it)))


def _baseline(window, monkeypatch, index):
    _answer(monkeypatch, SetBaselineDialog, (index, False, ""))
    window.action_collection["set_baseline"].trigger()
    return window.document.plan.baselines[index]


def test_s25tr_clear_baseline_for_the_entire_project_is_one_undo_step(window, monkeypatch):
    doc = window.document
    saved = _baseline(window, monkeypatch, 2)
    steps = doc.undo_stack.count()
    _answer(monkeypatch, ClearBaselineDialog, (2, False))
    window.action_collection["clear_baseline"].trigger()
    assert 2 not in doc.plan.baselines
    assert doc.undo_stack.count() == steps + 1
    assert doc.undo_stack.undoText() == "Clear Baseline 2 for the project"
    assert "Baseline 2" in window.statusBar().currentMessage()
    assert "cleared for the entire project" in window.statusBar().currentMessage()
    doc.undo_stack.undo()
    assert doc.plan.baselines[2] == saved
    doc.undo_stack.redo()
    assert 2 not in doc.plan.baselines


def test_s25tr_clear_baseline_for_selected_tasks_keeps_the_others(window, monkeypatch):
    doc = window.document
    saved = _baseline(window, monkeypatch, 0)
    code = next(t.uid for t in doc.plan.tasks if t.name == "Code")
    window.tree.select_uids([code])
    _answer(monkeypatch, ClearBaselineDialog, (0, True))
    window.action_collection["clear_baseline"].trigger()
    left = doc.plan.baselines[0]
    assert left.entry(code) is None
    assert [e for e in saved.entries if e.task_uid != code] == list(left.entries)
    assert "cleared for 1 task; the others keep theirs" in window.statusBar().currentMessage()
    doc.undo_stack.undo()
    assert doc.plan.baselines[0] == saved


def test_s25tr_clearing_a_baseline_not_saved_changes_nothing_and_says_so(window, monkeypatch):
    doc = window.document
    steps = doc.undo_stack.count()
    _answer(monkeypatch, ClearBaselineDialog, (5, False))
    window.action_collection["clear_baseline"].trigger()
    assert doc.undo_stack.count() == steps
    assert window.statusBar().currentMessage() == "Baseline 5 is not saved: nothing cleared"


def test_s25tr_the_dialog_offers_the_first_saved_baseline_and_selected_only_with_one(qtbot):
    dialog = ClearBaselineDialog(False, {3: Baseline(3, SAVED)})
    qtbot.addWidget(dialog)
    assert dialog.which.count() == 11
    assert dialog.which.currentIndex() == 3
    assert "last saved" in dialog.which.currentText()
    assert not dialog.selected.isEnabled()
    assert dialog.answer() == (3, False, None)  # no interim plan (s25ip)


def test_s25tr_set_baseline_on_a_plan_with_no_tasks_saves_nothing(
    session, tmp_path, qtbot, monkeypatch
):
    path = tmp_path / "empty.gantry"
    GantryFile.create(path, Plan(project=Project(name="Empty", start=SAVED))).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    told: list[str] = []
    monkeypatch.setattr(
        SetBaselineDialog, "inform", classmethod(lambda c, p, text: told.append(text))
    )
    monkeypatch.setattr(SetBaselineDialog, "ask", classmethod(lambda c, *a: pytest.fail("asked")))
    win.action_collection["set_baseline"].trigger()
    assert told == [NO_TASKS]
    assert win.document.plan.baselines == {}
    assert win.document.undo_stack.count() == 0
