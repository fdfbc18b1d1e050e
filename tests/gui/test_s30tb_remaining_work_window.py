"""Remaining Work typed in the window (tester s30xt, M1): the Tracking table's cell and
Assignment Information's field, each one undo step; Work becomes Actual + Remaining.

The sample plan (tests/gui/conftest.py): Code (uid 5), Ana at 100 % (40h), Bob at 50 %
(20h), 40 % complete: 16h + 8h done.
"""

from __future__ import annotations

from dataclasses import replace

from app.ui.dialogs.assignment_info import AssignmentInfoDialog
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

H = 60


def _document() -> Document:
    from app.domain.resource import Assignment, Resource

    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Bob", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 5, 1, 1.0))
    plan.add_assignment(Assignment(2, 5, 2, 0.5))
    plan.update_task(replace(plan.task(5), percent_complete=40.0))
    return Document(plan)


def _cell(model: TaskTreeModel, column: Column) -> str:
    return str(model.index_of_uid(5, column).data())


def test_s30tb_remaining_work_typed_in_the_tracking_table(qtbot):
    doc = _document()
    model = TaskTreeModel(doc)
    index = model.index_of_uid(5, Column.REMAINING_WORK)
    assert _cell(model, Column.REMAINING_WORK) == "36h"
    assert model.setData(index, "30h")
    assert _cell(model, Column.REMAINING_WORK) == "30h"
    assert _cell(model, Column.ACTUAL_WORK) == "24h"
    assert _cell(model, Column.WORK) == "54h"
    # spread by what each had left (24h, 12h): Ana 16h + 20h, Bob 8h + 10h
    assert [a.work_minutes for a in doc.plan.assignments_of_task(5)] == [36 * H, 18 * H]
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert _cell(model, Column.WORK) == "60h"
    assert _cell(model, Column.ACTUAL_WORK) == "24h"


def test_s30tb_remaining_work_refused_names_the_column(qtbot):
    doc = _document()
    model = TaskTreeModel(doc)
    before = list(doc.plan.assignments)
    assert not model.setData(model.index_of_uid(5, Column.REMAINING_WORK), "-3h")
    assert list(doc.plan.assignments) == before


def test_s30tb_remaining_work_typed_in_assignment_information(qtbot):
    doc = _document()
    dialog = AssignmentInfoDialog(doc, 1)
    qtbot.addWidget(dialog)
    assert dialog.remaining_work.text() == "24h"
    dialog.remaining_work.setText("30h")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert doc.plan.assignment(1).work_minutes == 46 * H
    assert doc.costs.assignments[1].actual_work_minutes == 16 * H
    assert doc.costs.assignments[2].actual_work_minutes == 8 * H  # Bob's done stays
    assert doc.undo_stack.count() == 1
    again = AssignmentInfoDialog(doc, 1)
    qtbot.addWidget(again)
    assert again.remaining_work.text() == "30h"


def test_s30tb_actual_work_far_beyond_the_work_is_kept_with_a_word(qtbot):
    doc = _document()
    model = TaskTreeModel(doc)
    said: list[str] = []
    model.sig_notice.connect(said.append)
    assert model.setData(model.index_of_uid(5, Column.ACTUAL_WORK), "500h")
    assert _cell(model, Column.WORK) == "500h"  # kept, as MS Project keeps it
    assert said == [
        "Actual Work 500h is 8.3 times the work of 'Code' (60h): its work is raised to it; "
        "Undo if it was a slip"
    ]
    said.clear()
    assert model.setData(model.index_of_uid(5, Column.ACTUAL_WORK), "510h")  # raised: 500h
    assert said == []
