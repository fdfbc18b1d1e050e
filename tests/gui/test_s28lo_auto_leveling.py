"""Leveling Options' new choices in the window: the dialog shows and returns the basis,
"Clear leveling values before leveling" and "Leveling calculations"; with Automatic, an
edit that makes a clash is leveled a moment later, and one Undo takes back both."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.leveling_options import LevelingBasis, LevelingOptions
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile, read_plan
from app.ui.commands import EditTaskCommand, execute
from app.ui.dialogs.leveling_dialog import LevelingDialog

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan(automatic: bool) -> Plan:
    """Ana on Dig (2 days) and Fill (1 day, starting Thursday: no clash yet)."""
    plan = Plan(project=Project(name="Auto", start=MON))
    plan.append_task(Task(1, "Dig", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Fill", duration_minutes=DAY, leveling_delay_minutes=3 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, DAY))
    options = replace(plan.project.leveling, automatic=automatic, clear_first=False)
    plan.project = replace(plan.project, leveling=options)
    return plan


def _window(session, tmp_path, qtbot, automatic: bool):
    path = tmp_path / "auto.gantry"
    GantryFile.create(path, _plan(automatic)).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.auto_leveler._timer.setInterval(10)
    return win, path


def test_s28lo_dialog_shows_and_returns_the_new_options(qtbot):
    chosen = LevelingOptions(basis=LevelingBasis.WEEK, clear_first=False, automatic=True)
    dialog = LevelingDialog(chosen)
    qtbot.addWidget(dialog)
    assert dialog.basis.currentText() == "Week by Week"
    assert not dialog.clear_first.isChecked()
    assert dialog.automatic.isChecked()
    assert dialog.options() == chosen
    # back to the defaults: Day by Day is MS Project's (and Gantry's since s29lv)
    dialog.basis.setCurrentIndex(dialog.basis.findText("Day by Day"))
    dialog.clear_first.setChecked(True)
    dialog.manual.setChecked(True)
    assert dialog.options() == LevelingOptions()
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.grab().save("/tmp/s28lo_dialog.png")
    dialog.close()


def test_s28lo_automatic_levels_an_edit_as_one_undo_step(session, tmp_path, qtbot):
    win, path = _window(session, tmp_path, qtbot, automatic=True)
    doc = win.document
    # Dig grows to 4 days: Ana now works on Dig and Fill on Thursday
    execute(doc, EditTaskCommand(doc, 1, "Duration of 'Dig'", duration_minutes=4 * DAY))
    qtbot.waitUntil(lambda: not win.auto_leveler.pending, timeout=20000)
    qtbot.waitUntil(lambda: doc.plan.task(2).leveling_delay_minutes == 4 * DAY, timeout=20000)
    assert doc.undo_stack.count() == 1  # the edit and its leveling: one step
    assert read_plan(path).task(2).leveling_delay_minutes == 4 * DAY
    doc.undo_stack.undo()
    assert doc.plan.task(1).duration_minutes == 2 * DAY
    assert doc.plan.task(2).leveling_delay_minutes == 3 * DAY  # as it was, kept
    doc.undo_stack.redo()
    assert doc.plan.task(2).leveling_delay_minutes == 4 * DAY
    qtbot.wait(50)
    assert not win.auto_leveler.pending  # Redo levels nothing again
    win.close()


@pytest.mark.parametrize("automatic", [False])
def test_s28lo_manual_leaves_the_clash(session, tmp_path, qtbot, automatic):
    win, _path = _window(session, tmp_path, qtbot, automatic)
    doc = win.document
    execute(doc, EditTaskCommand(doc, 1, "Duration of 'Dig'", duration_minutes=4 * DAY))
    qtbot.wait(100)
    assert not win.auto_leveler.pending
    assert doc.plan.task(2).leveling_delay_minutes == 3 * DAY
    win.close()


def test_s28lo_level_resources_keeps_delays_when_told(session, tmp_path, qtbot):
    win, _path = _window(session, tmp_path, qtbot, automatic=False)
    doc = win.document
    win.action_collection["level_resources"].trigger()
    assert doc.plan.task(2).leveling_delay_minutes == 3 * DAY  # kept: no clash needs more
    options = replace(doc.plan.project.leveling, clear_first=True)
    doc.plan.project = replace(doc.plan.project, leveling=options)
    win.action_collection["level_resources"].trigger()
    assert doc.plan.task(2).leveling_delay_minutes == 2 * DAY  # cleared first: after Dig
    win.close()


def test_s28lo_quick_edits_level_once_with_the_last(session, tmp_path, qtbot):
    win, _path = _window(session, tmp_path, qtbot, automatic=True)
    win.auto_leveler._timer.setInterval(300)  # both edits come before it fires
    doc = win.document
    execute(doc, EditTaskCommand(doc, 1, "Duration of 'Dig'", duration_minutes=3 * DAY))
    execute(doc, EditTaskCommand(doc, 1, "Duration of 'Dig'", duration_minutes=4 * DAY))
    qtbot.waitUntil(lambda: doc.plan.task(2).leveling_delay_minutes == 4 * DAY, timeout=20000)
    qtbot.waitUntil(lambda: not win.auto_leveler.pending, timeout=20000)
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()  # the last edit and the leveling that came with it
    assert doc.plan.task(1).duration_minutes == 3 * DAY
    assert doc.plan.task(2).leveling_delay_minutes == 3 * DAY
    qtbot.wait(400)
    assert not win.auto_leveler.pending  # Undo levels nothing
    assert doc.plan.task(2).leveling_delay_minutes == 3 * DAY
    win.close()
