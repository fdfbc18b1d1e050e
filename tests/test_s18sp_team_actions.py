"""The Team view's Remove from task and Assignment Information share how they find the task
chosen in the person's list (s18sp merged the two copies): each says what to select first
when no task is chosen, does nothing more without a person, and acts on the chosen row."""

from __future__ import annotations

import pytest

from app.domain.assigning import format_assignments
from app.domain.resource import Resource
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.team import team_actions
from app.ui.team.commands import SetAssignmentsCommand
from app.ui.team.view import TeamView
from tests.gui.conftest import build_plan


@pytest.fixture
def view(qtbot):
    plan = build_plan()  # 2 = Specs, 5 = Code
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    doc = Document(plan)
    execute(doc, SetAssignmentsCommand(doc, 2, "Ana"))
    execute(doc, SetAssignmentsCommand(doc, 5, "Ana[50%], Ben"))
    widget = TeamView(doc)
    qtbot.addWidget(widget)
    widget.errors = []
    widget.message = lambda parent, text: widget.errors.append(text)
    return widget


@pytest.mark.parametrize("action", ["remove_from_task", "assignment_info"])
def test_s18sp_no_chosen_task_says_what_to_select(view, monkeypatch, action):
    opened = []
    monkeypatch.setattr(team_actions, "open_assignment_info", lambda *a: opened.append(a))
    view.select(1)
    view.assignments.setCurrentCell(-1, -1)
    steps = view.document.undo_stack.count()
    getattr(view, action)()
    assert view.errors == ["Select one of Ana's tasks first."]
    assert view.document.undo_stack.count() == steps
    assert opened == []


@pytest.mark.parametrize("action", ["remove_from_task", "assignment_info"])
def test_s18sp_no_person_asks_for_one_only(view, monkeypatch, action):
    opened = []
    monkeypatch.setattr(team_actions, "open_assignment_info", lambda *a: opened.append(a))
    view.table.setCurrentIndex(view.proxy.index(-1, 0))
    assert view.selected_uid() is None
    getattr(view, action)()
    assert view.errors == ["Select a person first."]
    assert opened == []


def test_s18sp_the_chosen_task_is_the_one_acted_on(view, monkeypatch):
    opened = []
    monkeypatch.setattr(team_actions, "open_assignment_info", lambda d, uid, p: opened.append(uid))
    view.select(1)
    codes = [
        r
        for r in range(view.assignments.rowCount())
        if view.assignments.item(r, 0).text() == "Code"
    ]
    view.assignments.setCurrentCell(codes[0], 0)
    ana_on_code = next(
        a.uid for a in view.document.plan.assignments if a.task_uid == 5 and a.resource_uid == 1
    )
    view.assignment_info()
    assert opened == [ana_on_code]
    view.remove_from_task()
    assert view.errors == []
    assert format_assignments(view.document.plan, 5) == "Ben"
    assert format_assignments(view.document.plan, 2) == "Ana"
    assert view.document.undo_stack.undoText() == "Remove 'Ana' from 'Code'"
