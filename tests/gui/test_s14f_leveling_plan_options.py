"""Project > Leveling Options… shows and changes the plan's own options (saved in its
.gantry file) as one undoable edit; two plans open at once level each their own way."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.leveling_options import LevelingOptions, LevelingOrder
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.store.document import GantryFile, read_plan
from app.ui.dialogs.leveling_dialog import LevelingDialog

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
OFF = LevelingOptions(LevelingOrder.ID_ONLY, split_remaining=False)
DEFAULTS = LevelingOptions()


def _plan(options: LevelingOptions = DEFAULTS) -> Plan:
    """'Build' half done (Mon-Thu), 'Audit' from Wednesday at priority 900: both Ana's."""
    plan = Plan(project=Project(start=MON, leveling=options))
    plan.append_task(
        Task(1, "Build", duration_minutes=4 * DAY, actual_start=MON, percent_complete=50.0)
    )
    plan.append_task(
        Task(
            2,
            "Audit",
            duration_minutes=2 * DAY,
            priority=900,
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2026, 1, 7, 8, 0),
        )
    )
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 4 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    return plan


def _open(session, qtbot, path, plan):
    GantryFile.create(path, plan).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


@pytest.fixture
def window(session, tmp_path, qtbot):
    return _open(session, qtbot, tmp_path / "split.gantry", _plan())


def _answer(monkeypatch, options, level_now=False):
    shown: list[LevelingOptions] = []

    def ask(cls, current, parent=None):
        shown.append(current)
        return options, level_now

    monkeypatch.setattr(LevelingDialog, "ask", classmethod(ask))
    return shown


def test_ok_changes_the_plan_as_one_undoable_step_kept_in_the_file(window, monkeypatch, tmp_path):
    doc = window.document
    path = tmp_path / "split.gantry"
    shown = _answer(monkeypatch, OFF)
    window.action_collection["leveling_options"].trigger()
    assert shown == [LevelingOptions()]  # the dialog opened on the plan's options
    assert doc.plan.project.leveling == OFF
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Change leveling options"
    assert read_plan(path).project.leveling == OFF  # in the file at once
    doc.undo_stack.undo()
    assert doc.plan.project.leveling == LevelingOptions()
    assert read_plan(path).project.leveling == LevelingOptions()
    doc.undo_stack.redo()
    assert read_plan(path).project.leveling == OFF
    shown = _answer(monkeypatch, OFF)
    window.action_collection["leveling_options"].trigger()
    assert shown == [OFF]  # shown as the plan now has them
    assert doc.undo_stack.count() == 1  # the same options again: no new step


def test_cancel_changes_nothing(window, monkeypatch):
    monkeypatch.setattr(LevelingDialog, "ask", classmethod(lambda cls, c, p=None: None))
    window.action_collection["leveling_options"].trigger()
    assert window.document.undo_stack.count() == 0
    assert window.document.plan.project.leveling == LevelingOptions()


def test_a_plan_saved_with_options_levels_with_them_on_opening(session, qtbot, tmp_path):
    win = _open(session, qtbot, tmp_path / "off.gantry", _plan(OFF))
    win.action_collection["level_resources"].trigger()
    doc = win.document
    assert doc.plan.task(1).splits == ()  # no splits in remaining work: Audit waits
    assert doc.plan.task(2).leveling_delay_minutes == 2 * DAY


def test_two_plans_level_each_their_own_way(session, qtbot, tmp_path):
    split = _open(session, qtbot, tmp_path / "split.gantry", _plan())
    whole = _open(session, qtbot, tmp_path / "whole.gantry", _plan(OFF))
    for win in (split, whole):
        win.show_view("team")
        win.views["team"].actions_by_id["team_level_resources"].trigger()
    assert split.document.plan.task(1).splits == (Split(2 * DAY, 2 * DAY),)
    assert whole.document.plan.task(1).splits == ()


def test_level_all_undoes_leveling_and_the_options_together(window, monkeypatch):
    doc = window.document
    on = LevelingOptions(LevelingOrder.PRIORITY_STANDARD, split_remaining=True)
    _answer(monkeypatch, on, level_now=True)
    window.action_collection["leveling_options"].trigger()
    assert doc.plan.project.leveling == on
    assert doc.plan.task(1).splits == (Split(2 * DAY, 2 * DAY),)
    doc.undo_stack.undo()  # one step (test_s14g_level_all_one_step)
    assert doc.plan.task(1).splits == ()
    assert doc.plan.project.leveling == LevelingOptions()
