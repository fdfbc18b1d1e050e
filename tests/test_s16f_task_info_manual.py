"""Task Information on one task: ticking Manually scheduled leaves the task where it is
scheduled (MS Project leaves the bar), not at the dates of its last save; a duration typed
in the same OK ends the bar one duration after that start."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


def _doc() -> Document:
    """The sample plan with Code holding the dates of an old save (the first day), as a
    file does once a predecessor has grown since."""
    plan = build_plan()
    old = replace(
        plan.task(5), start=datetime(2026, 3, 2, 8, 0), finish=datetime(2026, 3, 6, 17, 0)
    )
    plan.update_task(old)
    return Document(plan)


def _span(doc):
    times = doc.schedule[5]
    return times.start, times.finish


def test_made_manual_the_task_stays_where_it_is_scheduled(qtbot):
    doc = _doc()
    before = _span(doc)
    assert before[0] == datetime(2026, 3, 6, 8, 0)  # after Specs 3d and Review 1d
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    dialog.manual.setChecked(True)
    dialog.accept()
    assert doc.plan.task(5).manual
    assert _span(doc) == before
    doc.undo_stack.undo()
    assert not doc.plan.task(5).manual
    assert _span(doc) == before


def test_made_manual_with_a_duration_the_bar_is_that_long_from_its_start(qtbot):
    doc = _doc()
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    dialog.manual.setChecked(True)
    dialog.duration.setText("2d")
    dialog.accept()
    assert doc.plan.task(5).duration_minutes == 960
    assert _span(doc) == (datetime(2026, 3, 6, 8, 0), datetime(2026, 3, 9, 17, 0))


def test_a_task_already_manual_keeps_its_own_dates(qtbot):
    doc = _doc()
    plan = doc.plan
    plan.update_task(replace(plan.task(5), manual=True))
    doc = Document(plan)
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    dialog.priority.setValue(700)
    dialog.accept()
    assert _span(doc) == (datetime(2026, 3, 2, 8, 0), datetime(2026, 3, 6, 17, 0))
