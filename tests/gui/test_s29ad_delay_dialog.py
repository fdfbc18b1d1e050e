"""Assignment Information's Delay: a PM types when the reviewer starts; their dates, the
task's finish and its successor follow; undo puts all back; a negative delay is refused
in one line naming the field."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.report.locale_dates import local_date
from app.ui.dialogs.assignment_info import AssignmentInfoDialog
from app.ui.document import Document

DAY = 480


def _doc() -> Document:
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(1, "Write", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Publish", duration_minutes=DAY))
    plan.add_link(Link(1, 2))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 2 * DAY))
    return Document(plan)


def _dialog(qtbot, doc: Document) -> AssignmentInfoDialog:
    dialog = AssignmentInfoDialog(doc, 2)
    qtbot.addWidget(dialog)
    return dialog


def test_a_typed_delay_moves_the_person_and_stretches_the_task_one_undo_step(qtbot):
    doc = _doc()
    dialog = _dialog(qtbot, doc)
    assert dialog.delay.text() == "0d"
    dialog.delay.setText("4d")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert doc.plan.assignment(2).delay_minutes == 4 * DAY
    assert doc.plan.task(1).duration_minutes == 6 * DAY  # 4d, then Ben's 2d
    assert doc.schedule[2].start == datetime(2026, 1, 13, 8)  # Publish waits for Ben
    again = _dialog(qtbot, doc)
    assert again.delay.text() == "4d"
    assert again.start.text() == local_date(datetime(2026, 1, 9, 8), clock=True)  # Friday
    assert again.finish.text() == local_date(datetime(2026, 1, 12, 17), clock=True)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.assignment(2).delay_minutes == 0
    assert doc.plan.task(1).duration_minutes == 5 * DAY
    doc.undo_stack.redo()
    assert doc.plan.task(1).duration_minutes == 6 * DAY


def test_an_elapsed_delay_is_kept_as_typed(qtbot):
    doc = _doc()
    dialog = _dialog(qtbot, doc)
    dialog.delay.setText("1ed")
    dialog.accept()
    a = doc.plan.assignment(2)
    assert (a.delay_minutes, a.delay_elapsed) == (1440, True)
    assert _dialog(qtbot, doc).delay.text() == "1ed"


@pytest.mark.parametrize("typed", ["-2d", "soon"])
def test_a_negative_or_unreadable_delay_is_refused_naming_the_field(qtbot, typed):
    doc = _doc()
    dialog = _dialog(qtbot, doc)
    dialog.delay.setText(typed)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text().startswith("Delay:")
    assert "\n" not in dialog.error.text()
    assert doc.undo_stack.count() == 0
    assert doc.plan.assignment(2).delay_minutes == 0


def test_the_dialog_shows_the_delay_field(qtbot, tmp_path):
    doc = _doc()
    dialog = _dialog(qtbot, doc)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.delay.isVisible()
    dialog.grab().save(str(tmp_path / "assignment_info.png"))
    dialog.close()
