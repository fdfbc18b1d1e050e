"""Set Baseline's "Set interim plan" (Copy Start/Finish or a baseline Into Start N/Finish N) and
Clear Baseline's "Clear interim plan", each one undo step, said in the status bar."""

from __future__ import annotations

import pytest

from app.domain.baselines import NO_ROLL_UP
from app.domain.interim_plan import InterimPlan
from app.store.document import GantryFile, read_plan
from app.ui.budget.baseline_dialog import InterimChoice, SetBaselineDialog
from app.ui.budget.clear_baseline_dialog import ClearBaselineDialog
from tests.gui.conftest import build_plan


@pytest.fixture
def window(session, tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def _answer(monkeypatch, cls, answer):
    monkeypatch.setattr(cls, "ask", classmethod(lambda c, *args: answer))


def test_s25ip_set_baseline_dialog_offers_set_interim_plan(qtbot):
    dialog = SetBaselineDialog(True, {})
    qtbot.addWidget(dialog)
    assert not dialog.copy.isEnabled()
    dialog.set_interim.setChecked(True)
    assert dialog.copy.isEnabled()
    assert not dialog.which.isEnabled()
    dialog.copy.setCurrentIndex(2)  # Start/Finish, Baseline, Baseline 1, ...
    dialog.into.setCurrentIndex(2)
    dialog.selected.setChecked(True)
    assert not dialog.to_all_summaries.isEnabled()  # roll-up is a baseline's
    assert [dialog.into.itemText(k) for k in (0, 9)] == ["Start1/Finish1", "Start10/Finish10"]
    dialog.show()
    dialog.grab().save("/tmp/s25ip_set_interim_dialog.png")
    assert dialog.answer() == (0, True, "", NO_ROLL_UP, InterimChoice(3, 1))


def test_s25ip_set_interim_plan_from_the_window_is_one_undo_step(window, monkeypatch):
    doc = window.document
    steps = doc.undo_stack.count()
    _answer(monkeypatch, SetBaselineDialog, (0, False, "", NO_ROLL_UP, InterimChoice(2)))
    window.action_collection["set_baseline"].trigger()
    interim = doc.plan.interims[2]
    assert len(interim.entries) == len(doc.plan.tasks)
    assert 0 not in doc.plan.baselines  # no baseline saved
    assert doc.undo_stack.count() == steps + 1
    assert doc.undo_stack.undoText() == "Copy Start/Finish into Start2/Finish2 for the project"
    assert "Start/Finish copied into Start2/Finish2" in window.statusBar().currentMessage()
    assert read_plan(doc.path).interims[2] == interim
    doc.undo_stack.undo()
    assert doc.plan.interims == {}


def test_s25ip_clear_interim_plan_for_selected_tasks(window, monkeypatch):
    doc = window.document
    _answer(monkeypatch, SetBaselineDialog, (0, False, "", NO_ROLL_UP, InterimChoice(1)))
    window.action_collection["set_baseline"].trigger()
    whole = doc.plan.interims[1]
    code = next(t.uid for t in doc.plan.tasks if t.name == "Code")
    window.tree.select_uids([code])
    asked = []

    def ask(cls, parent, has_selection, baselines, interims=None):
        asked.append(dict(interims or {}))
        return (0, True, 1)

    monkeypatch.setattr(ClearBaselineDialog, "ask", classmethod(ask))
    window.action_collection["clear_baseline"].trigger()
    assert asked == [{1: whole}]
    assert doc.plan.interims[1] == InterimPlan(
        1, tuple(e for e in whole.entries if e.task_uid != code), whole.saved_at
    )
    said = window.statusBar().currentMessage()
    assert said == "Start1/Finish1 cleared for 1 task; the others keep theirs"
    doc.undo_stack.undo()
    assert doc.plan.interims[1] == whole


def test_s25ip_clear_baseline_dialog_offers_clear_interim_plan(qtbot):
    interims = {3: InterimPlan(3)}
    dialog = ClearBaselineDialog(False, {}, None, interims)
    qtbot.addWidget(dialog)
    assert dialog.interim.currentText() == "Start3/Finish3 (in use, 0 tasks)"  # the one set
    assert not dialog.interim.isEnabled()
    assert dialog.answer() == (0, False, None)
    dialog.clear_interim.setChecked(True)
    assert not dialog.which.isEnabled()
    dialog.show()
    dialog.grab().save("/tmp/s25ip_clear_interim_dialog.png")
    assert dialog.answer() == (0, False, 3)


def test_s25ip_guide_tells_interim_plans_beside_clear_baseline():
    from pathlib import Path

    guide = (Path(__file__).parents[2] / "resources/help/guide.html").read_text(encoding="utf-8")
    line = next(x for x in guide.splitlines() if "<b>Interim plans</b>" in x)
    assert "Set interim plan" in line
    assert "Clear interim plan" in line
    assert "gantry baseline FILE --interim N [--from-baseline M]" in line
