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
