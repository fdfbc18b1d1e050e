"""Set Baseline > Set interim plan replaced an interim plan in use (a week-3 Start1/Finish1)
without a word, while Baseline 0 asks first. Into now marks each interim plan in use (with
when it was saved since s27it; one whose time is not known has its tasks counted), and
replacing one for the entire project asks as a baseline does; No keeps it, selected tasks
only update without asking."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.baselines import NO_ROLL_UP
from app.domain.interim_plan import saved_moment
from app.store.document import GantryFile
from app.ui.budget.baseline_dialog import (
    InterimChoice,
    SetBaselineDialog,
    interim_choices,
    interim_overwrite_question,
)
from tests.gui.conftest import build_plan


@pytest.fixture
def window(session, tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


@pytest.fixture
def answers(monkeypatch):
    """What the dialog answers (set by each test) and the interim plans it was shown."""

    class Answers:
        answer: tuple = ()
        shown: list = []  # noqa: RUF012
        confirm = True
        asked: list = []  # noqa: RUF012

    got = Answers()
    got.shown, got.asked = [], []

    def ask(cls, parent, has_selection, baselines, interims=None):
        got.shown.append(dict(interims or {}))
        return got.answer

    def confirm(cls, parent, question):
        got.asked.append(question)
        return got.confirm

    monkeypatch.setattr(SetBaselineDialog, "ask", classmethod(ask))
    monkeypatch.setattr(SetBaselineDialog, "confirm_overwrite", classmethod(confirm))
    return got


def _set(window, answers, number, selected=False):
    answers.answer = (0, selected, "", NO_ROLL_UP, InterimChoice(number))
    window.action_collection["set_baseline"].trigger()


def test_replacing_an_interim_plan_in_use_asks_and_no_keeps_it(window, answers):
    doc = window.document
    _set(window, answers, 1)
    assert answers.asked == []  # a free slot: nothing to ask
    first = doc.plan.interims[1]
    steps = doc.undo_stack.count()
    answers.confirm = False
    _set(window, answers, 1)
    assert answers.shown[-1] == {1: first}
    tasks = len(doc.plan.tasks)
    when = saved_moment(first.saved_at)
    assert answers.asked == [f"Start1/Finish1 was saved on {when} ({tasks} tasks). Overwrite it?"]
    assert doc.undo_stack.count() == steps  # No: nothing done
    answers.confirm = True
    _set(window, answers, 1)
    assert len(answers.asked) == 2
    assert doc.undo_stack.count() == steps + 1
    _set(window, answers, 2)  # another slot, free: no question
    assert len(answers.asked) == 2


def test_selected_tasks_update_their_entries_without_asking(window, answers):
    doc = window.document
    _set(window, answers, 3)
    window.tree.select_uids([doc.plan.tasks[-1].uid])
    _set(window, answers, 3, selected=True)
    assert answers.asked == []


def test_into_marks_the_interim_plans_in_use(qtbot, window, answers):
    _set(window, answers, 2)
    interims = window.document.plan.interims
    tasks = len(window.document.plan.tasks)
    shown = interim_choices(interims)
    assert shown[0] == "Start1/Finish1"
    unknown = {2: replace(interims[2], saved_at=None)}  # set before the file kept a time
    assert shown[1] == f"Start2/Finish2 (last saved on {saved_moment(interims[2].saved_at)})"
    assert interim_choices(unknown)[1] == f"Start2/Finish2 (in use, {tasks} tasks)"
    assert interim_overwrite_question(unknown[2]).startswith("Start2/Finish2 is in use")
    dialog = SetBaselineDialog(False, {}, None, interims)
    qtbot.addWidget(dialog)
    dialog.set_interim.setChecked(True)
    dialog.into.setCurrentIndex(1)
    assert dialog.into.currentText() == shown[1]
    assert dialog.answer()[4] == InterimChoice(2, None)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.grab().save("/tmp/s27sx_set_interim_in_use.png")
