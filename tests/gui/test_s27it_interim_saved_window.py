"""Project > Set Baseline > Set interim plan stamps the interim plan with the moment it was set
(kept in the file, put back by undo as it was), and Clear Baseline's interim list says when
each was last saved, as Set Baseline's Into does."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.baselines import NO_ROLL_UP
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


def test_s27it_set_interim_plan_is_stamped_and_clear_baseline_says_when(window, monkeypatch, qtbot):
    doc = window.document
    answer = (0, False, "", NO_ROLL_UP, InterimChoice(2))
    monkeypatch.setattr(SetBaselineDialog, "ask", classmethod(lambda c, *args: answer))
    monkeypatch.setattr(SetBaselineDialog, "confirm_overwrite", classmethod(lambda c, *a: True))
    before = datetime.now()
    window.action_collection["set_baseline"].trigger()
    first = doc.plan.interims[2]
    assert first.saved_at is not None
    assert before <= first.saved_at <= datetime.now()
    assert read_plan(doc.path).interims[2].saved_at == first.saved_at
    window.action_collection["set_baseline"].trigger()  # set again: a new moment, undone
    assert doc.plan.interims[2] is not first
    doc.undo_stack.undo()
    assert doc.plan.interims[2] == first
    assert read_plan(doc.path).interims[2].saved_at == first.saved_at
    dialog = ClearBaselineDialog(False, doc.plan.baselines, window, doc.plan.interims)
    qtbot.addWidget(dialog)
    dialog.clear_interim.setChecked(True)
    assert dialog.interim.currentText() == f"Start2/Finish2 ({first.saved_words()})"
    assert dialog.interim.itemText(0) == "Start1/Finish1"
    assert dialog.answer() == (0, False, 2)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.grab().save("/tmp/s27it_clear_interim.png")
    dialog.close()
