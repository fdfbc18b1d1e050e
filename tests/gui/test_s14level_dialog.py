"""Project > Leveling Options…: the order and splits in remaining work, kept and used."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QPushButton

from app.domain.leveling import LevelingOptions, LevelingOrder
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.report.indicators import TaskIndicators
from app.store.document import GantryFile, read_plan
from app.ui.dialogs.leveling_dialog import LevelingDialog, set_options

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    """'Build' half done (Mon-Thu), 'Audit' from Wednesday at priority 900: both Ana's."""
    plan = Plan(project=Project(start=MON))
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


@pytest.fixture
def window(session, tmp_path, qtbot):
    path = tmp_path / "split.gantry"
    GantryFile.create(path, _plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def test_the_dialog_shows_and_returns_the_options(qtbot):
    dialog = LevelingDialog(LevelingOptions(LevelingOrder.ID_ONLY, split_remaining=False))
    qtbot.addWidget(dialog)
    assert dialog.order.currentText() == "ID Only"
    assert not dialog.splits.isChecked()
    assert [dialog.order.itemText(k) for k in range(3)] == [
        "Standard",
        "ID Only",
        "Priority, Standard",
    ]
    dialog.order.setCurrentIndex(2)
    assert "priority" in dialog.help.text().lower()
    dialog.splits.setChecked(True)
    assert dialog.options() == LevelingOptions(LevelingOrder.PRIORITY_STANDARD, True)
    level_all = dialog.findChild(QPushButton, "level_all")
    assert level_all.text() == "Level &All"  # Alt+A (s29lv: access keys)
    level_all.click()
    assert dialog.level_now
    assert dialog.result() == LevelingDialog.DialogCode.Accepted


def _ask(options, level_now):
    return classmethod(lambda cls, current, parent=None: (options, level_now))


def test_level_all_with_splits_pauses_the_work_left_and_the_gantt_draws_it(
    window, monkeypatch, tmp_path
):
    doc = window.document
    assert doc.plan.project.leveling == LevelingOptions()  # MS Project's defaults
    monkeypatch.setattr(LevelingDialog, "ask", _ask(LevelingOptions(), True))
    window.action_collection["leveling_options"].trigger()
    build = doc.plan.task(1)
    assert build.splits == (Split(2 * DAY, 2 * DAY),)
    assert doc.schedule[1].start == MON
    assert doc.schedule[1].finish == datetime(2026, 1, 12, 17, 0)
    assert "1 started, split" in window.statusBar().currentMessage()
    window.resize(1200, 500)
    window.show()
    window.grab().save(str(tmp_path / "split.png"))
    assert "Leveling split: work left resumes 2d later" in window.gantt.tooltip_text(1)
    marks = TaskIndicators(doc.plan, doc.schedule).tooltip(1)
    assert "Leveling split this task: its work left resumes 2d later" in marks
    saved = read_plan(tmp_path / "split.gantry").task(1)  # each edit is in the file at once
    assert (saved.splits, saved.leveling_delay_minutes) == (build.splits, 2 * DAY)
    doc.undo_stack.undo()
    assert doc.plan.task(1).splits == ()
    saved = read_plan(tmp_path / "split.gantry").task(1)
    assert (saved.splits, saved.leveling_delay_minutes) == ((), 0)


def test_options_are_kept_and_level_resources_uses_them(window, monkeypatch):
    doc = window.document
    off = LevelingOptions(LevelingOrder.PRIORITY_STANDARD, split_remaining=False)
    monkeypatch.setattr(LevelingDialog, "ask", _ask(off, False))
    window.action_collection["leveling_options"].trigger()
    assert doc.plan.project.leveling == off  # the plan's, since schema v13
    assert doc.undo_stack.count() == 1  # OK changes the plan; nothing is leveled yet
    window.action_collection["level_resources"].trigger()
    assert doc.plan.task(1).splits == ()
    assert doc.plan.task(2).leveling_delay_minutes == 2 * DAY
    assert doc.schedule[2].start == datetime(2026, 1, 9, 8, 0)


def test_the_team_views_button_levels_with_the_plans_options(window):
    set_options(window.document, LevelingOptions(split_remaining=False))
    window.show_view("team")
    window.views["team"].actions_by_id["team_level_resources"].trigger()
    doc = window.document
    assert doc.plan.task(1).splits == ()
    assert doc.plan.task(2).leveling_delay_minutes == 2 * DAY
    doc.undo_stack.undo()
    set_options(doc, LevelingOptions())
    window.views["team"].actions_by_id["team_level_resources"].trigger()
    assert doc.plan.task(1).splits == (Split(2 * DAY, 2 * DAY),)
