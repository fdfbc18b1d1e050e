"""Team view: staff a task from the person's side, and take them off one.

Found walking the Team view as in MS Project (Assign Resources, or the Team Planner):
with Ben selected there was no way to put him on a task, nor to take him off one; only
the task sheet's People cell could. 'Assign to task…' and 'Remove from task' now do,
each one undoable step that leaves the task's other people as they were.
"""

from __future__ import annotations

import pytest

from app.domain.assigning import format_assignments
from app.domain.resource import Resource, ResourceType
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.team.assign_dialog import AssignTaskDialog, assignable_tasks
from app.ui.team.commands import AddResourceCommand, SetAssignmentsCommand
from app.ui.team.view import TeamView
from tests.gui.conftest import build_plan


@pytest.fixture
def view(qtbot):
    plan = build_plan()  # 5 = Code (5 days), 4 = Build (a summary)
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=80.0))
    plan.add_resource(Resource(3, "Cement", type=ResourceType.MATERIAL, material_label="t"))
    doc = Document(plan)
    execute(doc, SetAssignmentsCommand(doc, 5, "Ana[50%]"))
    widget = TeamView(doc)
    qtbot.addWidget(widget)
    widget.show()
    widget.errors = []
    widget.message = lambda parent, text: widget.errors.append(text)
    return widget


def _answer(monkeypatch, answer):
    monkeypatch.setattr(AssignTaskDialog, "ask", classmethod(lambda cls, *a: answer))


def test_assign_the_selected_person_keeps_the_others(view, monkeypatch):
    doc = view.document
    view.select(2)
    _answer(monkeypatch, (5, "50%"))
    view.actions_by_id["team_assign_task"].trigger()

    assert view.errors == []
    assert format_assignments(doc.plan, 5) == "Ana[50%], Ben[50%]"
    assert view.assignments.rowCount() == 1
    assert view.assignments.item(0, 0).text() == "Code"
    assert doc.undo_stack.undoText() == "Assign people to 'Code'"
    doc.undo_stack.undo()
    assert format_assignments(doc.plan, 5) == "Ana[50%]"
    assert view.assignments.rowCount() == 0


def test_assigning_someone_already_on_the_task_changes_their_units(view, monkeypatch):
    doc = view.document
    view.select(1)
    _answer(monkeypatch, (5, "100%"))
    view.actions_by_id["team_assign_task"].trigger()
    assert format_assignments(doc.plan, 5) == "Ana"


def test_a_material_is_assigned_by_quantity(view, monkeypatch):
    doc = view.document
    view.select(3)
    _answer(monkeypatch, (6, "12"))
    view.actions_by_id["team_assign_task"].trigger()
    assert format_assignments(doc.plan, 6) == "Cement[12 t]"


def test_a_cost_item_is_assigned_without_units(view, monkeypatch):
    doc = view.document
    execute(doc, AddResourceCommand(doc, Resource(4, "Travel", type=ResourceType.COST)))
    view.select(4)
    _answer(monkeypatch, (5, "100%"))
    view.actions_by_id["team_assign_task"].trigger()
    assert view.errors == []
    assert format_assignments(doc.plan, 5) == "Ana[50%], Travel"


def test_bad_units_are_refused_with_the_reason(view, monkeypatch):
    doc = view.document
    view.select(2)
    _answer(monkeypatch, (5, "lots"))
    view.actions_by_id["team_assign_task"].trigger()
    assert len(view.errors) == 1
    assert "lots" in view.errors[0]
    assert format_assignments(doc.plan, 5) == "Ana[50%]"


def test_cancel_changes_nothing(view, monkeypatch):
    view.select(2)
    _answer(monkeypatch, None)
    view.actions_by_id["team_assign_task"].trigger()
    assert view.document.undo_stack.count() == 1  # the fixture's staffing only


def test_remove_the_person_from_the_selected_task(view):
    doc = view.document
    execute(doc, SetAssignmentsCommand(doc, 6, "Ben, Ana"))
    view.select(1)
    assert [view.assignments.item(r, 0).text() for r in range(2)] == ["Code", "Test"]
    view.assignments.setCurrentCell(1, 0)
    view.actions_by_id["team_unassign_task"].trigger()

    assert format_assignments(doc.plan, 6) == "Ben"
    assert format_assignments(doc.plan, 5) == "Ana[50%]"
    doc.undo_stack.undo()
    assert format_assignments(doc.plan, 6) == "Ben, Ana"


def test_remove_without_a_task_selected_says_so(view):
    view.select(2)  # Ben has no task
    view.actions_by_id["team_unassign_task"].trigger()
    assert view.errors == ["Select one of Ben's tasks first."]


def test_the_dialog_offers_tasks_not_summaries(view, qtbot):
    plan = view.document.plan
    labels = [label for _uid, label in assignable_tasks(plan)]
    assert labels == ["2. Specs", "3. Review", "5. Code", "6. Test", "7. Go-live"]
    dialog = AssignTaskDialog(plan, plan.resource(3))
    qtbot.addWidget(dialog)
    assert dialog.units.text() == "1"
    assert dialog.task.count() == 5
    dialog.task.setCurrentIndex(2)
    assert dialog.task.currentText() == "5. Code"
    assert dialog.uids[dialog.task.currentIndex()] == 5
