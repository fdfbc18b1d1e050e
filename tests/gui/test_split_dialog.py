"""Split Task… and Remove Splits: one undo step each, refused where MS Project refuses."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime

from app.domain.splits import Split
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.split_dialog import SplitDialog, remove_splits, split_task
from app.ui.document import Document
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

DAY = 480


@pytest.fixture
def doc(plan):
    return Document(plan)


def _dialog(doc, qtbot, uid, at, pause):
    dialog = SplitDialog(doc, uid)
    qtbot.addWidget(dialog)
    dialog.at.setDateTime(QDateTime(at))
    dialog.pause.setText(pause)
    dialog.accept()
    return dialog


def test_split_moves_the_finish_by_the_pause_in_one_undo_step(doc, qtbot):
    before = doc.schedule[5]
    assert before.start == datetime(2026, 3, 6, 8)  # Code: Fri 6 March, 5 days
    # stop after Fri 6 and Mon 9, idle Tue 10 and Wed 11
    dialog = _dialog(doc, qtbot, 5, datetime(2026, 3, 10, 8), "2d")
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert doc.plan.task(5).splits == (Split(2 * DAY, 2 * DAY),)
    assert doc.plan.task(5).duration_minutes == 5 * DAY
    after = doc.schedule[5]
    assert before.finish == datetime(2026, 3, 12, 17)
    assert after.finish == datetime(2026, 3, 16, 17)  # two working days later
    assert doc.schedule[6].start == datetime(2026, 3, 17, 8)  # the successor follows
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Split task 'Code'"
    doc.undo_stack.undo()
    assert doc.plan.task(5).splits == ()
    assert doc.schedule[5].finish == before.finish
    doc.undo_stack.redo()
    assert doc.schedule[5].finish == after.finish


def test_bad_pause_or_point_keeps_the_dialog_open(doc, qtbot):
    dialog = _dialog(doc, qtbot, 5, datetime(2026, 3, 10, 8), "soon")
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "not a duration" in dialog.error.text()
    dialog = _dialog(doc, qtbot, 5, datetime(2026, 3, 2, 8), "1d")  # before Code starts
    assert "after the task's start" in dialog.error.text()
    assert doc.undo_stack.count() == 0
    assert doc.plan.task(5).splits == ()


@pytest.fixture
def window(tmp_path, qtbot):
    plan = build_plan()
    plan.update_task(replace(plan.task(6), manual=True, start=datetime(2026, 3, 16, 8)))
    path = tmp_path / "split.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


@pytest.mark.parametrize(
    ("uid", "reason"),
    [(1, "is a summary task"), (7, "is a milestone"), (6, "is manually scheduled")],
)
def test_split_task_is_refused_with_the_reason(window, monkeypatch, uid, reason):
    asked = []
    monkeypatch.setattr(SplitDialog, "ask", classmethod(lambda cls, *a: asked.append(a)))
    window.tree.select_uids([uid])
    action = window.action_collection["split_task"]
    assert not action.isEnabled()  # greyed (s17keys), its tips saying why
    assert reason in action.statusTip()
    assert reason in action.toolTip()
    split_task(window)  # called another way, it still says why in the status bar
    assert asked == []
    assert reason in window.statusBar().currentMessage()


def test_split_task_opens_the_dialog_and_remove_splits_is_one_step(window, monkeypatch):
    asked = []
    monkeypatch.setattr(
        SplitDialog, "ask", classmethod(lambda cls, doc, uid, parent: asked.append(uid))
    )
    window.tree.select_uids([5])
    window.action_collection["split_task"].trigger()
    assert asked == [5]
    doc = window.document
    assert not window.action_collection["remove_splits"].isEnabled()  # greyed (s17keys)
    remove_splits(window)  # called another way, it still says why in the status bar
    assert "None of the selected tasks is split" in window.statusBar().currentMessage()
    plan = doc.plan
    with plan.batch():
        plan.update_task(replace(plan.task(5), splits=(Split(DAY, DAY),)))
        plan.update_task(replace(plan.task(3), splits=(Split(DAY // 2, DAY),)))
    window.tree.select_uids([3, 5])
    count = doc.undo_stack.count()
    window.action_collection["remove_splits"].trigger()
    assert plan.task(5).splits == plan.task(3).splits == ()
    assert doc.undo_stack.count() == count + 1
    assert doc.undo_stack.undoText() == "Remove splits of 2 tasks"
    doc.undo_stack.undo()
    assert plan.task(5).splits == (Split(DAY, DAY),)


def test_dialog_offers_the_middle_of_the_work_and_a_second_split_adds_up(doc, qtbot):
    dialog = SplitDialog(doc, 5)
    qtbot.addWidget(dialog)
    # Code: Fri 6 .. Thu 12 March, 5 days: half its work is done Tue 10 at noon
    assert dialog.at.dateTime().toPython() == datetime(2026, 3, 10, 12)
    assert dialog.pause.text() == "1d"
    dialog.accept()
    assert doc.plan.task(5).splits == (Split(int(2.5 * DAY), DAY),)
    # resumed Wed 11 at 13:00, 4 days done by Fri 13 08:00: idle on Fri 13, last day Mon 16
    _dialog(doc, qtbot, 5, datetime(2026, 3, 13, 8), "1d")
    assert doc.plan.task(5).splits == (Split(int(2.5 * DAY), DAY), Split(4 * DAY, DAY))
    assert doc.schedule[5].finish == datetime(2026, 3, 16, 17)
    assert doc.schedule[5].duration_minutes == 5 * DAY
