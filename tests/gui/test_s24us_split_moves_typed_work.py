"""A split made after work was typed into Usage periods moves the typed work with the task's
work, as MS Project shifts an assignment's timephased work past a new pause: Anna's 16 h typed
into week 3 of Design lie in week 4 once a week's pause is put after week 1, and Remove
Splits brings them back. One undo step takes the split and the move back; gantry diff names
the pause and the typed week that moved."""

from __future__ import annotations

from datetime import datetime

from app.cli import main
from app.domain.assignment_work import apply_edit
from app.domain.scheduler import schedule
from app.domain.usage_typed_work import typing_edit
from app.formats import write_plan
from app.ui.commands import SplitTaskCommand, execute
from app.ui.dialogs.split_dialog import SplitDialog
from app.ui.document import Document
from tests.test_s23us_typed_period import H, anna_plan, typed, week, weekly

TYPED = [40.0, 40.0, 16.0, 40.0, 0.0]


def _document() -> Document:
    plan = anna_plan()
    typed(plan, 3, 16 * H)
    assert weekly(plan) == TYPED
    return Document(plan)


def _split_after_week_1(doc: Document, qtbot) -> None:
    dialog = SplitDialog(doc, 1)
    qtbot.addWidget(dialog)
    dialog.at.setDateTime(datetime(2027, 3, 8, 8, 0))  # week 2's Monday
    dialog.pause.setText("1w")
    dialog.accept()


def test_s24us_a_split_moves_the_typed_week_with_the_work(qtbot):
    doc = _document()
    before = doc.plan.assignment(1)
    steps = doc.undo_stack.count()
    _split_after_week_1(doc, qtbot)
    assert doc.plan.task(1).splits  # split
    assert weekly(doc.plan) == [40.0, 0.0, 40.0, 16.0, 40.0]
    assert doc.plan.assignment(1).work_minutes == before.work_minutes
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()  # one step: the pause and the move
    assert doc.plan.task(1).splits == ()
    assert doc.plan.assignment(1) == before
    assert weekly(doc.plan) == TYPED
    doc.undo_stack.redo()
    assert weekly(doc.plan) == [40.0, 0.0, 40.0, 16.0, 40.0]


def test_s24us_remove_splits_brings_the_typed_week_back(qtbot):
    doc = _document()
    before = doc.plan.assignment(1)
    _split_after_week_1(doc, qtbot)
    execute(doc, SplitTaskCommand(doc, 1, (), "Remove splits of 'Design'"))
    assert weekly(doc.plan) == TYPED
    assert doc.plan.assignment(1).edited_work == before.edited_work


def test_s24us_gantry_diff_names_the_pause_and_the_typed_week_moved(qtbot, tmp_path, capsys):
    doc = _document()
    old = tmp_path / "before.gantry"
    write_plan(doc.plan, old)
    _split_after_week_1(doc, qtbot)
    new = tmp_path / "after.gantry"
    write_plan(doc.plan, new)
    capsys.readouterr()
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "Splits none -> 'after 5d, 5d off'" in out
    assert "2027-03-22 to 2027-03-26 3.2h a day; " in out  # the typed week, now week 4


def test_s24us_typing_on_a_split_task_keeps_the_pause_free(qtbot):
    doc = _document()
    _split_after_week_1(doc, qtbot)
    plan = doc.plan
    apply_edit(plan, typing_edit(plan, schedule(plan), 1, *week(5), 20 * H))
    assert weekly(plan) == [40.0, 0.0, 40.0, 16.0, 20.0]
