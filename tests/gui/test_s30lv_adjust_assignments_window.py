"""The window's side of "Leveling can adjust individual assignments on a task": the Resource
Leveling dialog's checkbox (kept with the plan's Leveling Options) and Task Information >
Advanced's Level Assignments (on by default, one undo step), then Level Resources and Clear
Leveling's undo step on the plan of tests/test_s30lv_adjust_assignments.py: only Ben's
assignment on 'Write' waits, and one Undo takes it back."""

from __future__ import annotations

from dataclasses import replace

from app.domain.leveling import LevelingOptions
from app.domain.leveling_options import LevelingBasis
from app.ui.dialogs.leveling_dialog import LevelingDialog
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from tests.test_s30lv_adjust_assignments import DAY, _plan


def test_s30lv_the_dialog_offers_and_returns_the_option(qtbot) -> None:
    dialog = LevelingDialog(LevelingOptions())
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert not dialog.adjust.isChecked()  # a plan levels whole tasks unless chosen
    dialog.adjust.setChecked(True)
    assert dialog.options().adjust_assignments
    again = LevelingDialog(replace(LevelingOptions(), adjust_assignments=True))
    qtbot.addWidget(again)
    assert again.adjust.isChecked()


def test_s30lv_task_information_keeps_level_assignments(qtbot) -> None:
    doc = Document(_plan())
    dialog = TaskDialog(doc, 2)
    qtbot.addWidget(dialog)
    assert dialog.level_assignments.isChecked()  # on by default, as MS Project's
    dialog.level_assignments.setChecked(False)
    dialog.accept()
    assert not doc.plan.task(2).level_assignments
    doc.undo_stack.undo()
    assert doc.plan.task(2).level_assignments


def test_s30lv_level_and_clear_in_the_window(qtbot) -> None:
    from app.domain.leveling import level, without_leveling
    from app.ui.team.commands import SetLevelingDelaysCommand

    plan = _plan()
    options = LevelingOptions(basis=LevelingBasis.MINUTE, adjust_assignments=True)
    plan.project = replace(plan.project, leveling=options)
    doc = Document(plan)
    base = without_leveling(doc.plan)
    result = level(base, doc.schedule, options=options)
    doc.undo_stack.push(SetLevelingDelaysCommand.level(doc, result))
    assert doc.plan.assignment(3).leveling_delay_minutes == 2 * DAY
    assert doc.plan.task(2).duration_minutes == 4 * DAY
    doc.undo_stack.undo()  # one step takes it all back
    assert doc.plan.assignment(3).leveling_delay_minutes == 0
    assert doc.plan.task(2).duration_minutes == 2 * DAY
    doc.undo_stack.redo()
    assert doc.plan.assignment(3).leveling_delay_minutes == 2 * DAY


def _window(session, tmp_path, qtbot, automatic: bool):
    from app.store.document import GantryFile

    plan = _plan()
    options = LevelingOptions(
        basis=LevelingBasis.MINUTE, adjust_assignments=True, automatic=automatic
    )
    plan.project = replace(plan.project, leveling=options)
    path = tmp_path / "docs.gantry"
    GantryFile.create(path, plan).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.auto_leveler._timer.setInterval(10)
    return win, path


def test_s30lv_level_resources_in_the_window_then_undo(session, tmp_path, qtbot) -> None:
    from app.store.document import read_plan

    win, path = _window(session, tmp_path, qtbot, automatic=False)
    doc = win.document
    win.action_collection["level_resources"].trigger()
    assert doc.plan.assignment(3).leveling_delay_minutes == 2 * DAY  # only Ben waits
    assert doc.plan.task(2).leveling_delay_minutes == 0
    assert read_plan(path).assignment(3).leveling_delay_minutes == 2 * DAY  # saved at once
    doc.undo_stack.undo()  # one step
    assert doc.plan.assignment(3).leveling_delay_minutes == 0
    assert doc.plan.task(2).duration_minutes == 2 * DAY
    win.close()


def test_s30lv_automatic_leveling_adjusts_the_assignment(session, tmp_path, qtbot) -> None:
    from app.ui.commands import EditTaskCommand, execute

    win, _path = _window(session, tmp_path, qtbot, automatic=True)
    doc = win.document
    # Meet grows to 3 days: Ben is busy until Wednesday evening
    execute(doc, EditTaskCommand(doc, 1, "Duration of 'Meet'", duration_minutes=3 * DAY))
    qtbot.waitUntil(lambda: not win.auto_leveler.pending, timeout=20000)
    qtbot.waitUntil(lambda: doc.plan.assignment(3).leveling_delay_minutes == 3 * DAY, timeout=20000)
    assert doc.plan.task(2).leveling_delay_minutes == 0  # Write still starts with Ana
    assert doc.undo_stack.count() == 1  # the edit and its leveling: one step
    win.close()
