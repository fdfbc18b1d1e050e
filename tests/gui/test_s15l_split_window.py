"""In the window: Level All splits a task not started around a clash, as one undo step; the
Gantt draws its parts; Clear Leveling takes the split out, also after the file is reopened."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.leveling import LevelingOptions
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.splits import Split, TaskClocks
from app.domain.task import ConstraintType, Task
from app.store.document import GantryFile, read_plan
from app.ui.dialogs.leveling_dialog import ClearLevelingDialog, LevelingDialog

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
PAUSE = (Split(2 * DAY, DAY, leveling=True),)


def _plan() -> Plan:
    """Ana's 'Workshop' must start on Wednesday; her 3-day 'Build' would run through it."""
    plan = Plan(project=Project(name="Clash", start=MON))
    plan.append_task(
        Task(
            1,
            "Workshop",
            duration_minutes=DAY,
            constraint_type=ConstraintType.MSO,
            constraint_date=datetime(2026, 1, 7, 8, 0),
        )
    )
    plan.append_task(Task(2, "Build", duration_minutes=3 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 3 * DAY))
    return plan


def _open(session, qtbot, path):
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "clash.gantry"
    GantryFile.create(path, _plan()).close()
    return path


def test_level_resources_splits_and_undo_redo_clear_take_it_along(
    session, qtbot, path, monkeypatch
):
    # Clear Leveling asks: Entire project
    monkeypatch.setattr(ClearLevelingDialog, "ask", classmethod(lambda cls, *_: False))
    window = _open(session, qtbot, path)
    doc = window.document
    assert overallocated_resources(doc.plan, doc.schedule) == {1}
    window.action_collection["level_resources"].trigger()
    assert doc.plan.task(2).splits == PAUSE
    assert overallocated_resources(doc.plan, doc.schedule) == set()
    assert doc.schedule.times[2].finish == datetime(2026, 1, 8, 17, 0)
    assert "Split 1 task around a clash: 'Build'" in window.statusBar().currentMessage()
    assert read_plan(path).task(2).splits == PAUSE  # saved at once, as leveling's
    doc.undo_stack.undo()
    assert doc.plan.task(2).splits == ()
    assert overallocated_resources(doc.plan, doc.schedule) == {1}
    doc.undo_stack.redo()
    assert doc.plan.task(2).splits == PAUSE
    window.action_collection["clear_leveling"].trigger()
    assert doc.plan.task(2).splits == ()
    assert read_plan(path).task(2).splits == ()
    doc.undo_stack.undo()  # undoing the clear puts the split back
    assert doc.plan.task(2).splits == PAUSE


def test_clear_leveling_after_reopening_takes_the_split_out(session, qtbot, path, monkeypatch):
    # Clear Leveling asks: Entire project
    monkeypatch.setattr(ClearLevelingDialog, "ask", classmethod(lambda cls, *_: False))
    window = _open(session, qtbot, path)
    window.action_collection["level_resources"].trigger()
    window.close()
    again = _open(session, qtbot, path)
    assert again.document.plan.task(2).splits == PAUSE
    again.action_collection["clear_leveling"].trigger()
    assert again.document.plan.task(2).splits == ()
    assert overallocated_resources(again.document.plan, again.document.schedule) == {1}


def test_level_all_without_splits_delays_the_whole_task(session, qtbot, path, monkeypatch):
    window = _open(session, qtbot, path)
    off = LevelingOptions(split_remaining=False)
    monkeypatch.setattr(
        LevelingDialog, "ask", classmethod(lambda cls, current, parent=None: (off, True))
    )
    window.action_collection["leveling_options"].trigger()
    doc = window.document
    assert doc.plan.task(2).splits == ()
    assert doc.plan.task(2).leveling_delay_minutes == 3 * DAY


def test_the_gantt_draws_the_parts(session, qtbot, path):
    window = _open(session, qtbot, path)
    window.resize(1400, 700)
    window.show()
    window.action_collection["level_resources"].trigger()
    qtbot.wait(50)
    window.grab().save("/tmp/s15l_window.png")  # to look at: the two parts and the pause
    doc = window.document
    parts = TaskClocks(doc.plan).parts(doc.plan.task(2), doc.schedule.times[2])
    assert parts == (
        (MON, datetime(2026, 1, 6, 17, 0)),
        (datetime(2026, 1, 8, 8, 0), datetime(2026, 1, 8, 17, 0)),
    )


def test_leveling_again_changes_nothing_and_adds_no_step(session, qtbot, path):
    window = _open(session, qtbot, path)
    doc = window.document
    window.action_collection["level_resources"].trigger()
    assert doc.undo_stack.count() == 1
    window.action_collection["level_resources"].trigger()
    assert doc.undo_stack.count() == 1  # the same split: nothing to apply
    assert doc.plan.task(2).splits == PAUSE
    assert "Nothing had to move" not in window.statusBar().currentMessage()


def test_the_bar_s_tooltip_says_leveling_split_it(session, qtbot, path):
    window = _open(session, qtbot, path)
    assert "Leveling split" not in window.gantt.tooltip_text(2)
    window.action_collection["level_resources"].trigger()
    assert "Leveling split: paused 1d" in window.gantt.tooltip_text(2)
    assert "Leveling" not in window.gantt.tooltip_text(1)
