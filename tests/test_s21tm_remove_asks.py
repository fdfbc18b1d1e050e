"""Removing a person who is on tasks asks first, naming how many, as MS Project asks before
deleting an assigned resource (it asked nothing); No keeps them, Yes removes them with their
assignments in one step that Undo takes back."""

from __future__ import annotations

import pytest

from app.domain.resource import Assignment, Resource
from app.ui.document import Document
from app.ui.team.view import TeamView
from tests.gui.conftest import build_plan


@pytest.fixture
def view(qtbot):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    tasks = [t for t in plan.tasks if not plan.is_summary(t.uid)][:2]
    for n, task in enumerate(tasks, start=1):
        plan.add_assignment(Assignment(n, task.uid, 1))
    view = TeamView(Document(plan))
    qtbot.addWidget(view)
    view.asked = []
    return view


def _answer(view, yes: bool) -> None:
    view.confirm = lambda _parent, text: view.asked.append(text) or yes


def test_s21tm_removing_a_person_on_tasks_asks_naming_how_many(view):
    _answer(view, False)
    view.select(1)
    view.remove_selected()
    assert view.asked == [
        "Ana is on 2 tasks: removing Ana from the team takes Ana off them too.\n\nRemove Ana?"
    ]
    assert [r.name for r in view.document.plan.resources] == ["Ana", "Ben"]  # No keeps Ana
    _answer(view, True)
    view.remove_selected()
    plan = view.document.plan
    assert [r.name for r in plan.resources] == ["Ben"]
    assert plan.assignments_of_resource(1) == []
    view.document.undo_stack.undo()
    assert [r.name for r in plan.resources] == ["Ana", "Ben"]
    assert len(plan.assignments_of_resource(1)) == 2


def test_s21tm_a_person_on_no_task_goes_without_a_question(view):
    _answer(view, False)
    view.select(2)
    view.remove_selected()
    assert view.asked == []
    assert [r.name for r in view.document.plan.resources] == ["Ana"]
