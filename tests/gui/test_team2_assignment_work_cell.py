"""The Work cell of a person's assignment list takes typed work ("16h", "2d"), one undo step."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task, TaskType
from app.ui.document import Document
from app.ui.team.view import TeamView

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
WORK = 2


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Review", duration_minutes=5 * DAY, task_type=TaskType.FIXED_DURATION))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=80.0))
    plan.add_resource(Resource(3, "Cement", type=ResourceType.MATERIAL, material_label="t"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 1, 2, 0.5, 5 * DAY // 2))
    plan.add_assignment(Assignment(3, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(4, 1, 3, 4.0))
    return plan


@pytest.fixture
def view(qtbot):
    widget = TeamView(Document(_plan()))
    qtbot.addWidget(widget)
    widget.show()
    widget.errors = []
    widget.message = lambda parent, text: widget.errors.append(text)
    return widget


def _row(view, task_name):
    for r in range(view.assignments.rowCount()):
        if view.assignments.item(r, 0).text() == task_name:
            return r
    raise AssertionError(task_name)


def test_typed_work_lengthens_a_fixed_units_task_in_one_step(view):
    doc = view.document
    plan = doc.plan
    view.select(1)
    cell = view.assignments.item(_row(view, "Design"), WORK)
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert cell.text() == "40.0h"
    before = doc.undo_stack.count()
    cell.setText("6d")  # the usual notation: 6 days of 8 h
    assert doc.undo_stack.count() == before + 1
    assert doc.undo_stack.undoText() == "Work of 'Ana' on 'Design'"

    def done():
        assert plan.assignment(1).work_minutes == 6 * DAY
        assert plan.task(1).duration_minutes == 6 * DAY
        # Ben at 50 % keeps his 20h and finishes first: typing one person's work changes only
        # that person, as MS Project's Task Usage does (31504679); the task follows Ana
        assert plan.assignment(2).work_minutes == 5 * DAY // 2
        assert view.assignments.item(_row(view, "Design"), WORK).text() == "48.0h"

    def before_edit():
        assert plan.assignment(1).work_minutes == 5 * DAY
        assert plan.task(1).duration_minutes == 5 * DAY
        assert plan.assignment(2).work_minutes == 5 * DAY // 2
        assert view.assignments.item(_row(view, "Design"), WORK).text() == "40.0h"

    done()
    doc.undo_stack.undo()
    before_edit()
    doc.undo_stack.redo()
    done()


def test_a_bare_number_is_hours_and_fixed_duration_moves_units(view):
    plan = view.document.plan
    view.select(1)
    view.assignments.item(_row(view, "Review"), WORK).setText("20")
    assert plan.task(2).duration_minutes == 5 * DAY
    assert plan.assignment(3).work_minutes == 20 * 60
    assert plan.assignment(3).units == pytest.approx(0.5)
    assert view.assignments.item(_row(view, "Review"), 1).text() == "50%"


def test_unreadable_or_unchanged_work_changes_nothing(view):
    doc = view.document
    view.select(1)
    row = _row(view, "Design")
    view.assignments.item(row, WORK).setText("lots")
    assert view.errors
    assert "Ana, Work" in view.errors[-1]
    assert view.assignments.item(row, WORK).text() == "40.0h"
    view.assignments.item(row, WORK).setText("2ed")
    assert "elapsed" in view.errors[-1]
    view.assignments.item(row, WORK).setText("40h")  # the same work: no step
    assert doc.undo_stack.count() == 0
    assert doc.plan.task(1).duration_minutes == 5 * DAY


def test_a_materials_work_is_not_typed(view):
    view.select(3)
    assert not view.assignments.item(0, WORK).flags() & Qt.ItemFlag.ItemIsEditable
