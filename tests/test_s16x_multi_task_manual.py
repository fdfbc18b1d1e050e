"""Multiple Task Information turning tasks manually scheduled keeps each where it is
scheduled (MS Project leaves the bars where they are), with a duration typed in the same
step ending the bar one duration after that start; undo puts them back."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt

from app.ui.commands import execute
from app.ui.dialogs.multi_task_dialog import MultiTaskDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


def _doc() -> Document:
    """The sample plan, its Code and Test tasks holding dates of an old save (the first
    day), as a file does once a predecessor has grown since."""
    plan = build_plan()
    old_start, old_finish = datetime(2026, 3, 2, 8, 0), datetime(2026, 3, 6, 17, 0)
    for uid in (5, 6):
        plan.update_task(replace(plan.task(uid), start=old_start, finish=old_finish))
    return Document(plan)


def _spans(doc, uids):
    return [(doc.schedule[u].start, doc.schedule[u].finish) for u in uids]


def _ok(qtbot, doc, uids, fill):
    dialog = MultiTaskDialog(doc, uids)
    qtbot.addWidget(dialog)
    fill(dialog)
    command = dialog.command()
    assert command is not None
    execute(doc, command)


def test_made_manual_the_tasks_stay_where_they_are_scheduled(qtbot):
    doc = _doc()
    before = _spans(doc, [5, 6])
    assert before[0][0] > datetime(2026, 3, 2, 8, 0)  # Code follows Specs and Review

    _ok(qtbot, doc, [5, 6], lambda d: d.manual.setCheckState(Qt.CheckState.Checked))

    plan = doc.plan
    assert [plan.task(u).manual for u in (5, 6)] == [True, True]
    assert _spans(doc, [5, 6]) == before
    doc.undo_stack.undo()
    assert [plan.task(u).manual for u in (5, 6)] == [False, False]
    assert _spans(doc, [5, 6]) == before


def test_made_manual_with_a_duration_the_bar_is_that_long_from_its_start(qtbot):
    doc = _doc()
    # Code from Friday (after Specs 3d and Review 1d), Test from the Friday after
    assert [s for s, _f in _spans(doc, [5, 6])] == [
        datetime(2026, 3, 6, 8, 0),
        datetime(2026, 3, 13, 8, 0),
    ]

    def fill(dialog):
        dialog.manual.setCheckState(Qt.CheckState.Checked)
        dialog.duration.setText("2d")

    _ok(qtbot, doc, [5, 6], fill)

    plan = doc.plan
    assert [plan.task(u).duration_minutes for u in (5, 6)] == [960, 960]
    # two working days from where each was: Friday and the Monday after
    assert _spans(doc, [5, 6]) == [
        (datetime(2026, 3, 6, 8, 0), datetime(2026, 3, 9, 17, 0)),
        (datetime(2026, 3, 13, 8, 0), datetime(2026, 3, 16, 17, 0)),
    ]
