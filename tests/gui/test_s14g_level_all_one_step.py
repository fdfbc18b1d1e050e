"""Leveling Options… with Level All is one undo step: Undo puts back the options and the delays.

It was two (the options, then the leveling): one Undo took the delays away and left the
plan on options the user had tried once, a second one was needed for those.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.leveling import LevelingOptions, LevelingOrder
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile, read_plan
from app.ui.background import Cancelled
from app.ui.dialogs.leveling_dialog import LevelingDialog
from app.ui.team import leveling_actions

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
ID_ONLY = LevelingOptions(LevelingOrder.ID_ONLY, split_remaining=False)


def _plan() -> Plan:
    """Two tasks of Ana's on the same two days: leveling delays one of them."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Review", duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    return plan


@pytest.fixture
def window(session, tmp_path, qtbot):
    path = tmp_path / "clash.gantry"
    GantryFile.create(path, _plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def _level_all(window, monkeypatch, options):
    monkeypatch.setattr(
        LevelingDialog, "ask", classmethod(lambda cls, current, parent=None: (options, True))
    )
    window.action_collection["leveling_options"].trigger()


def _delays(plan):
    return [t.leveling_delay_minutes for t in plan.tasks]


def test_level_all_with_new_options_is_one_step_and_undo_puts_both_back(
    window, monkeypatch, tmp_path
):
    doc = window.document
    _level_all(window, monkeypatch, ID_ONLY)
    assert doc.plan.project.leveling == ID_ONLY
    assert _delays(doc.plan) == [0, 2 * DAY]
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Level all with new options"
    doc.undo_stack.undo()
    assert doc.plan.project.leveling == LevelingOptions()
    assert _delays(doc.plan) == [0, 0]
    assert doc.schedule[2].start == MON
    saved = read_plan(tmp_path / "clash.gantry")  # the file follows the undo
    assert (saved.project.leveling, _delays(saved)) == (LevelingOptions(), [0, 0])
    doc.undo_stack.redo()
    assert doc.plan.project.leveling == ID_ONLY
    assert _delays(doc.plan) == [0, 2 * DAY]
    assert doc.schedule[2].start == datetime(2026, 1, 7, 8, 0)


def test_level_all_with_the_same_options_is_the_leveling_alone(window, monkeypatch):
    doc = window.document
    _level_all(window, monkeypatch, LevelingOptions())
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Level resources"


def test_new_options_with_nothing_to_level_are_the_options_change(window, monkeypatch):
    doc = window.document
    doc.plan.remove_assignment(2)  # no clash left
    doc.undo_stack.clear()
    _level_all(window, monkeypatch, ID_ONLY)
    assert doc.plan.project.leveling == ID_ONLY
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Change leveling options"


def test_a_cancelled_level_all_changes_nothing(window, monkeypatch):
    doc = window.document

    def cancel(*args, **kwargs):
        raise Cancelled

    monkeypatch.setattr(leveling_actions, "leveling_and_finish", cancel)  # what Level All runs
    _level_all(window, monkeypatch, ID_ONLY)
    assert doc.plan.project.leveling == LevelingOptions()
    assert _delays(doc.plan) == [0, 0]
    assert doc.undo_stack.count() == 0
    assert "cancelled" in window.statusBar().currentMessage()
